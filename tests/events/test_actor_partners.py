"""A side's partner named after "بالتعاون مع" fights with it, never against it."""

from __future__ import annotations

import rasad


def test_a_partner_after_bittaawun_maa_is_no_foe() -> None:
    text = (
        "أعلن الجيش الحر أنه تمكن بالتعاون مع جبهة النصرة من السيطرة على بلدة كرناز "
        "بريف حماة أمس."
    )
    events = rasad.extract(text, published="2013-04-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Opposition Rebels (Syria)"
    assert events[0]["actor2"] != "Jabhat al Nusra"


def test_a_clash_with_a_group_named_after_maa_keeps_it_as_the_foe() -> None:
    text = "اشتبك الجيش الحر مع جبهة النصرة في بلدة كرناز بريف حماة أمس."
    events = rasad.extract(text, published="2013-04-01")["events"]
    assert events, "no event read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {
        "Opposition Rebels (Syria)",
        "Jabhat al Nusra",
    }
