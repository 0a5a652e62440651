"""An act a clause dates by a decade or a past century ("في الثمانينات", "في نهاية تسعينات
القرن الماضي") is history, not news of the article's day; a decade after "منذ", a person's age
in decades and an act with a day of its own are kept."""

from __future__ import annotations

import rasad

_LEAD = "قال مسؤول محلي إن الوضع في مدينة أسيوط هادئ. "


def _subs(text: str, published: str = "2016-04-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_attacks_in_the_eighties_and_nineties_are_history() -> None:
    text = _LEAD + "وشن المتشددون هجمات عنيفة على مراكز الشرطة في أسيوط في الثمانينات والتسعينات."
    assert _subs(text) == []


def test_a_takeover_in_the_nineties_of_the_last_century_is_history() -> None:
    text = _LEAD + "وكانت الجماعة قد سيطرت على مدينة ملوي في نهاية تسعينيات القرن الماضي."
    assert _subs(text) == []


def test_an_act_of_the_last_century_is_history() -> None:
    text = _LEAD + "وقصفت الطائرات البريطانية مدينة السويس في منتصف القرن الماضي."
    assert _subs(text) == []


def test_the_same_act_on_a_day_of_its_own_stays_an_event() -> None:
    text = _LEAD + "وشن المتشددون أمس هجوما على مركز للشرطة في أسيوط."
    assert _subs(text) == ["Armed clash"]


def test_a_victim_in_his_thirties_is_no_date() -> None:
    text = _LEAD + "وقتل مسلحون مجهولون شابا في الثلاثينات من عمره في أسيوط."
    assert _subs(text) == ["Attack"]


def test_a_decade_after_since_is_no_date_of_the_act() -> None:
    from rasad.events.past_decade import _PAST_DECADE_RE

    assert _PAST_DECADE_RE.search("الهجوم الاعنف منذ التسعينات") is None
    assert _PAST_DECADE_RE.search("الاعنف منذ مطلع التسعينات") is None
    assert _PAST_DECADE_RE.search("هجمات في التسعينات") is not None
