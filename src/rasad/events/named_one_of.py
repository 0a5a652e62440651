"""A name right after a death word, set off by a comma and "one of" a group ("مقتل سالم ولد
حمدي، أحد القياديين في التنظيم"): the appositive tells one person, so the death is one. Without
it the name is not read as a victim and the event falls back to the unnumbered count."""

from __future__ import annotations

from bisect import bisect_left

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_ONE_OF = frozenset({"احد", "احدي"})
_NAME_WORDS = 5  # words a name may take before the comma ("عبد الحميد أبو زيد")
_GROUP_SETS = frozenset({"armed", "civilians", "protesters", "gunmen", "unidentified"})


def named_one_of(ctx: DocContext, death: CueHit, end: int) -> str | None:
    """The name's key when the words after ``death`` are a name, a comma and "أحد"/"إحدى";
    None when a number or a group word stands between (those are several people)."""
    starts, norms = ctx.token_starts, ctx.token_norms
    i = bisect_left(starts, death.end)
    if i >= len(starts) or starts[i] >= end or ctx.tokens_between(death.end, starts[i]):
        return None
    if (norms[i] or "") in _ONE_OF:
        return None  # "مقتل أحد الجنود": the one-of reading of its own
    for j in range(i + 1, min(i + 1 + _NAME_WORDS, len(starts))):
        if starts[j] >= end:
            return None
        if (norms[j] or "") not in _ONE_OF:
            continue
        gap = ctx.doc.text[starts[j - 1] : starts[j]]
        if "،" not in gap and "," not in gap:
            return None
        if ctx.spans_in(ctx.numbers, death.end, starts[j]):
            return None
        if any(_GROUP_SETS & c.sets for c in ctx.cues_in(death.end, starts[j])):
            return None
        return ctx.norm_of(death.end, starts[j]).strip(" ،,")
    return None
