"""A road named by its two ends ("الطريق بين X وY", "طريق X - Y") lies between them: the
second end is no scene (role other), the first keeps its role at ACLED precision 2 (near a
town), so the event is not put at the second end just because it is told nearer the verb."""

from __future__ import annotations

import pytest

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2016-05-01")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("سيطر المسلحون على الطريق بين حرض وصعدة بعد معارك عنيفة.", "Harad", "Sa'dah"),
        ("قطع محتجون طريق صنعاء - الحديدة احتجاجا على انقطاع الكهرباء.", "Sana'a", "Al Hudaydah"),
        ("قتل جنديان في هجوم على الطريق الرابط بين مدينتي حمص وتدمر.", "Homs", "Palmyra"),
    ],
)
def test_the_second_end_of_a_road_is_no_scene(text, first, second):
    d = _extract(text)
    places = {p["name"]: p for p in d["places"]}
    assert places[second]["role"] == "other"
    assert places[first]["role"] == "event_location" and places[first]["geo_precision"] == 2
    assert [e["location"] for e in d["events"]] == [first]


def test_a_plain_list_of_places_keeps_both_scenes():
    d = _extract("قتل ثلاثة مدنيين في قصف على حلب وإدلب.")
    assert {p["name"]: p["role"] for p in d["places"]} == {
        "Aleppo": "event_location",
        "Idlib": "event_location",
    }


def test_road_start_reads_the_same_window_whether_given_or_not():
    """assign_roles hands _road_start the window it has read already: the verdicts must not
    depend on who read it."""
    from rasad.arabic.stages import Tokenize
    from rasad.document import Document
    from rasad.gazetteer.context import DocWords
    from rasad.gazetteer.cues import load_cues
    from rasad.gazetteer.resolve import Mention
    from rasad.gazetteer.roles import _left_words, _road_start

    cues = load_cues()
    text = "قطعت الطريق بين حرض وصعدة وسيطرت على طريق حلب ووصلت إلى بحرض"
    dw = DocWords(text, Tokenize()(Document("t", text)).layer("tokens"))
    seen = []
    for name, prefix, start in (
        ("حرض", "", text.index("حرض")),
        ("حلب", "", text.index("حلب")),
        ("حرض", "ب", text.rindex("حرض")),  # "بحرض": a glued proclitic opens no road
    ):
        m = Mention(start, start + len(name), name, [], 0)
        m.extra["prefix"] = prefix
        given = _road_start(m, dw, 0, cues, _left_words(m, dw, 0))
        assert given == _road_start(m, dw, 0, cues)
        seen.append(given)
    assert seen == [True, True, False]
