"""A singular death verb right after a singular relative pronoun tells of one dead.

"السجين عرفات جرادات، الذي توفي السبت في السجن", "القيادي أبو محمد، الذي قتل في غارة جوية":
the relative pronoun "الذي"/"التي" stands for the one person named before it, the subject of
the passive "قُتل" or of an intransitive death verb; without it the death names no victim and
falls back on the unnumbered-deaths default (3). The active reading ("الهجوم الذي قتل خمسة
أشخاص", "الغارة التي قتلت مدنيين") has its object right after the verb, and a resumptive
("الهجوم الذي قتل فيه …") its dead after it: both are left alone, as is a count later in the
clause.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.sentence_shape import word_keys

# the singular death verbs each relative pronoun agrees with (normalised forms)
_VERBS_OF = {
    "الذي": frozenset({"قتل", "توفي", "استشهد"}),
    "التي": frozenset({"قتلت", "توفيت", "استشهدت"}),
}
_PAST_PARTICLES = frozenset({"قد"})


def relative_victim(ctx: DocContext, death: CueHit) -> bool:
    """The death verb ``death`` is told of the one person a singular relative pronoun right
    before it stands for ("الذي قتل في غارة")."""
    verb = ctx.norm_of(death.start, death.end).strip()
    i = bisect_left(ctx.token_starts, death.start)
    if i >= len(ctx.token_starts) or ctx.token_starts[i] != death.start:
        return False  # a prefix glued to the verb ("وقتل", "بقتل"): another reading
    before = ctx.words_before(death.start, 2)
    if before and before[-1] in _PAST_PARTICLES:
        before = before[:-1]
    if not before:
        return False
    relative = before[-1][1:] if before[-1][:1] == "و" else before[-1]
    if verb not in _VERBS_OF.get(relative, ()):
        return False
    sent_end = ctx.sentence(death.start).end
    nxt = ctx.words_after(death.end, 1, sent_end)
    if nxt and nxt[0] not in word_keys(ctx, "passive_death_followers"):
        return False  # "الذي قتل خمسة أشخاص": an object right after the verb
    clause_end = ctx.clause_bounds(death.start)[1]
    return not ctx.spans_in(ctx.numbers, death.end, clause_end)
