"""Acts judged as a kind: "إن الهجمات الأميركية لا تحترم القانون الدولي".

A definite plural act noun that is the subject of a present-tense verb of judgement (respects,
violates, serves, threatens …) speaks of a kind of act, or of acts the reader already knows:
the sentence weighs them, it tells no act of its own. ACLED codes an act where it is reported
done, with a place and a day; a judgement of "the strikes" in general has neither. The noun
stands first in its clause or right after "إن/أن", so "شنت الطائرات الغارات التي تنتهك …" (a
relative clause, handled elsewhere) and "الغارات تتواصل على المدينة" (a verb not of judgement:
an act going on) are left as they are. The verbs are the ``judgement_verbs`` set of cues.yaml.
"""

from __future__ import annotations

from typing import cast

from rasad.arabic.normalize import normalize_key
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.presupposed import definite_noun

_THAT = frozenset({"ان", "وان", "لان", "بان", "فان"})
_NOT = frozenset({"لا", "لم", "لن", "قد"})
_ADJECTIVES = 2  # "الهجمات الجوية الأميركية": definite adjectives between noun and verb


def judged_kind(ctx: DocContext, hit: CueHit) -> bool:
    """The trigger is a definite plural act noun whose present-tense verb judges it."""
    if not definite_noun(ctx, hit):
        return False
    _, word_start = ctx.in_word_prefix(hit.start)
    word = ctx.next_word(word_start)
    if not word.endswith("ات"):
        return False  # a plural noun ("الهجمات", "الغارات")
    clause_start, clause_end = ctx.clause_bounds(hit.start)
    before = ctx.words_before(word_start, 1)
    if ctx.tokens_between(clause_start, word_start) > 0 and not (before and before[-1] in _THAT):
        return False  # the subject stands first in its clause or right after "إن/أن"
    verbs = _judgement_verbs(ctx)
    for i, w in enumerate(ctx.words_after(hit.end, _ADJECTIVES + 2, clause_end)):
        if w in verbs:
            return True
        if w in _NOT:
            continue
        if not w.startswith("ال") or i >= _ADJECTIVES:
            return False
    return False


def _judgement_verbs(ctx: DocContext) -> frozenset[str]:
    verbs = ctx.memo.get("judgement_verbs")
    if verbs is None:
        words = (ctx.lex.cues.get("sets") or {}).get("judgement_verbs") or ()
        verbs = ctx.memo["judgement_verbs"] = frozenset(normalize_key(w) for w in words)
    return cast("frozenset[str]", verbs)
