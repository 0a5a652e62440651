"""The group that claims an act told in the same sentence did it.

"قتل مسلح أربعة أشخاص في هجوم … تبناه تنظيم داعش", "قتل ثلاثة جنود في هجوم … وتبنى تنظيم
داعش الهجوم", "وأعلنت حركة الشباب مسؤوليتها عن الهجوم": ACLED codes a claimed attack to the
group claiming it. The group is the subject of the claim verb (the actor right after
"تبنى/تبناه") or the one named right before "مسؤوليته"; standing after the trigger it would
otherwise be read as the side the act hit. A denial ("نفى التنظيم تبنيه الهجوم") claims
nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.arabic.normalize import normalize_key
from rasad.events.context import DocContext

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.arguments import Mention

# tokens from a claim verb to its subject ("تبناه تنظيم داعش"), and back from "مسؤوليته" to the
# group that declares it ("أعلنت حركة الشباب في بيان مسؤوليتها")
_VERB_TO_SUBJECT = 2
_GROUP_TO_RESPONSIBILITY = 5
_DENIAL_BEFORE = 3  # "نفت الحركة مسؤوليتها"
_ARMED_GROUPS = frozenset({2, 3, 4})
_RESPONSIBILITY = normalize_key("مسؤولية")[:-1]  # "مسؤوليته", "مسؤوليتها", "مسؤوليتهم"
# the claim follows the act closely ("في هجوم على متجر في مدينة تريب تبناه تنظيم داعش"): a
# claim further on may be of another act of the sentence
_ACT_TO_CLAIM = 16
# only a state flies: a group's claim never makes it the doer of an air strike
_NOT_CLAIMED = frozenset({"Air/drone strike", "Chemical weapon"})


def claiming_group(ctx: DocContext, sent: Span, after: int) -> Span | None:
    """The armed group (inter 2-4) a claim of responsibility in ``sent`` names within a few
    words after ``after`` (the act's trigger), or None."""
    for cue in ctx.cues_in(after, sent.end, "responsibility"):
        if ctx.tokens_between(after, cue.start) > _ACT_TO_CLAIM:
            break
        if ctx.cue_before(cue.start, "denial", _DENIAL_BEFORE, sent.start) is not None:
            continue
        if _of_other_acts(ctx, cue.end, sent.end):
            continue
        if _RESPONSIBILITY in ctx.norm_of(cue.start, cue.end):
            before = [
                a
                for a in ctx.spans_in(ctx.actors, sent.start, cue.start)
                if ctx.tokens_between(a.end, cue.start) <= _GROUP_TO_RESPONSIBILITY
            ]
            group = before[-1] if before else None
        else:
            group = next(
                (
                    a
                    for a in ctx.spans_in(ctx.actors, cue.end, sent.end)
                    if ctx.tokens_between(cue.end, a.start) <= _VERB_TO_SUBJECT
                ),
                None,
            )
        if group is not None and getattr(group.value, "inter", None) in _ARMED_GROUPS:
            return group
    return None


def _of_other_acts(ctx: DocContext, pos: int, end: int) -> bool:
    """The claim is of other acts: a share of many ("تبنت غالبيتها جبهة النصرة") or an act it
    names itself, indefinite ("مسؤوليتها عن تفجير استهدف السفارة"; the act just told is
    definite: "مسؤوليتها عن الهجوم")."""
    after = ctx.words_after(pos, 2, end)
    if not after:
        return False
    if after[0] in _shares(ctx):
        return True
    return after[0] == "عن" and len(after) > 1 and not after[1].startswith("ال")


def _shares(ctx: DocContext) -> frozenset[str]:
    return frozenset(normalize_key(str(w)) for w in ctx.lex.cues.get("claimed_shares") or ())


def claimant_as_doer(ctx: DocContext, m: Mention) -> None:
    """The group claiming the act of ``m`` in its sentence is its claimant; read as the side
    hit while no doer or only an unidentified group is named, it is the doer instead."""
    if m.sub_event_type in _NOT_CLAIMED:
        return
    group = claiming_group(ctx, m.sent, m.trigger.end)
    if group is None:
        return
    name, inter = _name(group), getattr(group.value, "inter", None)
    if m.claimant is None:
        m.claimant = (name, inter)
    unnamed = m.actor1_name is None or m.actor1_name.startswith("Unidentified Armed Group")
    if unnamed and m.actor2_name == name:
        m.actor1, m.actor1_name, m.inter1 = m.actor2, name, inter
        m.actor2, m.actor2_name, m.inter2 = None, None, None


def _name(span: Span) -> str:
    return getattr(span.value, "canonical", None) or span.kb_id or ""
