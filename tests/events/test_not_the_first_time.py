"""Acts told after "ليست المرة الأولى التي" in their sentence are the earlier acts it recalls:
background, not events of the day, and no source of a place for the day's act."""

from __future__ import annotations

import rasad


def _locations(text: str) -> set[str | None]:
    return {e["location"] for e in rasad.extract(text, published="2018-05-06")["events"]}


def test_the_recalled_strikes_lend_no_place_to_the_days_strike():
    text = (
        "شن سلاح الجو العراقي غارات جوية ضد مواقع لتنظيم داعش داخل الأراضي السورية. وقال بيان"
        " للجيش إن الضربة استهدفت موقعا جنوب الدشيشة. ويشار إلى أن هذه ليست المرة الأولى التي"
        " يشن فيها سلاح الجو العراقي غارات داخل سوريا، حيث شنت مقاتلاته غارات على مواقع للتنظيم"
        " في مناطق مثل البوكمال."
    )
    locations = _locations(text)
    assert "Albu Kamal" not in locations
    assert locations  # the day's strike is still told
