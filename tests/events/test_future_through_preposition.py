"""A verbal noun governed through a preposition by a future verb ("ستشارك في استعادة",
"سيعمل على تحرير") is an act still to come, as it is right after the verb."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_taking_part_in_a_recapture_to_come_is_no_event() -> None:
    text = "وقال المتحدث إن قوات المقاومة ستشارك في استعادة مدينة الحديدة من الحوثيين."
    assert _subs(text) == []


def test_working_towards_a_liberation_to_come_is_no_event() -> None:
    text = "وأكد القائد أن الجيش سيعمل على تحرير مدينة تعز من الميليشيات الحوثية."
    assert _subs(text) == []


def test_a_past_verb_before_the_preposition_keeps_the_recapture() -> None:
    text = "وقال المتحدث إن قوات المقاومة شاركت في استعادة مدينة الحديدة من الحوثيين أمس."
    assert _subs(text) != []
