"""Explosions heard in an article that tells missiles shot down ("تصدت الدفاعات الجوية
لصاروخين" … "سماع دوي انفجارات في المنطقة") are the sound of the interception, no bombing of
their own; heard alone, with nothing else told, they still make a row. From an eighth audit of
fresh news."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-08") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_explosions_heard_after_an_interception_join_it() -> None:
    text = (
        "تصدت الدفاعات الجوية السورية مساء الثلاثاء لصاروخين إسرائيليين استهدفا مدينة حمص. "
        "وقال سكان إنهم سمعوا دوي انفجارات قوية في المدينة."
    )
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_bang_heard_after_a_missile_intercepted_over_a_city_is_no_bomb() -> None:
    text = (
        "اعترضت قوات الدفاع الجوي صاروخا باليستيا أطلقه الحوثيون الثلاثاء باتجاه مدينة "
        "جازان. وأفاد شهود بسماع دوي انفجار قوي في المدينة."
    )
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_explosions_heard_with_nothing_else_told_stay() -> None:
    text = "أفاد سكان بسماع دوي انفجارات في مدينة حمص مساء الثلاثاء."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
