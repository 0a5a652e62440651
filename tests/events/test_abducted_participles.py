"""The participles of abduction ("المختطفين", "مخطوف") name the people held or their captors,
not the act of taking them: alone they make no event. A death told near them is the killing of
one held, which ACLED codes as an attack; the verb and the verbal noun still tell abductions."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return [(e["event_type"], e["sub_event_type"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "طالبت لجنة أهالي المخطوفين في مدينة الموصل الحكومة بالكشف عن مصير أبنائهم.",
        "أفرجت جماعة مسلحة عن ثلاثة مختطفين في مدينة الموصل بعد مفاوضات مع وجهاء العشائر.",
        "قالت منظمة حقوقية إن المسلحين نقلوا المختطفين إلى سجن سري في مدينة الموصل.",
    ],
)
def test_the_people_held_are_no_abduction(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "قتل المسلحون اثنين من المختطفين في مدينة الموصل أمس.",
        "عثر الأهالي على جثة شاب مخطوف في مدينة الموصل صباح اليوم.",
    ],
)
def test_one_held_killed_is_an_attack(text: str) -> None:
    assert _rows(text) == [("Violence against civilians", "Attack")]


def test_the_verb_still_tells_an_abduction() -> None:
    rows = _rows("اختطف مسلحون مجهولون ثلاثة مدنيين في مدينة الموصل أمس.")
    assert rows == [("Violence against civilians", "Abduction/forced disappearance")]
