"""Dead counted over the current month or year "alone" ("الشهر الحالي وحده", "هذا العام
فقط") are a running total: a claim, never one event's dead. A bare "الشهر الجاري" may date one
act and keeps its event's dead."""

from __future__ import annotations

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2018-03-20")


def _totals(out: dict) -> list[int]:
    return [c["value"] for c in out["claims"] if c["kind"] == "casualty_total"]


def test_dead_of_the_current_month_alone_are_a_claim() -> None:
    out = _extract(
        "وانفجرت سيارة مفخخة قرب سوق في مدينة كركوك يوم الإثنين. وقالت الشرطة إن الهجمات "
        "أودت بحياة 260 شخصا في المحافظة الشهر الحالي وحده."
    )
    assert 260 not in [e["fatalities"] for e in out["events"]]
    assert _totals(out) == [260]


def test_dead_of_this_year_only_are_a_claim() -> None:
    out = _extract("وقتل 95 صحفيا في البلاد هذا العام فقط، بحسب منظمة مراسلون بلا حدود.")
    assert 95 not in [e["fatalities"] for e in out["events"]]
    assert _totals(out) == [95]


def test_the_days_act_before_the_running_total_keeps_its_dead() -> None:
    # the total's clause follows the act; the act's dead stay its own
    out = _extract(
        "قتل سبعة أشخاص في انفجار عبوة ناسفة في مدينة الموصل يوم الإثنين، ليرتفع عدد القتلى "
        "في المدينة إلى 140 هذا الشهر وحده."
    )
    assert 7 in [e["fatalities"] for e in out["events"]]
    assert 140 not in [e["fatalities"] for e in out["events"]]


def test_a_bare_current_month_dates_one_act_and_is_no_total() -> None:
    out = _extract("قتل 12 جنديا في هجوم على حاجز للجيش قرب مدينة العريش في وقت سابق الشهر الجاري.")
    assert _totals(out) == []
