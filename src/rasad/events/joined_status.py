"""The reading a trigger takes from the act just before it: a verbal noun joined by و, "أو" or
"بالإضافة إلى" to one that is not an event shares its reading; a trigger that is the object of
an alleged, intended, past or negated act is alleged, intended, past or negated too.

Split from the trigger status checks (status.py) so that module stays under 800 lines.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.statements import alleged
from rasad.events.status import LIST_JOINERS
from rasad.events.threat_scope import instrument_of

_INHERITED = frozenset({"background", "statement", "irrealis", "negated", "stative", "generic"})


def coordinated_status(ctx: DocContext, hit: CueHit, prev_status: str) -> str:
    """ "منذ سيطرة الحوثيين على عدن واستعادتها": a verbal noun joined by و (or by "أو": "تورطوا
    في عمليات قتل أو اغتصاب") to one that is not an event shares its reading."""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    # a verb's form after the article is its verbal noun ("وعنف والتظاهر بدون تصريح")
    if prev_status not in _INHERITED or (hit.key in ctx.lex.verb_keys and "ال" not in prefix):
        return ""
    before = ctx.words_before(word_start, 2)
    if prefix.startswith("و") or before in LIST_JOINERS or before[-1:] == ["او"]:
        return prev_status
    return ""


def object_status(ctx: DocContext, hit: CueHit, prev: CueHit, prev_status: str, sent: Span) -> str:
    """ "اتهمت الشرطة شابا بتفجير عبوة ناسفة", "لقيامه بتفجير عبوة": a trigger right after a
    verbal noun, with no proclitic of its own, is that act's object; when the act is an
    allegation, an aim, a past or a negated act, so is the thing it names. A verbal noun that
    is a statement only because it is condemned or discussed keeps its object's reading (the
    attack condemned is often the news itself)."""
    if prev_status not in _INHERITED or prev.end > hit.start:
        return ""
    prefix, word_start = ctx.in_word_prefix(hit.start)
    if prev.key in ctx.lex.verb_keys:
        return _aim_object(ctx, prev, prev_status, prefix, word_start)
    # "هدد بقصف مواقعهم بالصواريخ": the weapon the act is done with reads as its object
    instrument = instrument_of(ctx, hit, prev, prefix, word_start)
    if not instrument and (prefix or ctx.tokens_between(prev.end, word_start) != 0):
        return ""
    if prev_status == "statement" and not alleged(ctx, prev, sent, ctx.clause_bounds(prev.start)):
        return ""
    return prev_status


# "ل" before a verb's form makes it the verbal noun of an aim ("لصد", "لقصف")
_PURPOSE_L = frozenset({"ل", "ول", "فل"})


def _aim_object(
    ctx: DocContext, prev: CueHit, prev_status: str, prefix: str, word_start: int
) -> str:
    """ "اتفاق … لصد الهجوم التركي", "أرسلت تعزيزات لصد هجوم التنظيم": a verb's form after the
    purpose "ل" is the verbal noun of an aim, and the noun right after it (bare or with the
    article only) its object: the attack to be repelled is no act told either."""
    if prev_status != "irrealis" or ctx.in_word_prefix(prev.start)[0] not in _PURPOSE_L:
        return ""
    if prefix not in ("", "ال") or ctx.tokens_between(prev.end, word_start) != 0:
        return ""
    return prev_status
