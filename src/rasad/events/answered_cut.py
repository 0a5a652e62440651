"""Where the act a trigger tells ends and the act it answers begins: "قصفت قوات النظام البلدة
ردا على هجوم كيميائي" tells a shelling done in response to a chemical attack, and the words
after "ردا على" describe that earlier act, not the means of the shelling. A trigger's
refinements (the weapon, the aircraft, the agent that retype it) are read up to that cue and
no further, so the answered act lends the act that answers it neither its weapon nor its type
(ACLED codes each act by its own means). Nor does an answered act, the only one told in its
sentence, silence the general word that tells the answer ("استهدفت ... ردا على غارة")."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.arguments import Mention
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.presupposed import answered_act


def act_end(ctx: DocContext, hit: CueHit, end: int) -> int:
    """``end``, or the start of the first "in response to" cue after the trigger before it."""
    cue = ctx.cue_after(hit.end, "in_response", 1 << 30, end)
    return cue.start if cue is not None else end


def own_act_sentence(ctx: DocContext, hit: CueHit, sent: Span) -> Span:
    """The sentence up to the act the trigger answers, if it names one after the trigger."""
    end = act_end(ctx, hit, sent.end)
    return sent if end == sent.end else sent._replace(end=end)


def answers_only_answered(ctx: DocContext, hit: CueHit, acts: list[Mention]) -> bool:
    """ "استهدفت القوات التركية مواقع للمسلحين ردا على غارة لطائرة مسيرة": a general act word
    (one that yields to a more specific act of its sentence) told before "ردا على", when
    every act of its sentence is the one answered: that act is another's, earlier, and the
    word tells the answer itself, an act of its own."""
    if not acts or answered_act(ctx, hit):
        return False
    return all(m.answered and hit.end <= m.trigger.start for m in acts)
