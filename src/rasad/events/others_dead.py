"""The dead of another act told beside "N آخرون" ("أسفرت الضربات عن مقتل 12 مسلحا، بينما قتل 4
آخرون في مواجهات مباشرة"): "others" counts dead beyond those told before, and each count
belongs to the clause of its own act word. An act whose own clause tells "N آخرون" takes none
of the dead counted in an earlier clause of another act word, even one that made no event of
its own (a definite act noun read as a reference)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.events.counts import word_after

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.arguments import Mention
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

# normalised "آخرون", "آخرين": more people, beside those already counted
_OTHERS = frozenset({"اخرون", "اخرين"})


def own_clause_start(
    ctx: DocContext, m: Mention, nums: list[tuple[Span, int, CueHit]], start: int
) -> int | None:
    """The start of ``m``'s clause when that clause counts "N آخرون" and an earlier clause of
    [start, …) counts dead beside an act word of its own; None when every count may be m's."""
    c0, c1 = ctx.clause_bounds(m.trigger.start)
    if not any(c0 <= s.start < c1 and word_after(ctx, s.end) in _OTHERS for s, _n, _h in nums):
        return None
    earlier = [s for s, _n, _h in nums if s.start < c0]
    lex = ctx.lex
    for h in ctx.triggers:
        if h.start >= c0 or h.start < start or h.start == m.trigger.start:
            continue
        if not any(
            not lex.triggers[t].subsidiary and not lex.triggers[t].names_actor for t in h.sets
        ):
            continue  # a death word or a doer: no act of its own
        lo, hi = ctx.clause_bounds(h.start)
        if any(lo <= s.start < hi for s in earlier):
            return c0
    return None
