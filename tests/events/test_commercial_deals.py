"""A purchase, a sale, maintenance or a loan agreed is business, no ACLED Agreement (which is
between sides of a conflict or political actors). A ceasefire agreed stays one."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-10")["events"]]


def test_an_agreement_to_buy_aircraft_is_no_conflict_agreement() -> None:
    text = "ووقعت الخطوط الجوية الكويتية وإيرباص اتفاقا في الكويت لشراء عشر طائرات جديدة."
    assert _subs(text) == []


def test_a_maintenance_agreement_is_no_conflict_agreement() -> None:
    text = "وأعلنت طيران الجزيرة توقيع اتفاقية مع رولز رويس لصيانة محركات طائراتها في الكويت."
    assert _subs(text) == []


def test_a_loan_agreed_is_no_conflict_agreement() -> None:
    text = "وتوصلت مصر إلى اتفاق مع صندوق النقد الدولي يمنحها قرضا بقيمة ثلاثة مليارات دولار."
    assert _subs(text) == []


def test_a_ceasefire_stays_an_agreement() -> None:
    text = "وتوصلت الحكومة والحركة الشعبية إلى اتفاق لوقف إطلاق النار في ولاية جنوب كردفان أمس."
    assert _subs(text) == ["Agreement"]
