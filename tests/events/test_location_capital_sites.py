"""A foreign capital that names a site told as a scene ("بمطار القاهرة", "في سجن صنعاء") is
where the event happened, not the government the capital stands for elsewhere ("قالت
القاهرة")."""

from __future__ import annotations

import rasad

_GAZA = "قال القيادي في حركة حماس إن الحركة تسيطر على قطاع غزة وإن الأنفاق في رفح وخان يونس مغلقة. "


def _locations(text: str) -> list[str | None]:
    out = rasad.extract(text, published="2013-03-14")
    return [e["location"] for e in out["events"] if e["sub_event_type"] == "Arrests"]


def test_an_airport_with_a_glued_preposition_is_the_scene() -> None:
    assert _locations(
        _GAZA + "وأشار إلى القبض على سبعة فلسطينيين بمطار القاهرة قادمين من إيران."
    ) == ["Cairo"]


def test_an_airport_after_fi_is_the_scene() -> None:
    text = _GAZA + "وأشار إلى القبض على سبعة فلسطينيين في مطار القاهرة قادمين من إيران."
    assert _locations(text) == ["Cairo"]


def test_a_capital_told_for_its_government_stays_no_scene() -> None:
    # no site noun: "القاهرة" is Egypt's government, the arrest is not placed in Cairo
    text = _GAZA + "وأشار إلى القبض على سبعة فلسطينيين قالت القاهرة إنهم قادمون من إيران."
    assert "Cairo" not in _locations(text)
