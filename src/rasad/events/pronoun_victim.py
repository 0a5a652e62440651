"""A death verb whose only subject is a singular pronoun tells of one dead.

"نقلت عن مسؤولين أن الصحفي اختفى وأنه «قتل داخل القنصلية»", "وإنه قتل على الفور": the verb
"قتل" after "أنه" (or "قتلت" after "أنها"), with no object after it but a place, a time or a
manner, is the passive "قُتل" of the one person the pronoun stands for, not an unnumbered
group of dead. The active reading ("أعلن الجيش أنه قتل مسلحين", the army killed militants)
keeps its people after the verb in the same clause and is left alone.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.sentence_shape import word_keys

# the death verb each pronoun agrees with (normalised forms)
_VERB_OF = {"ه": "قتل", "ها": "قتلت"}
_PAST_PARTICLES = frozenset({"قد"})
# cue sets of people (or doers) that, after the verb in its clause, make it active or plural
_PEOPLE_SETS = frozenset(
    {"armed", "civilians", "gunmen", "protesters", "unidentified", "leaders", "singular_victims"}
)


def pronoun_victim(ctx: DocContext, death: CueHit) -> bool:
    """The death verb ``death`` is told of the one person a singular pronoun stands for
    ("وأنه «قتل داخل القنصلية»")."""
    verb = ctx.norm_of(death.start, death.end).strip()
    i = bisect_left(ctx.token_starts, death.start)
    before = ctx.words_before(ctx.token_starts[i] if i < len(ctx.token_starts) else death.start, 2)
    if before and before[-1] in _PAST_PARTICLES:
        before = before[:-1]
    if not before or before[-1] not in word_keys(ctx, "singular_pronoun_subjects"):
        return False
    pronoun = "ها" if before[-1].endswith("ها") else "ه"
    if verb != _VERB_OF[pronoun]:
        return False
    sent_end = ctx.sentence(death.start).end
    nxt = ctx.words_after(death.end, 1, sent_end)
    if nxt and nxt[0] not in word_keys(ctx, "passive_death_followers"):
        return False  # "أنه قتل مسلحين": an object (or anything else) right after the verb
    clause_end = ctx.clause_bounds(death.start)[1]
    if ctx.spans_in(ctx.numbers, death.end, clause_end):
        return False
    return not any(
        h.sets & _PEOPLE_SETS for h in ctx.cues_in(death.end, clause_end)
    )  # "أنه قتل في الغارة مسلحين": the people killed after a fronted place
