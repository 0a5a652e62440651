"""ACLED names the Islamic State's African branches by region: "داعش" in Nigeria is its West
Africa Province, in Mali its Greater Sahara branch; the branch's own long name is read as that
branch."""

from __future__ import annotations

import pytest

import rasad


def _actors(text: str) -> set[str | None]:
    events = rasad.extract(text, published="2019-05-24")["events"]
    assert events, f"no event read in {text!r}"
    return {events[0]["actor1"], events[0]["actor2"]}


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        (
            "هاجم مسلحو داعش ثكنة للجيش في ولاية بورنو بنيجيريا وقتلوا سبعة جنود يوم الأحد.",
            "Islamic State (West Africa)",
        ),
        (
            "هاجم مسلحو داعش معسكرا للجيش المالي قرب مدينة ميناكا في شمال مالي فجر الجمعة.",
            "Islamic State (Greater Sahara)",
        ),
        (
            "هاجم تنظيم الدولة الإسلامية في الصحراء الكبرى دورية للجيش قرب مدينة غاو في مالي.",
            "Islamic State (Greater Sahara)",
        ),
    ],
)
def test_the_branch_is_named_by_its_region(text: str, branch: str) -> None:
    assert branch in _actors(text)


def test_in_syria_the_group_keeps_its_country_name() -> None:
    text = "هاجم تنظيم داعش موقعا للجيش في محافظة دير الزور يوم الأحد."
    assert "Islamic State (Syria)" in _actors(text)
