"""A plot is an act planned: foiled or not, no event."""

from __future__ import annotations

from tests.events.helpers import run


def test_plot_to_assassinate_is_no_event() -> None:
    doc = run("وأعلنت الشرطة أنها أحبطت مخططا لاغتيال محافظ البصرة.")
    assert list(doc.events) == []
