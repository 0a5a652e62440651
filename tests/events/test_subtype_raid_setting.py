"""A raid named as the setting of another act ("خلال مداهمة", "أثناء دهم منزل") tells no
arrest and, by gunmen, no abduction: the act told is the fight."""

from __future__ import annotations

import pytest

import rasad


def _subtypes(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-10")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون قوات الجيش خلال مداهمة في قرية قرب مدينة الرمادي وقتلوا جنديين.",
        "قتل ثلاثة مسلحين في اشتباكات مع قوات الأمن أثناء عملية مداهمة في مدينة العريش.",
    ],
)
def test_a_raid_as_setting_makes_only_the_fight(text: str) -> None:
    subs = _subtypes(text)
    assert subs == ["Armed clash"]


def test_a_raid_told_as_the_act_is_still_an_arrest() -> None:
    text = "داهمت قوات الأمن منزلا في مدينة العريش واعتقلت ثلاثة مطلوبين."
    assert _subtypes(text) == ["Arrests"]
