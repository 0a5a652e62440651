"""Tolls as totals: a total told again with its breakdown, and a toll's newer or earlier
count ("ارتفعت حصيلة القتلى إلى 9", "وكانت الحصيلة الأولى …"). Read by the fatalities rules
(events/fatalities.py) so that no total counts as one event's dead."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.counts import number_value
from rasad.events.lexicon import CueHit

_RETOLD_MIN = 10  # small figures recur by chance ("3 قتلى" in two events)


def retold_totals(
    ctx: DocContext, found: list[tuple[Span, int, CueHit]], excluded: set[int]
) -> set[int]:
    """ "سقوط 141 قتيلا في مختلف أنحاء سوريا … استطاعت توثيق 141 شهيدا، بينهم 12 طفلا": a
    total over a period or an area told again is still that total, and the figures after it in
    its sentence break it down; none is one event's dead."""
    # the largest figure of each total's sentence: the total itself, not a part or an event
    # told beside it ("بلغت 210 قتلى … وقالت إن تفجيرا أوقع 53 قتيلا")
    by_sentence: dict[int, int] = {}
    for num in ctx.numbers:
        value = number_value(ctx, num) if num.start in excluded else None
        if value is not None:
            i = ctx.sentence_index(num.start)
            by_sentence[i] = max(value, by_sentence.get(i, 0))
    totals = set(by_sentence.values())
    retold = [
        s for s, n, _h in found if s.start not in excluded and n >= _RETOLD_MIN and n in totals
    ]
    out = {s.start for s in retold}
    for s in retold:
        out |= _its_breakdown(ctx, s, [o for o, _n, _h in found])
    return out


def _its_breakdown(ctx: DocContext, total: Span, nums: list[Span]) -> set[int]:
    """The figures after ``total`` in its sentence up to the first one another death or event
    word is told of ("210 قتلى، بينهم 19 سيدة و15 طفلا، وقالت إن تفجيرا … أوقع 53 قتيلا":
    the 19 and 15, not the 53)."""
    sent_end = ctx.sentence(total.start).end
    out: set[int] = set()
    prev = total
    for o in sorted(nums, key=lambda x: x.start):
        if o.start <= total.start or o.start >= sent_end:
            continue
        between = ctx.cues_in(prev.end, o.start, "death_words")
        if between or any(prev.end <= t.start < o.start for t in ctx.triggers):
            break
        out.add(o.start)
        prev = o
    return out


_TOLL_UPDATE_WORDS = 6  # "ارتفعت حصيلة قتلى القصف على المدينة إلى 9": verb to number
# "بلغ عدد قتلى الغارات على المحافظة منذ بداية العام 300": verb to total
TOLL_UPDATE_SPAN = 12


def toll_update(ctx: DocContext, num: Span, floor: int) -> bool:
    """The number is the new total of a toll ("ارتفعت حصيلة القتلى إلى 9", "لترتفع الحصيلة
    إلى", "وبلغ عدد القتلى 44"): a rise or "reached" verb in the number's clause before it."""
    lo = max(floor, ctx.clause_bounds(num.start)[0])
    verb = ctx.cue_before(num.start, "toll_update", _TOLL_UPDATE_WORDS, lo)
    # "قتل 90 من الضحايا الذين بلغ عددهم 130": a relative clause sizes a wider group the dead
    # are part of, not a newer toll of the same dead
    return verb is not None and ctx.cue_before(verb.start, "stative", 0, lo) is None


def toll_superseded(ctx: DocContext, num: Span, floor: int) -> bool:
    """The number is a toll told as an earlier count ("وكانت الحصيلة الأولى أشارت إلى سقوط
    تسعة قتلى", "في حصيلة أولية"): a figure the report has since replaced."""
    lo = max(floor, ctx.clause_bounds(num.start)[0])
    if ctx.cue_before(num.start, "toll_superseded", _TOLL_UPDATE_WORDS, lo) is not None:
        return True
    return _preliminary_after(ctx, num)


_PRELIMINARY_REACH = 16  # "قتل 12 شخصا على الأقل في تفجير انتحاري في كركوك، حسب حصيلة أولية"


def _preliminary_after(ctx: DocContext, num: Span) -> bool:
    """ "قتل 12 شخصا في حصيلة أولية", "…، حسب حصيلة أولية": the toll named preliminary after
    its figure, later in the sentence, with no other figure between (ACLED takes the report's
    final figure, which a later account gives)."""
    sent_end = ctx.sentence(num.start).end
    cue = ctx.cue_after(num.end, "toll_superseded", _PRELIMINARY_REACH, sent_end)
    if cue is None or ctx.norm_of(cue.start, cue.end) == "في وقت سابق":
        return False  # "قتل 5 … كما أفادت في وقت سابق": another figure's report, not this one
    return not ctx.spans_in(ctx.numbers, num.end, cue.start)
