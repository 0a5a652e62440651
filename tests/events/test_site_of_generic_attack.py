"""The site of a definite act ("بالقرب من موقع الهجوم") names a place by an act told
elsewhere; the generic attack word there, read on the casualty pass, makes no event of its own,
while an indefinite one ("مكان هجوم") is still read."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-06-10")["events"]]


def test_forces_sent_near_the_site_of_the_attack_are_no_clash() -> None:
    text = "ونشر الجيش المصري قوات خاصة بالقرب من موقع الهجوم في مدينة العريش."
    assert _subs(text) == []


def test_an_indefinite_attack_at_a_site_is_still_read() -> None:
    text = "ونشر الجيش المصري قوات خاصة بالقرب من مكان هجوم في مدينة العريش."
    assert _subs(text) == ["Armed clash"]
