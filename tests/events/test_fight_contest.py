"""A contest, a competition or a game of fighting ("مسابقة قتال للروبوتات", "لعبة قتال") is
no fighting; fighting between armed men is."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-02-25")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "نظمت جامعة القاهرة مسابقة قتال للروبوتات الأحد بمشاركة عشرين فريقا من الطلاب.",
        "طرحت شركة يابانية لعبة قتال جديدة في أسواق الرياض أمس.",
    ],
)
def test_a_contest_of_fighting_is_no_fight(text: str) -> None:
    assert _rows(text) == []


def test_fighting_between_armed_men_is_told() -> None:
    rows = _rows("اندلع قتال عنيف بين القوات الحكومية والمسلحين في بلدة الجراحي أمس.")
    assert rows == ["Armed clash"]
