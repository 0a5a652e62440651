"""Dead told as added to a figure already given for the same event.

"قتل 12 من عناصر التنظيم مقابل ثلاثة من القوات": a count after "مقابل" (against, in exchange
for) right behind a count of dead is the other side's dead in the same fight. ACLED counts the
dead of all sides, so it adds to the first figure rather than standing as a rival report of
the same dead, and it may stand further from the death verb than a lone count could.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.context import DocContext

# "مقابل", "بمقابل", "في مقابل" (normalised forms)
AGAINST = frozenset({"مقابل", "بمقابل"})
_AGAINST_GAP = 10  # "12 من عناصر تنظيم الدولة في ريف الرقة مقابل": the first count's phrase


def against(ctx: DocContext, num: Span) -> bool:
    """The word right before ``num`` is "مقابل"."""
    words = ctx.words_before(num.start, 1)
    return bool(words) and words[0] in AGAINST


def against_joined(ctx: DocContext, first: Span, second: Span) -> bool:
    """ "12 من عناصر التنظيم مقابل ثلاثة": ``second`` follows "مقابل" within ``first``'s
    sentence, a few words after it, with no other figure, death or injury word between."""
    if not first.end <= second.start or not against(ctx, second):
        return False
    if ctx.tokens_between(first.end, second.start) > _AGAINST_GAP:
        return False
    if ctx.sentence_index(first.start) != ctx.sentence_index(second.start):
        return False
    if ctx.spans_in(ctx.numbers, first.end, second.start):
        return False
    between = ctx.cues_in(first.end, second.start)
    return not any("death_words" in h.sets or "injury_words" in h.sets for h in between)
