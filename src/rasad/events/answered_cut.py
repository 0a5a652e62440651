"""Where the act a trigger tells ends and the act it answers begins: "قصفت قوات النظام البلدة
ردا على هجوم كيميائي" tells a shelling done in response to a chemical attack, and the words
after "ردا على" describe that earlier act, not the means of the shelling. A trigger's
refinements (the weapon, the aircraft, the agent that retype it) are read up to that cue and
no further, so the answered act lends the act that answers it neither its weapon nor its type
(ACLED codes each act by its own means)."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit


def act_end(ctx: DocContext, hit: CueHit, end: int) -> int:
    """``end``, or the start of the first "in response to" cue after the trigger before it."""
    cue = ctx.cue_after(hit.end, "in_response", 1 << 30, end)
    return cue.start if cue is not None else end


def own_act_sentence(ctx: DocContext, hit: CueHit, sent: Span) -> Span:
    """The sentence up to the act the trigger answers, if it names one after the trigger."""
    end = act_end(ctx, hit, sent.end)
    return sent if end == sent.end else sent._replace(end=end)
