"""A year that closes the relative clause describing an act noun: "ذكّرت أنقرة هولندا
بالمجزرة التي راح ضحيتها أكثر من ثمانية آلاف صبي ورجل مسلمين في سريبرينيتسا (البوسنة) في
1995". The clause after "التي" / "الذي" tells when the act named just before it happened,
however long it runs (the word window of reference.past_year_distance stops short of its end),
so the act noun, and every act word inside the clause, is dated to that year: before the
publication year, history, no event of the day (ACLED codes an act from its own day's reports).
Read only for a point in time ("في 1995", "عام 2003"): a span the act falls in ("الأعنف منذ
2014", "خلال 2016") dates nothing; a clause with a date of its own ("التي وقعت أمس") is left to
the dates layer.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

import regex

from rasad.events.context import DocContext
from rasad.events.reference import _RELATIVE

_CLAUSE_WORDS = 24  # words from the relative pronoun to the year that closes its clause
# a point in time on the normalised text: "في 1995", "عام 2003", "في عام 2011"; not the
# year of a span ("الأعنف منذ عام 2014", "خلال العام 2016")
_POINT_YEAR = regex.compile(
    r"(?<!(?:منذ|خلال|حتي|حتى)\s+)(?<!\S)[وف]?(?:في|عام|سنه|العام)\s*(19\d\d|20\d\d)(?!\d)"
)


def described_act_year(ctx: DocContext, trig_start: int, trig_end: int, published: dt.date) -> bool:
    """The trigger is an act noun followed by a relative pronoun whose clause ends on a past
    year (or the trigger lies inside such a clause, before its year)."""
    if not ctx.has_year():
        return False
    starts, norms = ctx.token_starts, ctx.token_norms
    sent = ctx.sentence(trig_start)
    at = bisect_right(starts, trig_start) - 1  # the token holding the trigger ("بالمجزرة")
    # the pronoun: right after the trigger, or the nearest one before it in its sentence
    k = at + 1 if at + 1 < len(norms) and (norms[at + 1] or "") in _RELATIVE else None
    if k is None:
        k = _after_quoted_name(ctx, at)  # "صفقة «شاليط» التي أبرمت … في 2011"
    if k is None:
        j = at - 1
        while j > 0 and starts[j] >= sent.start and at - j <= _CLAUSE_WORDS:
            if (norms[j] or "") in _RELATIVE:
                k = j
                break
            j -= 1
        if k is None or not any(t.start <= starts[k - 1] < t.end for t in ctx.triggers):
            return False  # the clause describes no act noun
    hi = min(sent.end, ctx.token_ends[min(k + _CLAUSE_WORDS, len(starts) - 1)])
    lo = max(starts[k], trig_end)
    norm = ctx.norm
    for y in _POINT_YEAR.finditer(norm.text, norm.to_normalized(lo), norm.to_normalized(hi)):
        if int(y.group(1)) >= published.year:
            continue
        pos = norm.orig(y.start(1))
        own = [d for d in ctx.spans_in(ctx.dates, lo, pos) if not (d.start <= pos < d.end)]
        return not own
    return False


# a name in quotes or brackets right after the act noun ("صفقة «شاليط»", "عملية (الجرف الصامد)")
_QUOTED_NAME = regex.compile(r"\s*[«\"“(][^«»\"“”()\n]{1,40}[»\"”)]\s*")
_NAME_TOKENS = 6  # the quotes and the name's words


def _after_quoted_name(ctx: DocContext, at: int) -> int | None:
    """The relative pronoun right after a quoted name that follows the act noun, if any."""
    starts, norms, text = ctx.token_starts, ctx.token_norms, ctx.doc.text
    for k in range(at + 2, min(at + 2 + _NAME_TOKENS, len(norms))):
        if (norms[k] or "") in _RELATIVE:
            gap = text[ctx.token_ends[at] : starts[k]]
            return k if _QUOTED_NAME.fullmatch(gap) else None
    return None
