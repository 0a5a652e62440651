"""A place described by a past act ("… في مدينة الكرك، حيث قتل الشيخ على يد مسلحين"): "حيث"
and a passive act verb with its doer after "على يد" remind where something was done; the
sentence's news is something else, so the act is no event of its own. A count of dead, or an
active verb with its subject, still tells an act."""

from __future__ import annotations

import rasad

_LEAD = "قال مسؤول محلي يوم الأحد إن البلدية تقيم حديقة عامة في مدينة الكرك، "


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-06-10")["events"]]


def test_a_place_described_by_a_killing_by_the_hand_of_gunmen_is_no_event() -> None:
    assert _subs(_LEAD + "حيث قتل الشيخ سالم على يد مسلحين مجهولين.") == []


def test_a_count_of_dead_after_where_is_still_a_toll() -> None:
    assert _subs(_LEAD + "حيث قتل ثلاثة أشخاص على يد مسلحين مجهولين.") == ["Attack"]


def test_an_active_killing_after_where_is_still_read() -> None:
    assert _subs(_LEAD + "حيث قتل مسلحون مجهولون الشيخ سالم.") != []
