"""One soldier named with his country's adjective is that country's force, as soldiers are
("جندي مصري" like "جنود مصريون"); a soldier with no adjective names no force."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2016-04-12")["events"]


def test_one_soldier_with_his_country_is_its_military():
    events = _events("قتل جندي عراقي أمس في هجوم على نقطة تفتيش في مدينة الرمادي.")
    assert [e["actor2"] for e in events] == ["Military Forces of Iraq (2014-2018)"]
    assert events[0]["fatalities"] == 1


def test_the_soldier_with_the_article_too():
    text = "أصيب الجندي الأردني أمس بجروح خلال دورية قرب الحدود."
    doc = rasad.extract(text, published="2016-04-12")
    assert [a["canonical"] for a in doc["actors"]][:1] == ["Military Forces of Jordan (1999-)"]


def test_a_soldier_without_an_adjective_names_no_force():
    doc = rasad.extract("قتل جندي أمس في هجوم قرب الحدود.", published="2016-04-12")
    assert doc["actors"] == []
