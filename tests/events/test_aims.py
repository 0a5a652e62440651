"""An act named as what an aim or a mission consists of ("وتتمثل أهداف العملية في … تحرير
القرى") is wanted, not done; an act told after another time opens ("قبل انفجار عبوة") and the
same verb of consisting without an aim noun ("وتتمثل الخسائر في مقتل …") still tell events."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-04-14")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "وتتمثل أهداف العملية العسكرية في طرد المسلحين من الريف الشمالي لمدينة منبج وتأمين"
        " الطريق الدولي من خلال تحرير القرى الحدودية.",
        "وأوضح المتحدث أن المهمة كانت تتمثل في اعتقال القيادي في التنظيم قرب منبج.",
        "وقال القائد إن هدف الحملة يكمن في السيطرة على التلال المطلة على مدينة منبج.",
        "وأضاف أن استراتيجية الحكومة تتمثل بالضغط على المسلحين في المناطق الحدودية من خلال"
        " تحرير القرى المحيطة بمدينة منبج.",
    ],
)
def test_an_aim_is_no_event(text: str) -> None:
    assert _rows(text) == []


def test_an_act_told_before_the_aim_was_reached_is_an_event() -> None:
    rows = _rows(
        "وأوضح المتحدث أن المهمة كانت تتمثل في اعتقال القيادي في التنظيم قبل انفجار عبوة"
        " ناسفة قرب منبج أمس."
    )
    assert rows == ["Remote explosive/landmine/IED"]


def test_what_losses_consist_of_is_told() -> None:
    rows = _rows("وتتمثل الخسائر في مقتل ثلاثة جنود بانفجار عبوة ناسفة قرب منبج أمس.")
    assert rows == ["Remote explosive/landmine/IED"]


def test_an_aim_said_reached_is_told() -> None:
    rows = _rows("وحققت العملية أهدافها بتحرير القرى الحدودية قرب منبج أمس.")
    assert rows == ["Non-state actor overtakes territory"]
