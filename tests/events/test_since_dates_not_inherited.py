"""A date after "منذ" starts a period; a later sentence of its paragraph does not take it up."""

from __future__ import annotations

import rasad

PUB = "2016-07-21"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published=PUB)["events"]


def test_event_after_a_since_date_keeps_the_day_of_the_news() -> None:
    # the month-old start of the fighting is no day of the shelling told next
    text = (
        "تبادل الجيش والمتمردون الاتهامات بخرق الهدنة بعد أسبوع من أعنف قتال تشهده المنطقة "
        "منذ شهر. وقال المتمردون إن رجلا قتل جراء قصف الجيش على وسط مدينة إدلب."
    )
    events = _events(text)
    assert [(e["sub_event_type"], e["location"], e["event_date"]) for e in events] == [
        ("Shelling/artillery/missile attack", "Idlib", PUB)
    ]


def test_continuing_clashes_after_a_campaign_begun_a_week_ago_are_today() -> None:
    text = (
        "وكانت قوات الجيش بدأت هجوما واسعا على مدينة إدلب منذ أسبوع. "
        "واستمرت الاشتباكات العنيفة بين الجيش والمعارضة المسلحة في محيط مدينة إدلب."
    )
    clashes = [e for e in _events(text) if e["sub_event_type"] == "Armed clash"]
    assert [(e["location"], e["event_date"]) for e in clashes] == [("Idlib", PUB)]


def test_a_dated_day_before_is_still_taken_up() -> None:
    # an ordinary day of the paragraph still dates the sentence after it
    text = (
        "شهدت مدينة إدلب يوم الثلاثاء الماضي توترا كبيرا. "
        "وقال المتمردون إن رجلا قتل جراء قصف الجيش على وسط مدينة إدلب."
    )
    events = _events(text)
    assert [e["event_date"] for e in events] == ["2016-07-19"]
