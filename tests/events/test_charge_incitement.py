"""Incitement named as a charge ("بتهم متعلقة بالتحريض على قتل المتظاهرين"): the killing is
what the accused urged, told as the case, not an event of the day."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2013-03-07")["events"]]


def test_charges_of_inciting_the_killing_of_protesters_are_no_event() -> None:
    text = "ووجهت المحكمة في الزاوية لهم تهما متعلقة بالتحريض على قتل المتظاهرين الليبيين."
    assert _subs(text) == []


def test_a_trial_for_inciting_killings_is_no_event() -> None:
    text = (
        "شهدت محكمة مدينة الزاوية اليوم الخميس بدء جلسة لمحاكمة قادة بتهم متعددة متعلقة "
        "بالتحريض على قتل المتظاهرين أثناء الثورة."
    )
    assert _subs(text) == []


def test_protesters_killed_by_the_police_are_an_event() -> None:
    text = "وقتلت قوات الأمن خمسة متظاهرين في الزاوية الخميس."
    assert _subs(text) == ["Excessive force against protesters"]
