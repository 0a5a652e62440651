"""A weekday followed closely by a full date on that weekday names that date."""

from __future__ import annotations

import rasad


def dates(text: str, published: str) -> list[str]:
    return [e["event_date"] for e in rasad.extract(text, published=published)["events"]]


def test_friday_prayer_on_a_dated_friday_takes_the_date() -> None:
    # 24 July 2015 was a Friday; the latest Friday before publication is 31 July
    text = "قتل ثلاثة مصلين في انفجار عبوة ناسفة داخل مسجد في بغداد خلال صلاة الجمعة في 24 يوليو."
    assert dates(text, "2015-08-06") == ["2015-07-24"]


def test_weekday_alone_is_the_latest_such_day() -> None:
    text = "قتل ثلاثة مصلين في انفجار عبوة ناسفة داخل مسجد في بغداد خلال صلاة الجمعة."
    assert dates(text, "2015-08-06") == ["2015-07-31"]


def test_date_of_another_event_after_the_weekday_is_not_its_date() -> None:
    # the protest is on Friday; 26 June (also a Friday) is the bombing's day
    text = "تظاهر المئات في مدينة الكويت الجمعة احتجاجا على تفجير 26 يونيو."
    assert dates(text, "2015-08-06") == ["2015-07-31"]
