"""Acts a call asks for, however long the call's subject: "ودعت تنسيقيات الحراك الشعبي في
محافظات الأنبار وصلاح الدين ونينوى وكركوك، الأهالي إلى المشاركة في تظاهرات حاشدة يوم الجمعة".

A call verb ("دعا", "حث", "ناشد", "الدعوة") names what it asks for after "إلى"; that act is
wanted, not done (irrealis). The irrealis window reads a few words back inside the act's clause
and misses the call when a long subject, a list of places or a comma stands between. This rule
reads the call's own "إلى" instead: the act stands right after the first "إلى" that follows
the call verb in the sentence, or after "المشاركة في / الخروج في" there, and no act is told
between the call and that "إلى" (an act told there is the news the call answers, and what
follows may be its own)."""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_CALL_REACH = 30  # words from the call verb back from the act, at most
_AFTER_TO = 3  # words between "إلى" and the act: "إلى المشاركة الواسعة في تظاهرات"
_TO = frozenset({"الي", "والي", "الى", "والى"})  # "إلى" as normalised


def called_for(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """The verbal noun ``hit`` is what a call earlier in its sentence asks for with "إلى"."""
    if hit.key in ctx.lex.verb_keys:
        return False  # "دعا إلى … وقتل": a verb's form tells an act of its own
    call = ctx.cue_before(hit.start, "call_verb", _CALL_REACH, sent.start)
    if call is None:
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    starts, norms = ctx.token_starts, ctx.token_norms
    lo, hi = bisect_left(starts, call.end), bisect_left(starts, word_start)
    to = next((i for i in range(lo, hi) if norms[i] in _TO), None)
    if to is None or ctx.tokens_between(starts[to] + 1, word_start) > _AFTER_TO:
        return False
    # only "المشاركة في", "الخروج في" may stand between: "إلى تحقيق دولي بشأن مجزرة غزة"
    # asks for an inquiry into an act done
    lead_in = ctx.cues_in(starts[to] + 1, word_start, "call_lead_in")
    if sum(len(c.key.split()) for c in lead_in) < ctx.tokens_between(starts[to] + 1, word_start):
        return False
    return not any(call.end <= t.start < starts[to] for t in ctx.triggers)
