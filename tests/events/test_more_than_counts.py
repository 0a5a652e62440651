""""أكثر من 85" is a count's floor, no superlative an event is ranked by (statements._RANKED_RE)."""

from __future__ import annotations

import rasad


def _out(text: str) -> dict:
    return rasad.extract(text, published="2013-06-02")


def test_more_than_a_count_over_a_season_is_a_claim() -> None:
    out = _out(
        "وسقط أكثر من 85 قتيلا في شتاء العام الحالي برصاص قوات الأمن خلال احتجاجات في مدينة تعز."
    )
    assert [e for e in out["events"] if e["fatalities"]] == []
    assert [c["value"] for c in out["claims"]] == [85]


def test_the_bloodiest_since_a_span_is_still_an_event() -> None:
    out = _out(
        "وقتل 23 شخصا أمس في تفجير سيارة مفخخة في سوق بمدينة كركوك، وهو الأكثر دموية منذ "
        "أشهر."
    )
    assert [e["fatalities"] for e in out["events"]] == [23]
