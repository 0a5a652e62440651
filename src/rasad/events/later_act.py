"""The doers of the act a death word is told with: "قتل جنديان حين هاجم مسلحون نقطة تفتيش".

A death word reads who follows it as the dead ("قُتل مسلحون": gunmen were killed). When an
attack verb stands between, after the death word and right before the actor ("حين هاجم
مسلحون", "بعد أن هاجم مقاتلون من حركة الشباب"), the actor is that verb's subject: the side that
attacked and so killed, ACLED's actor1 of the deaths. Only when no actor stands between the
death word and the verb: "قتل الجيش عشرة مسلحين بعدما هاجم مسلحون …" names its own killer; and
never for a later death verb ("قتله أحد المارة قبل أن تقتله الشرطة"), a killing of its own.
"""

from __future__ import annotations

from typing import cast

from rasad.arabic.normalize import normalize_key
from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit


def later_doer(ctx: DocContext, actor: Span, trig: CueHit) -> bool:
    """The actor is the doer of the attack verb told after the death word ``trig``, however
    many words (a count, "على الأقل") stand between the death word and that verb."""
    return actor.start >= trig.end and subject_of_later_act(
        ctx, ctx.in_word_prefix(actor.start)[1], trig
    )


def subject_of_later_act(ctx: DocContext, word_start: int, trig: CueHit) -> bool:
    """The actor whose word starts at ``word_start`` is the subject of an attack verb told
    after the death word ``trig``, right before it or before its men and "من"."""
    triggers = ctx.lex.triggers
    if word_start < trig.end or not any(triggers[t].casualty for t in trig.sets if t in triggers):
        return False
    men = _doer_men(ctx)
    for t in ctx.triggers:
        if t.start < trig.end or t.end > word_start or t.key not in ctx.lex.verb_keys:
            continue
        if any(triggers[k].casualty for k in t.sets if k in triggers):
            continue  # "قتله أحد المارة قبل أن تقتله الشرطة": another killing, with its own doer
        between = ctx.words_after(t.end, 3, word_start)
        if between and not (len(between) == 2 and between[0] in men and between[1] == "من"):
            continue
        return not ctx.spans_in(ctx.actors, trig.end, t.start)
    return False


def _doer_men(ctx: DocContext) -> frozenset[str]:
    men = ctx.memo.get("doer_men")
    if men is None:
        words = (ctx.lex.cues.get("sets") or {}).get("doer_men") or ()
        men = ctx.memo["doer_men"] = frozenset(normalize_key(w) for w in words)
    return cast("frozenset[str]", men)
