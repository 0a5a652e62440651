"""People named one by one before a count of dead: "مقتل قائد عسكري وجندي وثلاثة مدنيين" is
five dead, the commander, the soldier and the three civilians.

A death word followed by singular person nouns joined by "و" (each with a few words of rank or
unit) and then by "و" and a count names that many dead more than the count. Read only when
nothing else stands between: no number, no place (the dead of another place), no death or
injury word (another item of the news) and no word that is not part of such a list.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_PERSON_SETS = ("singular_victims", "singular_nationals", "person_titles")
_ONE_OF = frozenset({"احد", "احدي"})  # "أحد أفراد الشرطة": one person of a group
_ITEM_WORDS = 5  # "ضابط كبير بالمخابرات العسكرية": a person noun and the words naming him


def named_before_count(ctx: DocContext, death: CueHit, num: Span) -> int:
    """How many people are named one by one between ``death`` and the count ``num`` joined
    to them by "و"; 0 unless two or more are (one named is read by ``counts.one_before``)."""
    prefix, num_start = ctx.in_word_prefix(num.start)
    if death.end > num_start:
        return 0
    starts, norms = ctx.token_starts, ctx.token_norms
    i = bisect_left(starts, death.end)
    words: list[tuple[int, str]] = []
    while i < len(starts) and starts[i] < num_start:
        form = norms[i] or ""
        if form[:1].isalpha():
            words.append((starts[i], form))
        i += 1
    if prefix.startswith("و"):
        pass  # "وثلاثة": the conjunction glued to the count
    elif words and words[-1][1] == "و":
        words = words[:-1]
    else:
        return 0
    if not words or _anything_between(ctx, death.end, num_start):
        return 0
    items: list[list[tuple[int, str]]] = []
    for pos, form in words:
        if not items or (form.startswith("و") and len(form) > 2):
            items.append([])
        items[-1].append((pos, form))
    if len(items) < 2 or any(len(item) > _ITEM_WORDS for item in items):
        return 0
    ends = [item[0][0] for item in items[1:]] + [num_start]
    if not all(_one_person(ctx, item, end) for item, end in zip(items, ends, strict=True)):
        return 0
    return len(items)


def _anything_between(ctx: DocContext, start: int, end: int) -> bool:
    """A number, a place, or a death or injury word in [start, end)."""
    if ctx.spans_in(ctx.numbers, start, end) or ctx.spans_in(ctx.places, start, end):
        return True
    return any("death_words" in h.sets or "injury_words" in h.sets for h in ctx.cues_in(start, end))


def _one_person(ctx: DocContext, item: list[tuple[int, str]], end: int) -> bool:
    """The item starts with a word for one person ("جندي", "وقائد") or "أحد" and its group."""
    pos, form = item[0]
    if (form[1:] if form.startswith("و") else form) in _ONE_OF:
        return len(item) > 1
    first_end = ctx.token_ends[bisect_left(ctx.token_starts, pos)]
    return any(
        h.start < first_end and any(cue_set in h.sets for cue_set in _PERSON_SETS)
        for h in ctx.cues_in(pos, end)
    )
