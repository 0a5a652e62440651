"""A law's penalty ("ويعاقب على الاغتصاب بالسجن", "يعاقب القانون على التعذيب") names a kind of
act, none done: no event. An act told in its own clause beside a penalty stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-05-10")["events"]]


def test_penalty_for_rape_is_no_event() -> None:
    assert _subs("ويعاقب على الاغتصاب الجماعي بالسجن المؤبد في السودان.") == []


def test_law_punishing_torture_is_no_event() -> None:
    assert _subs("ويعاقب القانون المصري على التعذيب بالسجن المشدد.") == []


def test_killing_told_before_a_penalty_stays_an_event() -> None:
    text = (
        "قتل ثلاثة مدنيين في هجوم مسلح على قرية في دارفور أمس، فيما يعاقب القانون على القتل"
        " بالإعدام."
    )
    assert _subs(text) == ["Attack"]
