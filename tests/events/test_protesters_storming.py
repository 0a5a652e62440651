"""Protesters told as the doers of a storming ("بعد قيام متظاهرين باقتحام مكاتبها") make a
violent demonstration; the police storming a sit-in names the crowd as no doer."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-03-09") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_protesters_storming_offices_is_a_violent_demonstration() -> None:
    text = (
        "وقالت الشركة إن قوات الأمن تدخلت بعد قيام متظاهرين باقتحام مكاتبها في مدينة البصرة"
        " أمس."
    )
    assert _subs(text) == ["Violent demonstration"]


def test_the_police_storming_a_sit_in_is_no_riot() -> None:
    text = "واقتحمت الشرطة ساحة اعتصام المتظاهرين في مدينة الخرطوم فجر الأحد."
    assert "Violent demonstration" not in _subs(text)
