"""An act a call asks for with "إلى" is wanted, not done, however long the call's subject
(events/called_for.py)."""

from __future__ import annotations

import rasad


def _types(text: str, published: str = "2019-04-11") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_protests_called_for_past_a_long_subject_are_no_events() -> None:
    text = (
        "ودعت اللجان الشعبية للحراك السلمي في محافظات حمص وحماة وإدلب ودرعا وريف دمشق، "
        "الأهالي إلى المشاركة في تظاهرات حاشدة يوم الجمعة."
    )
    assert _types(text) == []
    text = (
        "ودعا رئيس الهيئة العليا للتنسيق بين القوى الوطنية في المحافظات الجنوبية الشعب "
        "اليمني، إلى الخروج في مسيرات سلمية حاشدة في عدن."
    )
    assert _types(text) == []


def test_protests_told_after_a_call_with_no_to_stay_events() -> None:
    # no "إلى" governs the protests: the crowd came out, the call names no act
    text = (
        "ودعت اللجان الشعبية للحراك السلمي في محافظات حمص وحماة وإدلب، وخرجت تظاهرات "
        "حاشدة يوم الجمعة في حمص."
    )
    assert _types(text) == ["Peaceful protest"]


def test_an_act_an_asked_for_inquiry_is_about_stays_an_event() -> None:
    # the call asks for an inquiry; the killing it is about was done
    text = (
        "ودعا وزير الخارجية، الأحد، إلى تحقيق دولي بشأن مقتل عشرة مدنيين في قصف "
        "إسرائيلي على مدينة غزة أمس."
    )
    assert _types(text) != []
