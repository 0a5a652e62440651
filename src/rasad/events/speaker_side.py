"""The speaker who tells of its own fight: "قالت القوات الجوية النيجيرية إنها ساعدت القوات
البرية في صد هجوم لبوكو حرام", "أعلن الجيش أنه تصدى لهجوم شنه داعش". The attacker is named as
the attack's doer; the force that says "it" repelled, fought or helped fight it is the other
side (a speaker is otherwise no side of what it reports). The speaker's own act told after
"إنها/إنهم" has the speaker as its subject: who is named after the verb is acted on."""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.frames import kills_itself, speech_frames
from rasad.events.lexicon import CueHit

# "إنه", "إنها", "بأنهم": the pronoun on the complementizer is the speaker itself
_SELF = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
# tokens from the complementizer to the fight word ("إنها ساعدت القوات البرية في صد هجوم")
_REACH = 7


def speaker_fought(ctx: DocContext, sent: Span, speaker: Span, trig: CueHit) -> bool:
    """The speaker's report is of itself ("إنها/أنه …") and the fight word follows closely,
    with no other actor named between: the speaker is one side of the battle."""
    frames = [f for f in speech_frames(ctx, sent, trig.start) if speaker.end <= f[1]]
    if not frames:
        return False
    comp_at = max(hi for _lo, hi in frames)
    i = bisect_left(ctx.token_starts, comp_at)
    if i >= len(ctx.token_starts) or (ctx.token_norms[i] or "") not in _SELF:
        return False
    comp_end = ctx.token_ends[i]
    if ctx.tokens_between(comp_end, trig.start) > _REACH:
        return False
    return not ctx.spans_in(ctx.actors, comp_end, trig.start) or _own_act_first(ctx, speaker, i)


def _own_act_first(ctx: DocContext, speaker: Span, comp: int) -> bool:
    """The word after "إنها/أنهم" is an act word agreeing with the speaker ("قالت الشرطة إنها
    قتلت ثلاثة مسلحين في تبادل لإطلاق النار"): the men named before the fight word are the
    speaker's own foe in it, not another doer."""
    verb = comp + 1
    if verb >= len(ctx.token_starts):
        return False
    start = ctx.token_starts[verb]
    acts = any(t.start == start for t in ctx.triggers)
    return acts and kills_itself(ctx, speaker, start)


# "إنها استهدفت", "أنهم احتجزوا": a feminine or plural pronoun on the complementizer and a verb
# that agrees with it; "أنه" is left out ("أفادت أنه اقتحم مسلحون القرية" has its subject after)
_AGREEING = {"انها": "ت", "بانها": "ت", "انهم": "وا", "بانهم": "وا"}
# tokens after the verb an actor may stand at and still be its object
_OBJECT_REACH = 8


def own_act_objects(
    ctx: DocContext, trig: CueHit, actors: list[Span], marks: dict[int, str]
) -> None:
    """ "وقالت إنها استهدفت البنية التحتية العسكرية الإيرانية", "قالوا إنهم احتجزوا قياديا في
    أنصار الدين": the trigger verb right after "إنها/إنهم" agrees with the pronoun, which is its
    subject (the speaker); an actor after it in its clause, with no mark of its own, is the side
    acted on, never the verb's subject (an actor after a verb is otherwise read VSO)."""
    k = bisect_left(ctx.token_starts, trig.start)
    if k == 0 or k >= len(ctx.token_starts) or ctx.token_starts[k] != trig.start:
        return
    ending = _AGREEING.get(ctx.token_norms[k - 1] or "")
    if ending is None or not ctx.doc.text[trig.start : ctx.token_ends[k]].endswith(ending):
        return
    clause_end = ctx.clause_bounds(trig.start)[1]
    for a in actors:
        if (
            trig.end <= a.start < clause_end
            and not marks.get(a.start)
            and ctx.tokens_between(trig.end, a.start) <= _OBJECT_REACH
        ):
            marks[a.start] = "patient"
