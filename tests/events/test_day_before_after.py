"""A day named before "بعد" dates the main clause, not the act "بعد" presupposes; a day right
after the act still makes it one of its own."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2013-02-09") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_day_before_after_dates_the_leaving_not_the_attack() -> None:
    text = (
        "دبي (CNN) -- غادرت الطفلة الباكستانية، مالالا يوسفزاي، مستشفى الملكة إليزابيث في"
        " بريطانيا، الجمعة، بعد استهدافها من قبل حركة طالبان."
    )
    assert _subs(text) == []


def test_a_day_right_after_the_act_keeps_it() -> None:
    text = "وفرض الجيش العراقي حظر التجول في بغداد إثر اغتيال المعارض البارز، الأربعاء."
    assert _subs(text) == ["Attack"]
