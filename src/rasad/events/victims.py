"""Which side an event hit: civilians or armed men, named in the words after the trigger, and
whether an actor is an air force. Split from :mod:`rasad.events.actor_roles`, which reads the
sides from clause structure; these answers decide sub-types (an attack on civilians or a fight)
and the victim side when no actor names it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.document import Span
from rasad.events.actor_roles import ARMED_INTER, _canonical, _inter, counted_past_relative
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

if TYPE_CHECKING:
    from rasad.events.arguments import Mention


def _non_civilian_names(ctx: DocContext, start: int, end: int) -> list[tuple[int, int]]:
    """Places and non-civilian groups in [start, end) ("مدنيون" may be an actor span itself),
    and farms told as where something was (``_farms``)."""
    return [
        (n.start, n.end)
        for n in (*ctx.spans_in(ctx.places, start, end), *ctx.spans_in(ctx.actors, start, end))
        if _inter(n) != 7
    ] + _farms(ctx, start, end)


# "مزارع" is a farmer and the farms (مزرعة): after "في" it is where ("استهداف تجمعات للحوثيين
# في مزارع تابعة لمديرية التحيتا"), no farmer hit
_FARM_WORDS = frozenset({"مزارع"})
_IN = frozenset({"في", "وفي", "داخل"})


def _farms(ctx: DocContext, start: int, end: int) -> list[tuple[int, int]]:
    return [
        (c.start, c.end)
        for c in ctx.cues_in(start, end, "civilians")
        if c.key in _FARM_WORDS
        and not ctx.in_word_prefix(c.start)[0]
        and (ctx.words_before(c.start, 1) or [""])[-1] in _IN
    ]


def civilians_named(ctx: DocContext, sent: Span) -> bool:
    """A civilian word in the sentence that is not part of a place or group name ("مزارع الجر"
    is a village, "مدرسة الشرطة" a target of the police)."""
    names = _non_civilian_names(ctx, sent.start, sent.end)
    return any(
        not any(s <= c.start and c.end <= e for s, e in names)
        for c in ctx.cues_in(sent.start, sent.end, "civilians")
    )


def flies(ctx: DocContext, actor: Span) -> bool:
    """An air force: an air-only actor ("التحالف") or a state force named with or right after an
    aircraft word ("طائرات النظام", "الطيران الحربي السوري")."""
    if _canonical(actor) in (ctx.lex.cues.get("air_only_actors") or ()):
        return True
    if _inter(actor) not in (1, 8):
        return False
    return ctx.has_cue(actor.start, actor.end, "air") or (
        ctx.cue_before(ctx.in_word_prefix(actor.start)[1], "air", 1, 0) is not None
    )


_LEADER_GROUP_WORDS = 3  # "القيادي في تنظيم داعش", "قياديا بارزا في جبهة النصرة"


def _armed_leaders(ctx: DocContext, start: int, end: int) -> list[CueHit]:
    """Leader words in [start, end) an armed group's name or a word of arms follows: a leader
    of a party or a movement is no fighter ("اغتيال القيادي شكري بلعيد"), one of an armed
    group is ("القيادي في جبهة النصرة", "القيادي الحوثي")."""
    out = []
    for hit in ctx.cues_in(start, end, "leaders"):
        if ctx.cue_after(hit.end, "leader_arms", 0, end) is not None:
            out.append(hit)  # "القيادي الميداني", "القيادي الحوثي"
            continue
        for actor in ctx.spans_in(ctx.actors, hit.end, end):
            if ctx.tokens_between(hit.end, actor.start) > _LEADER_GROUP_WORDS:
                break
            if _inter(actor) in ARMED_INTER:
                out.append(hit)
                break
    return out


def victims_are_armed(ctx: DocContext, m: Mention) -> bool | None:
    """True armed victims, False civilians, None unknown — from the words after the trigger."""
    trig = m.trigger
    lo, hi = m.sent.start, m.sent.end
    names = _non_civilian_names(ctx, lo, hi)

    def civ_after(pos: int, window: int) -> CueHit | None:
        # "قصفت الطائرات مزارع الجر": a civilian word inside a place name is no victim
        hit = ctx.cue_after(pos, "civilians", window, hi)
        if hit is not None and any(s <= hit.start and hit.end <= e for s, e in names):
            return None
        return hit

    # "مسلحين مجهولين اغتالوا عضو مجلس بلدي": unidentified men are who did it, never the
    # victims (bare gunmen may be either: "مسلحين من ميليشيات الحوثي قتلوا")
    doers = [(h.start, h.end) for h in ctx.cues_in(lo, hi, "unidentified")]

    def armed_after(pos: int, window: int) -> CueHit | None:
        hits = sorted(
            [*ctx.cues_in(pos, hi, "armed"), *_armed_leaders(ctx, pos, hi)],
            key=lambda h: h.start,
        )
        for hit in hits:
            if ctx.tokens_between(pos, hit.start) > window:
                return None
            if not any(s < hit.end and hit.start < e for s, e in doers):
                return hit
        return None

    civ = civ_after(trig.end, 5)
    arm = armed_after(trig.end, 5)
    if civ is None and arm is None and m.actor1 is not None and m.actor1.start > trig.start:
        # "قتلت جماعة … التي ظهرت عام 2009 ثلاثة جنود": the men counted past a relative
        # clause on the doer
        counted = counted_past_relative(ctx, m.actor1.end, hi)
        if counted is not None:
            civ, arm = civ_after(counted, 3), armed_after(counted, 3)
    if civ is None and arm is None:  # "هجوم … قتل خلاله 26 مقاتلا": the victims of the deaths
        for death in ctx.cues_in(trig.end, hi, "death_words"):
            civ = civ_after(death.end, 4)
            arm = armed_after(death.end, 4)
            if civ or arm:
                break
    if m.actor2 is not None and m.actor2.start > trig.start:
        inter = _inter(m.actor2)
        if inter == 7:
            return False
        if inter in ARMED_INTER:
            arm_pos = m.actor2.start
            if civ is None or arm_pos < civ.start:
                return True
    if civ and arm:
        if _gunman_kills(ctx, trig, arm, civ):
            return False
        return arm.start < civ.start
    if civ:
        return False
    if arm:
        return True
    civ_b = ctx.cue_before(trig.start, "civilians", 3, lo)
    arm_b = ctx.cue_before(trig.start, "armed", 3, lo)
    if arm_b is not None and any(s < arm_b.end and arm_b.start < e for s, e in doers):
        arm_b = None
    if civ_b or arm_b:
        return arm_b is not None and (civ_b is None or arm_b.start > civ_b.start)
    return None


def _gunman_kills(ctx: DocContext, trig: CueHit, arm: CueHit, civ: CueHit) -> bool:
    """ "قتل مسلح شخصين", "قتل مسلح ثلاثة أشخاص": the armed man right after the verb, the
    people counted right after him, is the verb's subject and they its object; "قتل مسلح
    ومدنيان" (joined by و) tells two victims. Killing verbs only: "تستهدف أفراد الأسرة" (a
    festival aimed at families) names no armed man and no victim."""
    if "kill" not in trig.sets or trig.key not in ctx.lex.verb_keys:
        return False
    if ctx.tokens_between(trig.end, arm.start):
        return False
    if ctx.tokens_between(arm.end, civ.start) > 1:
        return False
    return not ctx.in_word_prefix(civ.start)[0].startswith("و") and not any(
        w == "و" or w.startswith("و") for w in ctx.words_after(arm.end, 1, civ.start)
    )


_DEAD_GUNMEN_WORDS = 3  # "قتل خمسة مسلحين", "مقتل عدد من المسلحين": the death word, a count


def gunmen_only_hit(ctx: DocContext, sent: Span) -> bool:
    """Every gunmen word of the sentence counts the dead ("قتل خمسة مسلحين في غارة جوية",
    "لقي مسلحان مصرعهما"): men an air strike hit, not who flew it (gunmen fly no aircraft)."""
    hits = ctx.cues_in(sent.start, sent.end, "gunmen")
    return bool(hits) and all(
        ctx.cue_before(
            ctx.in_word_prefix(h.start)[1], "death_words", _DEAD_GUNMEN_WORDS, sent.start
        )
        is not None
        or ctx.cue_after(h.end, "death_words", 0, sent.end) is not None
        for h in hits
    )
