"""Fire opened on protesters is force used on the protest (excessive force), whether they are
named definite or not; fire in the air to disperse them is an intervention."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_police_firing_on_protesters_is_excessive_force() -> None:
    text = "وأطلقت الشرطة النار على متظاهرين في البصرة الخميس."
    assert _subs(text) == ["Excessive force against protesters"]


def test_police_opening_fire_on_the_protesters_is_excessive_force() -> None:
    text = "وبعدما تصاعد التوتر، فتح رجال الشرطة النار على المتظاهرين في بوجمبورا الخميس."
    assert _subs(text) == ["Excessive force against protesters"]


def test_warning_shots_to_disperse_protesters_are_an_intervention() -> None:
    text = "وأطلقت الشرطة النار في الهواء لتفريق المتظاهرين في البصرة الخميس."
    assert _subs(text) == ["Protest with intervention"]
