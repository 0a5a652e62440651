"""An act after "كأن" (as if) is a simile, no such act; "وكان" (and was) is no simile."""

from __future__ import annotations

from tests.events.helpers import run


def test_explosion_after_as_if_is_a_simile() -> None:
    doc = run("وقال أحد السكان إن الصوت كان مدويا وكأن قنبلة انفجرت في البصرة.")
    assert list(doc.events) == []


def test_was_spelt_alike_is_no_simile() -> None:
    doc = run("وكان انفجار قد وقع في سوق البصرة صباح اليوم.")
    assert [e.sub_event_type for e in doc.events] == ["Remote explosive/landmine/IED"]
