"""The verb "تظاهر" followed by "بأنهما" or "كأنه" feigns ("pretended to be"), no protest."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-10")["events"]]


def test_two_who_pretended_are_no_protesters() -> None:
    text = "ودخل الرجلان المنزل في مدينة طنطا بعد أن تظاهرا بأنهما من موظفي شركة الكهرباء."
    assert "Peaceful protest" not in _subs(text)


def test_as_if_is_no_protest() -> None:
    text = "ووقف الموظف أمام مكتب الوزير في بغداد وتظاهر كأنه لا يعرف شيئا عن الملف."
    assert "Peaceful protest" not in _subs(text)


def test_a_demonstration_stays() -> None:
    text = "وتظاهر مئات الطلاب أمام جامعة بغداد أمس احتجاجا على رفع الأقساط."
    assert _subs(text) == ["Peaceful protest"]
