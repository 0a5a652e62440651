"""A definite military campaign named with no day in its sentence is no day's fighting."""

from __future__ import annotations

from tests.events.helpers import run


def test_campaign_going_on_is_no_event() -> None:
    doc = run("وقال مصدر عسكري إن العملية العسكرية في إدلب مستمرة وحققت أهدافها.")
    assert list(doc.events) == []


def test_campaign_as_the_cause_of_a_toll_is_no_event() -> None:
    doc = run("ودخلت الحرب عامها الثالث، حيث تسببت العمليات العسكرية في تدمير مدينة دوما.")
    assert [e.sub_event_type for e in doc.events] == []


def test_campaign_with_its_day_is_kept() -> None:
    doc = run("وبدأ الجيش العراقي صباح اليوم العملية العسكرية في الموصل.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]
