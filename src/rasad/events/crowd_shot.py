"""Confrontations in which a state force shoots people of the place ("قتل طفل فلسطيني برصاص
الجيش الإسرائيلي خلال مواجهات عند الحاجز", "صبيا قتل برصاص الجيش خلال مواجهات في المخيم")
are a crowd facing the force: ACLED codes them as a violent demonstration (rioters against
the force), never an armed clash of the force against nobody. Decided for the clash word
"مواجهات"/"صدامات" (not "اشتباكات"/"معارك", the words of armed fighting) when its sentence
names a state force, a civilian (a child, a youth, a resident: cue set ``civilians``) and
fire on people (``shot_by``: "برصاص", "بالرصاص"), no fighter of any side (cue set
``fighters_named``: soldiers, gunmen, fighters) and no armed group (rebels, militias,
foreign non-state forces), in an article that tells no demonstration (one that does has
its confrontations read by :func:`rasad.events.atomic.one_sided_clash_at_protest`).

Called by the events stage where a clash mention is made, beside
:func:`rasad.events.atomic.crowd_fight` (a fight told with demonstrators)."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.victims import civilians_named

# the stems of the crowd's confrontation words, as normalised text spells them
_CONFRONTATION_STEMS = ("مواجهات", "صدامات", "مصادمات")
_STATE_FORCES = ("Military Forces of", "Police Forces of")
_GROUP_INTER = frozenset({2, 3, 4, 8})


def crowd_confronted(ctx: DocContext, sent: Span, hit: CueHit) -> bool:
    """The clash word ``hit`` tells a state force's confrontation with civilians only."""
    if not any(stem in ctx.norm_of(hit.start, hit.end) for stem in _CONFRONTATION_STEMS):
        return False
    if ctx.has_cue(0, len(ctx.doc.text), "crowd_words"):
        return False  # a demonstration told: its confrontation is its own (atomic.py)
    if ctx.has_cue(sent.start, sent.end, "fighters_named"):
        return False  # "قتل جندي برصاص قناص خلال مواجهات": a fighter fell, a battle
    if ctx.has_cue(sent.start, sent.end, "unnamed_militants"):
        return False
    if not civilians_named(ctx, sent) or not ctx.has_cue(sent.start, sent.end, "shot_by"):
        return False  # no civilian shot: residents where fighting is, not a crowd facing it
    state = False
    for a in ctx.spans_in(ctx.actors, sent.start, sent.end):
        name = getattr(a.value, "canonical", None) or a.kb_id or ""
        if name.startswith(_STATE_FORCES):
            state = True
        elif getattr(a.value, "inter", None) in _GROUP_INTER:
            return False  # an armed group named: its fight with the force
    return state
