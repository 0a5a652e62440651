"""A country "hijacked" by a party and an "assault" on freedoms are political charges, no
abduction and no attack; an abduction of people stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_confronting_a_militias_hijacking_of_the_country_abducts_no_one() -> None:
    text = (
        'وتنفذ قوات التحالف عملية "السيف الحاسم" في شبوة إلى جانب العمليات الرئيسية التي تستهدف'
        " مواجهة اختطاف ميليشيات الحوثي المدعومة إيرانيا للبلاد."
    )
    assert _subs(text) == []


def test_seeking_to_hijack_the_revolution_abducts_no_one() -> None:
    assert _subs("وقال المعارض في القاهرة الأحد إن الإخوان يسعون إلى اختطاف الثورة.") == []


def test_a_decision_called_an_assault_on_freedoms_is_no_attack() -> None:
    text = "واعتبر المتظاهرون في بغداد الأحد أن قرار الحكومة اعتداء على الحريات."
    assert "Violent demonstration" not in _subs(text)


def test_gunmen_abducting_journalists_stays() -> None:
    text = "واختطف مسلحون الأحد ثلاثة صحفيين في صنعاء."
    assert _subs(text) == ["Abduction/forced disappearance"]
