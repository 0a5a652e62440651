"""A government's protest conveyed to an envoy named by a pronoun ("وأبلغه احتجاج الحكومة")
is a diplomatic note, no crowd; a crowd told to by an official is still a protest."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2013-03-13")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "والتقى وزير الخارجية سفير الكويت في عدن أمس، وأبلغه احتجاج الحكومة على تصريحاته.",
        "واستدعت الخارجية في الرباط السفير أمس وأبلغته احتجاجها الشديد على الحادث.",
    ],
)
def test_a_protest_conveyed_is_no_demonstration(text: str) -> None:
    assert _rows(text) == []


def test_workers_protesting_are_told() -> None:
    rows = _rows("احتج مئات العمال أمام مقر الحكومة في عدن أمس وأبلغهم الوزير بقرار زيادة الأجور.")
    assert rows == ["Peaceful protest"]
