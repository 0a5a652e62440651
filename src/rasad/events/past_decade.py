"""An act dated by a decade or a past century: "شن المتشددون هجمات ضد الحكومة في الثمانينات
والتسعينات", "كانوا سدا أمام بسط طالبان سيطرتها في نهاية تسعينات القرن الماضي".

ACLED codes the news, each event on its day. A clause that dates what it tells by a decade
("في التسعينات", "خلال ثمانينيات القرن الماضي", "إبان السبعينيات") or by a past century ("في
منتصف القرن الماضي") tells history, years before any report of today, however the verb is
told. Kept:
- a decade after "منذ" (a span that runs to today: "أعنف هجوم منذ التسعينات" is today's act
  measured against the past; "منذ نهاية السبعينات" spans are read as situations elsewhere);
- a decade of a person's age ("شاب في الثلاثينات من عمره");
- a trigger with a day of its own or "today" in its clause.
"""

from __future__ import annotations

import regex

from rasad.events.context import DocContext
from rasad.events.guards import Guarded
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date
from rasad.events.sentence_gate import needle_pieces, sentence_holds

# normalised text: a decade ("التسعينات", "ثمانينيات") or a past century, not after "منذ" in
# the three words before it, not a person's age ("في الثلاثينات من عمره")
_PAST_DECADE_RE = Guarded(
    regex.compile(
        r"(?<!منذ\s+(?:\S+\s+){0,2})(?<!\S)[وفبل]?(?:"
        r"(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ات|يات)"
        r"(?!\s+(?:من\s+)?(?:ال)?عمر)"
        r"|القرن\s+(?:الماضي|المنصرم|العشرين|التاسع\s+عشر)"
        r")(?!\p{L})"
    ),
    # a decade's stem and plural ending ("تسعينات", "تسعينيات": every stem ends in "ين"), or
    # "century" ("ات" alone, in most clauses, let the pattern run nearly every time)
    ("ينات", "نيات", "القرن"),
)
_TODAY_RE = regex.compile(r"(?<!\S)[وف]?(?:اليوم|امس|الليله|الان|البارحه)(?!\S)")
_PIECES = needle_pieces("ينات", "يات", "القرن")


def past_decade(ctx: DocContext, hit: CueHit) -> bool:
    """The trigger's clause dates it by a decade or a past century, and gives it no day of its
    own and no "today"."""
    if not sentence_holds(ctx, ctx.sentence(hit.start), "past_decade", _PIECES):
        return False  # no decade's ending and no "century" anywhere in the sentence
    lo, hi = ctx.clause_bounds(hit.start)
    clause = ctx.norm_of(lo, hi)
    if not _PAST_DECADE_RE.search(clause) or _TODAY_RE.search(clause):
        return False
    return not own_date(ctx, hit)
