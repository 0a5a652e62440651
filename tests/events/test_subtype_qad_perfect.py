""""قد" before a perfect that starts with ن ("قد نفذ ضربة") asserts an act done; only "قد" + an
imperfect is a possibility."""

from __future__ import annotations

import rasad
from rasad.events.statements import _MAY_RE

AIR = "Air/drone strike"


def _subtypes(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-10")["events"]]


def test_qad_before_a_perfect_asserts_the_strike() -> None:
    text = (
        "وكان سلاح الجو الإسرائيلي قد نفذ ضربة جوية ليل الخميس على مواقع في ريف القنيطرة، ما "
        "أسفر عن مقتل 7 مسلحين."
    )
    assert _subtypes(text) == [AIR]


def test_qad_before_an_imperfect_is_still_a_possibility() -> None:
    assert _MAY_RE.search("قد يستهدف")
    assert _MAY_RE.search("قد تتحول")
    assert not _MAY_RE.search("قد نفذ")
    assert not _MAY_RE.search("قد نجحت")
