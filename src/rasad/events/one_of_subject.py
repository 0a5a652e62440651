"""A death verb whose subject is "one of" a group tells of one dead.

"وقال مسؤول إن أحد عناصر الشرطة قتل في الهجوم", "إحدى الممرضات توفيت متأثرة بجراحها":
"أحد"/"إحدى" and the group it is one of ("عناصر الشرطة"), right before a singular death verb,
name the one person the verb is told of; the group's plural noun counts no one. Without this
the death has no named victim and falls back on the unnumbered-deaths default (3). The active
reading ("أحد المسلحين قتل شرطيا": one gunman killed a policeman) has an object right after
the verb and is left alone, like a count later in the clause.
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.sentence_shape import word_keys

_ONE_OF = frozenset({"احد", "احدي"})
# singular past death verbs (normalised): the passive "قُتل" and the intransitive ones
_SINGULAR_VERBS = frozenset({"قتل", "قتلت", "استشهد", "استشهدت", "توفي", "توفيت"})
_PAST_PARTICLES = frozenset({"قد"})
_GROUP_WORDS = 3  # "أحد عناصر الأمن العام": the group after "أحد", up to three words


def one_of_subject(ctx: DocContext, death: CueHit) -> str | None:
    """The key ("احد <group>") of the one person "أحد …" names as the subject of the singular
    death verb ``death``, or None."""
    if ctx.norm_of(death.start, death.end).strip() not in _SINGULAR_VERBS:
        return None
    prefix, word_start = ctx.in_word_prefix(death.start)
    if prefix:
        return None  # "بقتل", "وقتل": a noun or a verb of its own clause
    before = ctx.words_before(word_start, _GROUP_WORDS + 2)
    if before and before[-1] in _PAST_PARTICLES:
        before = before[:-1]
    group = None
    for k in range(1, _GROUP_WORDS + 1):
        if len(before) > k and before[-k - 1] in _ONE_OF:
            group = before[-k:]
            break
    if group is None or not all(w[:1].isalpha() for w in group):
        return None
    counts = ctx.spans_in(ctx.numbers, max(0, word_start - 60), word_start)
    if counts and ctx.tokens_between(counts[-1].end, word_start) <= len(group):
        return None  # a count inside the group ("أحد 3 جنود"): not one named person
    clause_end = ctx.clause_bounds(death.start)[1]
    nxt = ctx.words_after(death.end, 1, clause_end)
    wounded = ctx.cue_after(death.end, "injury_words", 1, ctx.sentence(death.start).end)
    prefix, wounded_start = ctx.in_word_prefix(wounded.start) if wounded else ("", 0)
    if wounded and prefix.startswith("و") and not ctx.tokens_between(death.end, wounded_start):
        clause_end = wounded.start  # "قتل وأصيب خمسة آخرون": the wounded are counted apart
    elif nxt and nxt[0] not in word_keys(ctx, "passive_death_followers"):
        return None  # "أحد المسلحين قتل شرطيا": the one of the group is the killer
    if ctx.spans_in(ctx.numbers, death.end, clause_end):
        return None  # "أحد المسلحين قتل في الاشتباك جنديين": the dead counted after a place
    return "احد " + group[0]
