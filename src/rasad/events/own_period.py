"""An act told with a period of its own after it, when a day was named before it.

"اتهم الرئيس يوم الأحد إسرائيل … عبر شن غارة على قاعدة خارج دمشق الأسبوع الماضي": the day
named before the trigger dates the telling (the accusation), and the week that follows the
act in its own clause is when the act happened. ACLED dates such an act to its period (a week
at its midpoint, precision 2; a month at precision 3), not to the day it was told. The period
wins only when it lies wholly before that day (an act cannot be later than its report), follows
the trigger closely with no other act between, and starts no span ("منذ الأسبوع الماضي").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_TRIGGER_TO_PERIOD = 10  # words from the trigger to the period it is told in


def own_period_after(
    ctx: DocContext,
    trig: CueHit,
    chosen: Span,
    dates: Sequence[Span],
    resolve: Callable,
    excluded: Callable[[Span], bool],
    trigger_between: Callable[[DocContext, int, int], bool],
) -> Span:
    """The period told after ``trig`` in its clause that replaces the day ``chosen`` before
    it, else ``chosen``. ``excluded`` says a date opens or closes a span (منذ / حتى)."""
    if chosen.end > trig.start:
        return chosen
    told = resolve(chosen.value)
    if told is None or told[1] != 1:
        return chosen
    clause = ctx.clause_bounds(trig.start)
    for d in dates:
        if not (trig.end <= d.start < clause[1]):
            continue
        own = resolve(d.value)
        if (
            own is not None
            and own[1] > 1
            and own[2][1] < told[0]
            and ctx.tokens_between(trig.end, d.start) <= _TRIGGER_TO_PERIOD
            and not excluded(d)
            and not trigger_between(ctx, trig.end, d.start)
        ):
            return d
        return chosen  # only the first date after the trigger can be its own
    return chosen
