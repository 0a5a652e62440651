"""A past year or season that ends its sentence ("… العام الماضي.") dates the act told in its
clause to the past, as it does in the middle of a sentence; "منذ نهاية العام الماضي" is a
span that runs to today and dates nothing."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2015-07-21")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "وكانت الشرطة المصرية ألقت القبض على المتهم في الإسكندرية العام الماضي.",
        "وأقر البرلمان القانون عقب سلسلة من الاحتجاجات في مدينة الخليل الصيف الماضي.",
        "واتفق البلدان على تقاسم النفط بعد اشتباكات مسلحة في بلدة أبيي العام الماضي.",
    ],
)
def test_an_act_of_last_year_is_no_event(text: str) -> None:
    assert _rows(text) == []


def test_an_arrest_of_today_of_a_man_who_fled_last_year_is_told() -> None:
    rows = _rows("اعتقلت الشرطة أمس رجلا في القاهرة كان قد هرب من السجن العام الماضي.")
    assert rows == ["Arrests"]


def test_a_span_since_last_year_dates_nothing() -> None:
    rows = _rows(
        "قصفت الطائرات الحربية أمس مواقع في بلدة أبيي، وهو الاعتداء الثالث على البلدة منذ"
        " نهاية العام الماضي."
    )
    assert rows == ["Air/drone strike"]
