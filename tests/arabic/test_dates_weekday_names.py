"""Weekday names that name no day: market towns ("سوق الخميس") and "الأحد عشر" (eleven)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.arabic.dates import find_dates
from rasad.resources import load_yaml

SUNDAY = dt.date(2018, 6, 24)
TIME = load_yaml("time_expressions.yaml")


def found(text: str) -> list[tuple[str, dt.date]]:
    return [(text[s.start : s.end], s.value.start) for s in find_dates(text, SUNDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "تقدمت القوات نحو سوق الخميس غربي المديرية",
        "اندلعت اشتباكات في بلدة سوق الأربعاء",
        "وصل المسلحون إلى مدينة سوق الاثنين",
        "أطلق سراح الأحد عشر رهينة",
    ],
)
def test_weekday_in_a_name_or_a_number_is_no_date(text: str) -> None:
    assert found(text) == []


def test_market_town_leaves_the_real_day_of_the_sentence() -> None:
    text = "سيطر الجيش السبت على سوق الخميس"
    assert found(text) == [("السبت", dt.date(2018, 6, 23))]


def test_yawm_before_the_weekday_still_makes_it_a_day() -> None:
    # "يوم" makes the weekday a day whatever precedes it
    assert found("أقيم سوق يوم الخميس") == [("يوم الخميس", dt.date(2018, 6, 21))]


@pytest.mark.parametrize("word", TIME["weekday_not_after"])
def test_every_word_before_blocks_a_weekday(word: str) -> None:
    assert found(f"ذهبوا إلى {word} الأربعاء") == []


@pytest.mark.parametrize("word", TIME["weekday_not_before"])
def test_every_word_after_blocks_a_weekday(word: str) -> None:
    assert found(f"عاد الأحد {word} رجلا") == []
