"""Triggers that tell no act of the news, read first for events/status.py: a battle acted out
on a stage (events/performed.py). Each reader says what Arabic it reads; this module only
orders them and names the status each gives."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.performed import acted_out


def not_done(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> str:
    """Why the trigger tells no act of the news ("" when none of these readers says so)."""
    if acted_out(ctx, hit, clause):
        return "other_sense"  # "أطفال يمثلون معركة غاليبولي": a show, no fighting
    return ""
