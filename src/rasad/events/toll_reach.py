"""The dead a toll phrase names before an act noun that opens another mention's window:
"ارتفعت حصيلة قتلى التفجير | الانتحاري في مدينة كويتا إلى 83".

Two triggers side by side ("التفجير الانتحاري") split a sentence between two mentions, the
death word going to the first and the figure the toll reached to the second, so neither counts
it. A figure right after "إلى"/"ب" in the clause of a toll verb ("ارتفعت", "بلغ") is that
toll's total, whichever window it falls in: the death words of the toll phrase before the
window stand for it (rasad.events.fatalities reads the figure as it does within one window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

_REACH = 12  # words from the toll verb to the figure ("ارتفعت حصيلة قتلى … في مدينة كويتا إلى")


def toll_words_before(ctx: DocContext, start: int) -> list[CueHit]:
    """The death words between a toll verb and ``start`` in the clause around ``start``."""
    lo = ctx.clause_bounds(start)[0]
    verb = ctx.cue_before(start, "toll_update", _REACH, lo)
    if verb is None:
        return []
    return ctx.cues_in(verb.end, start, "death_words")


def reached_total(ctx: DocContext, num: Span) -> bool:
    """ "… إلى 83": the figure right after "إلى" or "ب", the total a toll reached."""
    return ctx.words_before(num.start, 1) in (["الي"], ["ب"])
