"""A force named as another's leader is no side of its own.

"قوات سوريا الديمقراطية، بقيادة وحدات حماية الشعب، سيطرت على …", "التحالف الذي تقوده
الوحدات الكردية": the leading group is part of the force that acts, as ACLED codes it (an
associate at most); read as a side it stands against its own alliance or takes the doer's
place. Only an actor right after the leading word, with another actor named just before it,
is set aside: "هجوم بقيادة داعش" names no other force and "مسلحون بقيادة داعش" no named one,
so there the leader is the doer.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext

# normalised (ة → ه); with و glued on they read the same after the clitic is taken off
_LEADING = frozenset(
    {"بقياده", "بزعامه", "تقوده", "يقوده", "تقودها", "يقودها", "يتزعمها", "تتزعمها"}
)
# "التحالف الذي تقوده", "القوات التي يقودها": the relative word between the force and the verb
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
# words allowed between the force named before and the leading word (its nisba, a bracket)
_GAP_WORDS = 3


def led_by_other(ctx: DocContext, actor: Span) -> bool:
    """The actor stands right after "بقيادة"/"تقودها" … and another actor ends at most three
    words before that leading word (a relative pronoun may stand between)."""
    _prefix, word_start = ctx.in_word_prefix(actor.start)
    before = ctx.words_before(word_start, 2)
    if not before:
        return False
    word = before[-1][1:] if before[-1][:1] == "و" and before[-1][1:] in _LEADING else before[-1]
    if word not in _LEADING:
        return False
    lead_start = _word_start_before(ctx, word_start)
    if len(before) > 1 and before[-2] in _RELATIVE:
        lead_start = _word_start_before(ctx, lead_start)
    lo = max(0, lead_start - 80)
    return any(
        other.end <= lead_start
        and other.start != actor.start
        and ctx.tokens_between(other.end, lead_start) <= _GAP_WORDS
        and not _unnamed(other)
        for other in ctx.spans_in(ctx.actors, lo, lead_start)
    )


def _unnamed(span: Span) -> bool:
    """ "مسلحون بقيادة داعش": men of no named group are the leader's own; the leader names
    them."""
    name = getattr(span.value, "canonical", None) or span.kb_id or ""
    return name.startswith("Unidentified") or getattr(span.value, "inter", None) == 7


def _word_start_before(ctx: DocContext, pos: int) -> int:
    """The start of the word before ``pos`` (quotes, commas and spaces passed over)."""
    text = ctx.doc.text
    i = pos
    while i > 0 and not text[i - 1].isalnum():
        i -= 1
    while i > 0 and (text[i - 1].isalnum() or "\u064b" <= text[i - 1] <= "\u065f"):
        i -= 1
    return i
