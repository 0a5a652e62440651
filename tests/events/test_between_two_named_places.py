"""Two places after "بين" and a dual place noun ("بين منطقتي X وY", "بين محافظتي X وY") bound
one scene between them, as a bare "بين X وY" does: one event, not one at each (ACLED codes it
at the nearer place); so does a road named by its two ends ("خط الحديدة صنعاء"). Places
coordinated without "بين" or a road word are still one event each (atomic.split_by_places).
Full pipeline, texts written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2018-04-02"


def _clashes(text: str) -> list[dict]:
    out = rasad.extract(text, published=PUBLISHED)["events"]
    return [e for e in out if e["event_type"] == "Battles"]


def test_a_post_between_two_named_areas_is_one_scene() -> None:
    text = (
        "قتل ثلاثة جنود يوم الاثنين في هجوم لمسلحي الحوثي على نقطة عسكرية بين منطقتي "
        "الشريجة والراهدة."
    )
    assert len(_clashes(text)) == 1


def test_two_towns_told_together_without_between_are_two_scenes() -> None:
    text = "اندلعت يوم الاثنين معارك عنيفة بين القوات الحكومية ومسلحي الحوثي في مدينتي حرض وميدي."
    assert sorted(e["location"] for e in _clashes(text)) == ["Harad", "Maidi"]


def test_a_road_named_by_its_two_ends_is_one_scene() -> None:
    text = "أعلن الجيش اليمني يوم الاثنين سيطرته على خط الحديدة صنعاء بعد معارك مع مسلحي الحوثي."
    out = rasad.extract(text, published=PUBLISHED)["events"]
    assert [e["location"] for e in out] == ["Al Hudaydah"]


def test_two_towns_taken_without_a_road_word_are_two_scenes() -> None:
    text = "سيطر الجيش اليمني يوم الاثنين على مدينتي حرض وميدي بعد معارك مع مسلحي الحوثي."
    out = rasad.extract(text, published=PUBLISHED)["events"]
    assert sorted(e["location"] for e in out) == ["Harad", "Maidi"]
