"""A count of companions killed with one person ("قتل القائد مع 3 من مرافقيه") adds that one
person to them, however far the scene words set the count from the verb."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-07-02")["events"]]


def test_the_one_killed_with_his_companions_counts_too() -> None:
    text = (
        "وقالت المصادر إن قائد كتيبة المدفعية المكنى أبو ياسر قتل مع 5 من مرافقيه بغارة "
        "جوية أمس في مديرية الخوخة."
    )
    assert _fatalities(text) == [6]


def test_companions_told_after_the_scene_still_count() -> None:
    text = (
        "وقالت مصادر إن القيادي العميد صالح الحاشدي قتل بمواجهات مع قوات الجيش في مديرية "
        "التحيتا أمس، مع 6 من مرافقيه."
    )
    assert _fatalities(text) == [7]


def test_several_dead_named_before_leave_the_count_alone() -> None:
    # near miss: "مقتل مسلحين مع 5 من …": how many "مسلحين" are is unknown, no one is added
    text = "وأسفرت الغارة أمس في مديرية الخوخة عن مقتل مسلحين مع 5 من مرافقيهم."
    assert 6 not in _fatalities(text)


def test_with_before_an_opponent_is_no_companion() -> None:
    # near miss: "مع مسلحين": "مع" names a fight's other side, no count of companions
    text = "قتل جندي في اشتباك مع مسلحين أمس في مديرية الخوخة."
    assert _fatalities(text) == [1]
