"""Where the act a trigger tells ends and the act it answers begins: "قصفت قوات النظام البلدة
ردا على هجوم كيميائي" tells a shelling done in response to a chemical attack, and the words
after "ردا على" describe that earlier act, not the means of the shelling. A trigger's
refinements (the weapon, the aircraft, the agent that retype it) are read up to that cue and
no further, so the answered act lends the act that answers it neither its weapon nor its type
(ACLED codes each act by its own means). Nor does an answered act, the only one told in its
sentence, silence the general word that tells the answer ("استهدفت ... ردا على غارة")."""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.arguments import Mention
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.presupposed import ANSWERED_WORDS, answered_act


def act_end(ctx: DocContext, hit: CueHit, end: int) -> int:
    """``end``, or the start of the first "in response to" cue after the trigger before it."""
    cue = ctx.cue_after(hit.end, "in_response", 1 << 30, end)
    return cue.start if cue is not None else end


def act_start(ctx: DocContext, hit: CueHit, start: int) -> int:
    """``start``, or where the act answered ends when "in response to" opens the sentence
    before the trigger ("وفي رد على قصف البلدات بالبراميل المتفجرة أعلنت الفصائل استهداف
    مقرات النظام براجمات الصواريخ"): the answered act is the words the cue governs, as far
    as presupposed.answered_act reads them; a trigger within them is that act itself."""
    cue = ctx.cue_before(hit.start, "in_response", 1 << 30, start)
    if cue is None or answered_act(ctx, hit):
        return start
    i = bisect_left(ctx.token_starts, cue.end) + ANSWERED_WORDS
    return min(ctx.token_starts[i], hit.start) if i < len(ctx.token_starts) else hit.start


def own_act_sentence(ctx: DocContext, hit: CueHit, sent: Span) -> Span:
    """The sentence without the act the trigger answers, whether told after it or before."""
    start, end = act_start(ctx, hit, sent.start), act_end(ctx, hit, sent.end)
    return sent if (start, end) == (sent.start, sent.end) else sent._replace(start=start, end=end)


def answers_only_answered(ctx: DocContext, hit: CueHit, acts: list[Mention]) -> bool:
    """ "استهدفت القوات التركية مواقع للمسلحين ردا على غارة لطائرة مسيرة": a general act word
    (one that yields to a more specific act of its sentence) outside the act "ردا على"
    governs, when every act of its sentence is the one answered: that act is another's,
    earlier, and the word tells the answer itself, an act of its own."""
    if not acts or answered_act(ctx, hit):
        return False
    return all(m.answered for m in acts)
