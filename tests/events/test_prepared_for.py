"""An act described as prepared or planned for ("الهجوم الذي تحضر له القوات") is still to
come; an act done, even one prepared for days ("هجوما … وكانوا يحضرون له منذ أيام"), is told."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-09-03")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "يكثر الحديث في دمشق عن الهجوم الذي تحضر له القوات الحكومية على مدينة إدلب.",
        "وتتحدث الصحف عن العملية العسكرية التي يستعد لها الجيش في ريف حماة الشمالي.",
    ],
)
def test_an_act_prepared_for_is_no_event(text: str) -> None:
    assert _rows(text) == []


def test_an_act_done_after_days_of_preparation_is_told() -> None:
    rows = _rows("وصدت القوات هجوما شنه المسلحون على بلدة مورك أمس وكانوا يحضرون له منذ أيام.")
    assert rows == ["Armed clash"]
