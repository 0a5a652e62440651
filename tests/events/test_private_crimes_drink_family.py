"""A crew held for drinking and a girl tormented by her father are private crimes, no ACLED
event; an arrest of suspected militants stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_crew_held_for_drinking_before_take_off_is_a_crime() -> None:
    text = (
        "اعتقلت شرطة النرويج السبت طيارا وثلاثة أفراد من طاقم طائرة للاشتباه في تعاطيهم الكحول"
        " قبل وقت قصير من إقلاعها من أوسلو."
    )
    assert _subs(text) == []


def test_torment_by_a_father_is_a_family_crime() -> None:
    text = (
        "وقالت الأم في الرياض إن ابنتها دخلت مرحلة اكتئاب نتيجة للتعذيب النفسي والجسدي الذي"
        " تتلقاه من والدها."
    )
    assert _subs(text) == []


def test_an_arrest_of_suspected_militants_stays() -> None:
    text = "واعتقلت الشرطة النرويجية السبت ثلاثة أشخاص يشتبه بانتمائهم لتنظيم داعش في أوسلو."
    assert _subs(text) == ["Arrests"]
