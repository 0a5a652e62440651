"""Dragging someone through the streets is mob violence when a crowd does it; the police
dragging a man while breaking up a protest is force used on the protest, no mob."""

from __future__ import annotations

import rasad


def _subtypes(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-10")["events"]]


def test_a_crowd_dragging_a_man_is_mob_violence() -> None:
    text = "سحل الأهالي الغاضبون رجلا متهما بقتل طفل في أحد شوارع مدينة الإسكندرية."
    assert _subtypes(text) == ["Mob violence"]


def test_the_police_dragging_a_protester_is_no_mob() -> None:
    text = (
        "تعرض رجل للضرب والسحل على يد عناصر الشرطة خلال قمع تظاهرة أمام قصر الاتحادية في "
        "مدينة القاهرة."
    )
    assert "Mob violence" not in _subtypes(text)
