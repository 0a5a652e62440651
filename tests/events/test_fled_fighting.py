"""The fighting people flee is the cause of a displacement, no day's act."""

from __future__ import annotations

from tests.events.helpers import run


def test_fighting_families_fled_is_no_clash() -> None:
    doc = run("ويستضيف المخيم في إدلب آلاف العائلات التي فرت من المعارك بين قوات النظام والفصائل.")
    assert list(doc.events) == []


def test_shelling_fled_is_no_event() -> None:
    doc = run("ونزح آلاف السكان من مدينة إدلب هربا من القصف.")
    assert list(doc.events) == []
