"""A period told last in a toll, after a comma ("… قتلوا نتيجة الغارات التي يشنها الطيران، منذ عام
2012"): the dead counted before it are the period's total, a claim, no one strike's dead; a
sentence with a day of its own keeps its dead as that day's act's."""

from __future__ import annotations

import rasad

_STRIKE = "شنت طائرات حربية غارات على قرى ريف إدلب يوم الأحد."


def _read(text: str) -> tuple[list[int], list[int]]:
    out = rasad.extract(text, published="2019-06-10")
    return [e["fatalities"] for e in out["events"]], [c["value"] for c in out["claims"]]


def test_a_campaign_toll_with_a_period_after_a_comma_is_a_claim() -> None:
    text = (
        f"{_STRIKE} ويذكر أن 1200 شخص، بينهم 400 طفل، قتلوا نتيجة الغارات التي يشنها "
        "الطيران الحربي، منذ عام 2012 على مناطق المعارضة."
    )
    assert _read(text) == ([0], [1200])


def test_a_toll_with_a_day_of_its_own_stays_the_act_dead() -> None:
    text = "ويذكر أن 1200 شخص قتلوا نتيجة الغارات التي يشنها الطيران الحربي أمس، منذ ساعات الصباح."
    assert _read(text)[0] == [1200]
