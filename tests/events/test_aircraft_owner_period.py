"""The flier read from an aircraft's nationality is named as on the event's date, so two
accounts of one strike (one naming the force in full) stay one event."""

from __future__ import annotations

import rasad

_TEXT = (
    "قصفت الطائرات الحربية العراقية، الثلاثاء، مخزنا للأسلحة تابعا لتنظيم داعش قرب بلدة "
    "الدشيشة في ريف الحسكة، بحسب بيان لقيادة العمليات المشتركة.\n"
    'وقال البيان: "دكت طائرات F16 العراقية مخزن الأسلحة لعصابات داعش جنوب منطقة الدشيشة '
    'وتم تدميره بالكامل".'
)


def test_two_accounts_of_one_strike_stay_one_event() -> None:
    out = rasad.extract(_TEXT, published="2018-06-12")
    strikes = [e for e in out["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0]["actor1"] == "Military Forces of Iraq (2014-2018)"
