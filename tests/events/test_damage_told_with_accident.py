"""A fire or a collapse that kills and destroys ("مما أسفر عن سقوط 20 قتيلا وتدمير عشرات
المنازل") is still an accident: "تدمير" alone names damage, an act only with its doer's cue
near it (the coalition), so it makes no violence of the accident's dead."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-05-14") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_fire_that_kills_and_destroys_shelters_is_an_accident() -> None:
    text = (
        "وقال مسؤول في الدفاع المدني اليوم إن حريقا شب في مخيم للاجئين قرب مدينة حلب مما"
        " أدى إلى سقوط 14 قتيلا وتدمير عشرات الخيام."
    )
    assert _subs(text) == []


def test_a_strike_that_kills_and_destroys_stays_a_strike() -> None:
    text = (
        "وقال مسؤول في الدفاع المدني اليوم إن طائرات حربية قصفت مخيما للاجئين قرب مدينة حلب"
        " مما أدى إلى سقوط 14 قتيلا وتدمير عشرات الخيام."
    )
    assert _subs(text) == ["Air/drone strike"]
