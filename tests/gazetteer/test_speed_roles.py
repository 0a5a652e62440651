"""What keeps the role rules cheap per mention (see the comments in roles.py)."""

from __future__ import annotations

import pytest

from rasad.gazetteer.cues import load_cues, words
from rasad.gazetteer.roles import _locates_named_place, _measured_far


@pytest.mark.parametrize(
    ("before", "far"),
    [
        ("على بعد 250 كلم شمال", True),
        ("تبعد 120 كيلو مترا عن", True),  # "كيلو" + a word for metres
        ("تبعد 120 مترا عن", False),  # metres alone measure no long distance
        ("على بعد 20 كلم شمال", False),  # close: the place may be the scene
        ("قصفت الطائرات مواقع شمال", False),  # no unit of length at all
    ],
)
def test_a_long_distance_is_read_only_with_a_unit_of_length(before, far):
    assert _measured_far(words(before), load_cues()) is far


@pytest.mark.parametrize(
    ("before", "locates"),
    [
        ("في حي الشهداء الجديد جنوب", True),  # a name of two words after its place noun
        ("في قرية تل الورد الكبير في", True),  # three words
        ("في مناطق صحراوية واسعة بمدينة", False),  # an adjective in the name
        ("قرب منطقة إلى الشمال في", False),  # a cue among the name's words
    ],
)
def test_a_named_place_is_read_word_by_word_leftwards(before, locates):
    assert _locates_named_place(words(before), load_cues()) is locates


_STORY = (
    "قتل ثلاثة مدنيين في قصف على بلدة كفرنبل جنوب إدلب، ونزح العشرات من مدينة حلب "
    "إلى مدينة اعزاز قرب الحدود. وقال مصدر في دمشق إن الطريق بين حمص وتدمر مغلق، "
    "فيما سقطت قذائف على بعد 60 كيلومترا من مدينة تدمر."
)


def test_role_rules_look_up_their_word_tables_once_per_cues_not_per_mention(monkeypatch):
    """assign_roles reads its word tables from one object per cues: no ``word_table``
    look-up per mention and rule (they were ~23,000 per 500 articles)."""
    from rasad.gazetteer import roles
    from rasad.pipeline import extract

    first = extract(_STORY)["places"]
    assert len(first) >= 6  # enough mentions that a per-mention look-up would show
    calls = []
    real = roles.word_table
    monkeypatch.setattr(roles, "word_table", lambda *a: calls.append(a) or real(*a))
    assert extract(_STORY)["places"] == first
    assert calls == []


@pytest.mark.parametrize(
    "before",
    ["مدير عام شرطة محافظة", "على بعد 60 كيلومترا من مدينة", "في حي الشهداء جنوب",
     "الطريق الدولي الرابط بين", "نزحوا من مناطق متفرقة من", "توجهوا إلى مدينة"],
)
def test_role_rules_give_the_same_verdicts_with_the_shared_tables(before):
    from rasad.gazetteer.resolve import Mention
    from rasad.gazetteer.roles import _in_title, _role_from_left, _tables

    cues = load_cues()
    left = words(before)
    t = _tables(cues)
    assert _tables(cues) is t  # one object per cues
    m = Mention(0, 1, "x", [], 0)
    assert _role_from_left(m, left, cues, t) == _role_from_left(m, left, cues)
    assert _in_title(left, cues, t) == _in_title(left, cues)
    assert _measured_far(left, cues, t) == _measured_far(left, cues)
    assert _locates_named_place(left, cues, t) == _locates_named_place(left, cues)


@pytest.mark.parametrize(
    "before",
    ["قال المحافظ في", "مدير عام شرطة محافظة", "المسؤول الأمني لمليشيا الحوثي في",
     "الطريق الدولي الرابط بين", "على طريق", "مصدر عسكري بقاعدة", "مصادر عسكرية في"],
)
def test_title_road_and_seat_words_are_read_from_member_tables(before, monkeypatch):
    """_in_title, _tied_title, _road_start and _is_seat read each word's verdict from a
    table filled once per word (``member_table``), not a proclitic split per word and
    mention; the verdicts are those of the split."""
    from rasad.gazetteer import roles
    from rasad.gazetteer.cues import member_table, strip_proclitics
    from rasad.gazetteer.resolve import Mention

    cues = load_cues()
    left = words(before)
    for known in (cues.official_titles, cues.office_words, cues.road_words, cues.seat_words):
        table = member_table(known)
        assert member_table(known) is table
        for w in left:
            assert table[w] == (strip_proclitics(w, known)[1] in known)
    t = roles._tables(cues)
    m = Mention(0, 1, "x", [], 0)
    expected = (
        roles._in_title(left, cues, t),
        roles._road_start(m, None, 0, cues, left, t),
        roles._is_seat(left, len(left) - 2, t.seats),
    )

    def split(*_a):
        raise AssertionError("a proclitic split per word")

    monkeypatch.setattr(roles, "strip_proclitics", split)
    assert (
        roles._in_title(left, cues, t),
        roles._road_start(m, None, 0, cues, left, t),
        roles._is_seat(left, len(left) - 2, t.seats),
    ) == expected
    assert any(expected) or before == "قال المحافظ في"
