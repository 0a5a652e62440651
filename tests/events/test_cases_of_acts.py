"""Cases or crimes of a definite act noun name a kind of act, no one act."""

from __future__ import annotations

from tests.events.helpers import run


def test_cases_of_killing_are_a_kind() -> None:
    doc = run("ويقول حقوقيون إن كثيرا من حالات القتل التي نفذتها الشرطة في البصرة لم يحقق فيها.")
    assert list(doc.events) == []


def test_crimes_of_killing_are_a_kind() -> None:
    doc = run("وارتكب مسلحو داعش في الموصل جرائم القتل والتعذيب بحق السكان.")
    assert list(doc.events) == []


def test_counted_cases_are_kept() -> None:
    doc = run("وسجلت الشرطة ثلاث حالات اختطاف في البصرة صباح اليوم.")
    assert [e.sub_event_type for e in doc.events] == ["Abduction/forced disappearance"]
