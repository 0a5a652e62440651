"""A verbal noun a span of days or more has passed since ("بعد عام ونصف من استعادة السيطرة
على المدينة", "بعد نحو عامين من سيطرة التنظيم") is the earlier point the news is measured from,
not the day's event, whatever the span's count or fraction. From an eighth audit of fresh news."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_retaking_a_year_and_a_half_back_is_no_event() -> None:
    text = (
        "وبعد عام ونصف من استعادة القوات الحكومية السيطرة على مدينة المخا من الحوثيين، "
        "عادت الأسواق إلى العمل."
    )
    assert _subs(text) == []


def test_a_takeover_about_two_years_back_is_no_event() -> None:
    text = "وعاد السكان إلى بيوتهم في بلدة تلعفر بعد نحو عامين من سيطرة تنظيم داعش عليها."
    assert _subs(text) == []


def test_a_takeover_told_with_its_day_stays() -> None:
    text = "سيطرت القوات الحكومية على مدينة المخا الأحد بعد معارك عنيفة مع الحوثيين."
    assert _subs(text) == ["Government regains territory"]


def test_hours_after_an_attack_the_attack_stays() -> None:
    text = (
        "قتل خمسة جنود الأحد في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش، "
        "وبعد ساعات من الهجوم اعتقلت الشرطة ثلاثة مشتبهين."
    )
    assert "Armed clash" in _subs(text) or "Attack" in _subs(text)
