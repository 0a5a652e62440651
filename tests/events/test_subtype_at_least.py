""""ما لا يقل عن" (no fewer than) negates no act: the strikes it counts were carried out."""

from __future__ import annotations

import rasad

AIR = "Air/drone strike"


def _subtypes(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-10")["events"]]


def test_no_fewer_than_counts_the_strikes() -> None:
    text = (
        "وقالت مصادر محلية إن ما لا يقل عن خمس غارات جوية استهدفت مخازن أسلحة في مديرية "
        "كسمة بمحافظة ريمة."
    )
    assert _subtypes(text) == [AIR]


def test_a_bare_no_still_negates() -> None:
    assert _subtypes("وقالت مصادر محلية إنه لا غارات جوية على مدينة صعدة منذ يومين.") == []
