"""A strike and a battle told as one joined phrase ("غارات لمقاتلات التحالف والمواجهات مع
قوات المقاومة", "قتل 20 حوثيا في غارات لطيران التحالف ومواجهات مع الجيش"): two acts with
their own sides. The aircraft's force strikes, it does not clash; the force fought "مع" in
the battle is no target of the strike. ACLED codes the strike as its own event even when it
backs the ground fight."""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_STRIKE_TYPE = "Explosions/Remote violence"
_WITH_WORDS = 2  # "مع قوات المقاومة", "مع تنظيم داعش": "مع" and at most a head noun


def _of_type(ctx: DocContext, t: CueHit, event_type: str) -> bool:
    return any(
        ctx.lex.triggers[k].event_type == event_type for k in t.sets if k in ctx.lex.triggers
    )


def striker_joined_before(ctx: DocContext, actor: Span, trig: CueHit) -> bool:
    """The actor closes a strike phrase joined by "و" right before the battle word
    ("غارات لمقاتلات التحالف والمواجهات"): the strike's doer, no side of the fight."""
    prefix, word_start = ctx.in_word_prefix(trig.start)
    if not prefix.startswith("و") or actor.end > word_start:
        return False
    if ctx.tokens_between(actor.end, word_start) != 0:
        return False
    a_start = ctx.in_word_prefix(actor.start)[1]
    return any(
        t is not trig
        and t.end <= a_start
        and ctx.tokens_between(t.end, a_start) <= 1
        and _of_type(ctx, t, _STRIKE_TYPE)
        for t in ctx.triggers
    )


def fought_in_joined_battle(ctx: DocContext, actor: Span, trig: CueHit) -> bool:
    """The actor follows "مع" right after a battle word told after the strike ("غارات …
    والمواجهات مع قوات المقاومة"): a side of that battle, no target of the strike."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    if prefix or "مع" not in ctx.words_before(word_start, _WITH_WORDS):
        return False
    i = bisect_left(ctx.triggers, trig.end, key=lambda t: t.start)
    return any(
        t.end <= word_start
        and ctx.tokens_between(t.end, word_start) <= _WITH_WORDS
        and _of_type(ctx, t, "Battles")
        for t in ctx.triggers[i:]
    )
