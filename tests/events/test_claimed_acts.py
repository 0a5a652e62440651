"""An act told inside a party's claim ("ادعاء الفتاة بأنها كانت تدافع عن نفسها ضد محاولة
اغتصابها", "مزاعمه بأن …") is an allegation, not a report; the verb "زعم" reporting what
activists say and "الادعاء العام" (the prosecution) are no such claim."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-17") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_act_inside_a_claim_is_no_event() -> None:
    text = (
        "وقالت المنظمة إن على السلطات أن تأخذ في اعتبارها ادعاء الفتاة بأنها كانت تدافع عن"
        " نفسها ضد محاولة اغتصابها في الخرطوم."
    )
    assert _subs(text) == []


def test_an_act_inside_allegations_is_no_event() -> None:
    text = "ورفض الجيش ادعاءات المعارضة بأن قواته قصفت الأحياء السكنية في مدينة حماة."
    assert _subs(text) == []


def test_activists_claiming_a_capture_report_it() -> None:
    text = "زعم ناشطون في سوريا اليوم أن مقاتلي المعارضة سيطروا على مدينة الرقة."
    assert _subs(text) != []
