"""Angry people are a mood, not a mob: bare "غاضبون" makes Mob violence only next to an act of
violence."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-07")["events"]]


def test_angry_fans_are_no_mob() -> None:
    text = "مشجعو النادي في تونس غاضبون بعد خسارة فريقهم في المباراة النهائية أمس الأحد."
    assert "Mob violence" not in _subs(text)


def test_angry_citizens_burning_a_station_are_a_mob() -> None:
    text = "مواطنون غاضبون يحرقون مركزا للشرطة في بلدة الحسيمة بعد وفاة شاب أمس الأحد."
    assert "Mob violence" in _subs(text)


def test_angry_residents_attacking_are_still_a_mob() -> None:
    text = "هاجم أهالي غاضبون مركزا للشرطة في بلدة الحسيمة أمس الأحد."
    assert "Mob violence" in _subs(text)


def test_angry_protesters_attacking_are_a_violent_demonstration() -> None:
    text = "هاجم محتجون غاضبون مقر البلدية في مدينة الكوت مساء أمس الأحد."
    subs = _subs(text)
    assert "Violent demonstration" in subs
    assert "Mob violence" not in subs


def test_violence_by_angry_demonstrators_is_no_mob() -> None:
    text = "شهدت مدينة العمارة أمس الأحد أعمال عنف بين الشرطة ومحتجين غاضبين من البطالة."
    subs = _subs(text)
    assert "Violent demonstration" in subs
    assert "Mob violence" not in subs
