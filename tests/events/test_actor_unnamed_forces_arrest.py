"""An arrest by "القوات" the dictionary cannot name is a state's (ACLED's arrests are by
definition), never the armed group the story named before it."""

from __future__ import annotations

import pytest

import rasad


def _arrests(text: str) -> list[dict]:
    events = rasad.extract(text, published="2016-05-10")["events"]
    return [e for e in events if e["sub_event_type"] == "Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم تنظيم داعش قرية قرب قضاء الشرقاط شمال تكريت الشهر الماضي. واعتقلت القوات أمس "
        "أربعة مطلوبين في قضاء الشرقاط.",
        "فرض تنظيم داعش حصارا على بلدة حديثة غرب الأنبار. وقد اعتقلت القوات سبعة مشتبه بهم في "
        "بلدة حديثة.",
    ],
)
def test_an_arrest_by_bare_forces_is_not_the_group_told_before(text: str) -> None:
    arrests = _arrests(text)
    assert arrests, "no arrest read"
    assert arrests[-1]["actor1"] is not None
    assert not arrests[-1]["actor1"].startswith("Islamic State")


def test_armed_men_who_hold_people_keep_the_group_told_before() -> None:
    text = (
        "أظهر فيديو احتجاز فصائل المعارضة السورية لجنود من قوات حفظ السلام في درعا. وقال متحدث "
        "إن نحو 30 مسلحا قاموا باحتجاز 20 من الجنود قرب الجولان."
    )
    events = rasad.extract(text, published="2016-05-10")["events"]
    held = [
        e for e in events if e["sub_event_type"] in ("Arrests", "Abduction/forced disappearance")
    ]
    assert held, "no detention read"
    for e in held:
        assert e["actor1"] == "Opposition Rebels (Syria)"
