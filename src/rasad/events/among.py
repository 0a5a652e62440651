"""Whether a figure breaks down dead counted before it ("23 قتيلا بينهم 3 أطفال"): told
after "بينهم"/"منهم", after "بين الضحايا", or as a definite numeral after its noun ("بينهم
الانتحاريون العشرة"). A breakdown is part of the dead, never more dead nor the event's toll.

Split from :mod:`rasad.events.fatalities`, which reads these figures into an event's toll.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext

_AMONG = frozenset({"بينهم", "منهم", "بينها", "منها", "بينهن", "منهن", "بينهما"})
_BETWEEN = frozenset({"بين", "وبين", "فبين"})
_DEAD_NOUNS = frozenset({"القتلي", "الضحايا", "الشهداء", "الموتي"})


def among(ctx: DocContext, num: Span) -> bool:
    """ "بينهم 3", "ومن بينهم 3", "وبينهم 3": the number is a breakdown of dead counted before."""
    words = ctx.words_before(num.start, 2)
    if len(words) == 2 and words[0] in _BETWEEN and words[1] in _DEAD_NOUNS:
        return True  # "وأن بين الضحايا 11 امرأة": who the dead were, not how many
    prefix, word_start = ctx.in_word_prefix(num.start)
    if prefix == "ال":  # "بينهم الانتحاريون العشرة": a definite numeral after its noun
        noun = ctx.words_before(word_start, 2)
        if len(noun) == 2 and is_among(noun[0]):
            return True
    return bool(words) and is_among(words[-1])


def is_among(word: str) -> bool:
    """The word is "بينهم", "منهم" or a sibling, perhaps after a conjunction."""
    # a conjunction does not change the breakdown: "23 قتيلا وبينهم 3 انتحاريين"
    return word in _AMONG or (word[:1] in ("و", "ف") and word[1:] in _AMONG)


_PART_GAP = 4  # words from one part of a breakdown to the next ("4 أطفال صغار و3 نساء")


def in_breakdown(ctx: DocContext, num: Span) -> bool:
    """ "بينهم 4 أطفال و3 نساء", "بينهم 4 أطفال وامرأتان": the number is a breakdown, or joined
    by "و" to one told in the same clause (each part of the dead, not a count of its own)."""
    if among(ctx, num):
        return True
    prefix, word_start = ctx.in_word_prefix(num.start)
    glued = prefix.startswith("و") or ctx.norm_of(num.start, num.end).startswith("و")
    if not (glued or ctx.words_before(word_start, 1) == ["و"]):
        return False
    before = ctx.spans_in(ctx.numbers, max(0, num.start - 80), word_start)
    if not before:
        return False
    prev = max(before, key=lambda o: o.end)
    return (
        ctx.tokens_between(prev.end, num.start) <= _PART_GAP
        and ctx.clause_bounds(prev.start) == ctx.clause_bounds(num.start)
        and in_breakdown(ctx, prev)
    )
