"""A claim of responsibility for a tally of acts ("مسؤوليته عن عشرات الهجمات") sums up a
group's record: no new act, while a claim of one attack still names its perpetrator."""

from __future__ import annotations

import rasad


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    events = rasad.extract(text, published="2017-03-08")["events"]
    return [(e["sub_event_type"], e["actor1"]) for e in events]


def test_a_claim_of_dozens_of_attacks_is_no_event():
    text = "وأعلنت حركة الشباب في بيانها مسؤوليتها عن عشرات الهجمات في إقليم شبيلي السفلى."
    assert _rows(text) == []


def test_a_group_adopting_a_number_of_bombings_is_no_event():
    text = "وتبنى التنظيم المتطرف عددا من التفجيرات في مدينة العريش."
    assert _rows(text) == []


def test_hundreds_of_attacks_claimed_with_of_between_are_no_event():
    text = "وقال البيان إن الجماعة أعلنت مسؤوليتها عن مئات من الهجمات ضد الجيش في ولاية بورنو."
    assert _rows(text) == []


def test_the_claim_of_one_attack_still_names_its_perpetrator():
    text = (
        "قتل ثلاثة جنود صوماليين في هجوم على قاعدة عسكرية في إقليم شبيلي السفلى صباح اليوم. "
        "وأعلنت حركة الشباب مسؤوليتها عن الهجوم."
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][1] == "Al Shabaab"
