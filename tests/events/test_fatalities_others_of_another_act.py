""""N آخرون" counts dead beyond those told before: an act whose own clause tells them takes
none of the dead counted in an earlier clause beside another act word."""

from __future__ import annotations

import rasad


def _rows(text: str) -> list[tuple[str, int]]:
    events = rasad.extract(text, published="2016-03-08")["events"]
    return [(e["sub_event_type"], e["fatalities"]) for e in events]


def test_the_others_killed_in_a_clash_do_not_take_the_strikes_dead() -> None:
    text = (
        "شن الجيش ضربات جوية على مواقع المسلحين في محافظة شمال سيناء. "
        "وأسفرت الضربات عن مقتل 9 مسلحين، بينما قتل 3 آخرون في مواجهات مع الجيش في مدينة العريش."
    )
    assert ("Armed clash", 3) in _rows(text)


def test_a_toll_in_the_attacks_own_clause_stays_its_dead() -> None:
    text = (
        "هاجم مسلحون حاجزا للجيش في مدينة العريش بشمال سيناء، "
        "وأسفر الهجوم عن مقتل 5 جنود، فيما قتل 3 آخرون في الاشتباكات التي تلته."
    )
    assert [n for _t, n in _rows(text)] == [8]
