"""An act dated to a year still to come: "بعد انسحاب القوات القتالية في نهاية 2014" in news of
2013, "سحب القوات بحلول عام 2025". A year later than the publication's, set as a point in
time ("في", "بحلول", "نهاية", "مطلع" ...) a few words after the trigger in its clause, places
the act in the future: a plan or a schedule, no event (ACLED codes what has happened). A year
told as a term ("اتفاق يمتد حتى 2025", "لمدة تنتهي عام 2025") dates no act and is not read.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date

_WORDS_AFTER = 9  # "انسحاب القوات الأمريكية من قاعدة باغرام في نهاية 2024": eight words on
# the year must follow one of these words (a bare "2014" may be a count or a name)
_POINT_WORDS = frozenset(
    {
        "في",
        "بحلول",
        "قبل",
        "بعد",
        "نهايه",
        "بدايه",
        "مطلع",
        "اواخر",
        "اوايل",
        "منتصف",
        "اواسط",
        "عام",
        "سنه",
        "العام",
    }
)


# "حتى (نهاية) عام 2025", "لغاية 2026": the end of a term, not the time of an act
_TERM_WORDS = frozenset({"حتي", "لغايه", "غايه", "الي"})


def dated_to_come(ctx: DocContext, hit: CueHit) -> bool:
    """The act's clause names a later year than the publication's as its time, within a few
    words after the trigger; a day of its own by the trigger keeps it."""
    published = ctx.doc.meta.published
    if published is None or not ctx.has_year():
        return False
    hi = ctx.clause_bounds(hit.start)[1]
    i = bisect_left(ctx.token_starts, hit.end)
    before, further, seen = "", "", 0
    while i < len(ctx.token_starts) and ctx.token_starts[i] < hi and seen < _WORDS_AFTER:
        form = (ctx.token_norms[i] or "").lstrip("وف")
        i += 1
        if not form or not form[0].isalnum():
            continue  # a quote or a comma
        seen += 1
        if len(form) == 4 and form.isdigit() and form.startswith("20"):
            if (
                int(form) > published.year
                and before in _POINT_WORDS
                and not {before, further} & _TERM_WORDS
            ):
                return not own_date(ctx, hit)
        before, further = form, before
    return False
