"""Fighting named as what a truce followed ("دخل اتفاق وقف إطلاق النار حيز التنفيذ بعد
اشتباكات") is the truce's cause, fought on days not told; a deal "على وقف" the shelling tells
no shelling. A truce that broke down after clashes, or clashes told as news, stay events."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_clashes_a_truce_followed_are_its_cause() -> None:
    text = (
        "ودخل اتفاق وقف إطلاق النار حيز التنفيذ اليوم في مدينة طرابلس بعد اشتباكات عنيفة"
        " بين الفصائل."
    )
    assert "Armed clash" not in _subs(text)


def test_a_deal_to_stop_shelling_tells_no_shelling() -> None:
    text = "وتوصل الطرفان إلى اتفاق على وقف عمليات القصف في بلدة جملة بريف درعا."
    assert "Shelling/artillery/missile attack" not in _subs(text)


def test_clashes_that_broke_a_truce_stay_an_event() -> None:
    text = "وانهارت الهدنة في مدينة طرابلس اليوم بعد اشتباكات عنيفة بين الفصائل."
    assert _subs(text) == ["Armed clash"]


def test_clashes_told_as_news_stay_an_event() -> None:
    text = "وقتل خمسة مقاتلين في مدينة طرابلس اليوم بعد اشتباكات عنيفة بين الفصائل."
    assert _subs(text) == ["Armed clash"]
