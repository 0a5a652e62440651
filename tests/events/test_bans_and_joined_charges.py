"""A ban or a law on a kind of act ("فتوى بتحريم المظاهرات") names no act; a second charge
joined by و ("بالخروج عن طاعة ولي الأمر والمشاركة في المظاهرات") is a charge too. A protest
against a law stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_fatwa_banning_demonstrations_is_no_demonstration() -> None:
    text = (
        "وأشار القحطاني إلى أن الحكومة طلبت من الدعاة في الرياض اليوم إصدار فتوى بتحريم"
        " المظاهرات في الشوارع."
    )
    assert _subs(text) == []


def test_taking_part_in_protests_as_a_second_charge_is_a_charge() -> None:
    text = (
        "وكان الادعاء في الرياض قد اتهم بن زعير اليوم بالخروج عن طاعة ولي الأمر والمشاركة في"
        " المظاهرات والعمل على تغيير الطابع الإسلامي للدولة."
    )
    assert _subs(text) == []


def test_a_protest_against_a_law_stays() -> None:
    assert _subs("وتظاهر المئات في القاهرة اليوم ضد قانون التظاهر.") == ["Peaceful protest"]
