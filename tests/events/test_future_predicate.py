"""A verbal noun after "أن/إن" whose predicate says it will take place ("وأن استعادتها …
سيتم قريبا") is still to come; an act another act will answer ("سيتم الرد عليه") is done."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_recapture_that_will_take_place_soon_is_still_to_come() -> None:
    text = (
        "ولفت المسؤول اليمني إلى أن تحرير العاصمة صنعاء من سيطرة المليشيات يعد من أولويات"
        " القوات، وأن استعادتها من قبضة الانقلابيين سيتم قريباً."
    )
    assert _subs(text) == []


def test_a_recapture_that_will_take_place_in_days_is_still_to_come() -> None:
    text = "وقال الوزير اليمني إن استعادة مدينة الحديدة من الحوثيين ستتم خلال أيام."
    assert _subs(text) == []


def test_an_attack_that_will_be_answered_is_done() -> None:
    text = "وقال المتحدث إن الهجوم على حاجز للجيش في العريش سيتم الرد عليه بقوة."
    assert _subs(text) == ["Armed clash"]
