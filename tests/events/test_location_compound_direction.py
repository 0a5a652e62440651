"""A compound direction without the article ("شمال شرق مالي", "جنوب غرب كركوك") tells where
the town before it lies, like "شمالي" alone: the town is the scene, not the wider place."""

from __future__ import annotations

import rasad


def _locations(text: str) -> set[str]:
    return {e["location"] for e in rasad.extract(text, published="2013-02-11")["events"]}


def test_a_clause_on_a_town_north_east_of_its_country_is_the_towns():
    text = (
        "قصفت مروحية فرنسية مركز الشرطة في مدينة غاو في شمال شرق مالي حيث اشتبك مسلحون"
        " اسلاميون قبل ذلك مع جنود الجيش المالي."
    )
    assert _locations(text) == {"Gao"}
