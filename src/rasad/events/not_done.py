"""Triggers that tell no act of the news, read first for events/status.py: a battle acted out
on a stage (events/performed.py), an act a "when" clause dates to a past year
(events/past_when.py), and players objecting to a referee's call (events/match_calls.py). Each
reader says what Arabic it reads; this module only orders them and names the status each
gives."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit, TriggerDef
from rasad.events.match_calls import match_complaint
from rasad.events.past_when import past_year_when
from rasad.events.performed import acted_out


def not_done(
    ctx: DocContext, hit: CueHit, tdef: TriggerDef, sent: Span, clause: tuple[int, int]
) -> str:
    """Why the trigger tells no act of the news ("" when none of these readers says so)."""
    if acted_out(ctx, hit, clause):
        return "other_sense"  # "أطفال يمثلون معركة غاليبولي": a show, no fighting
    if past_year_when(ctx, hit):
        return "history"  # "في أوائل عام 2011 عندما انتهت مظاهرات … بقتال": then, not today
    if match_complaint(ctx, tdef, sent):
        return "other_sense"  # "احتج اللاعبون على منح الترجي ركلة جزاء": an appeal, no crowd
    return ""
