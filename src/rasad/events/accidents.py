"""Deaths that are no political violence: accidents and disasters (ACLED codes none of them).

A sentence that names its cause ("لقي 19 شخصا حتفهم في تصادم حافلتين", "مقتل زوجين في انهيار
أرضي") is read in status.trigger_status. An article about an accident goes on telling the same
deaths without repeating the cause ("انتشلوا جثة الضحية الثانية", "وأفادت مصادر بأن القتلى هم 13
رجلا"): one cause per discourse, as long as nothing violent has been told in between.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit, TriggerDef
from rasad.events.presupposed import definite_noun

_VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)


def _violent(ctx: DocContext, hit: CueHit) -> bool:
    """A trigger word of a violent act (not a bare death word): a strike, a clash, a bombing."""
    defs = [ctx.lex.triggers[s] for s in hit.sets if s in ctx.lex.triggers]
    return any(
        not d.casualty and d.event_type in _VIOLENT_TYPES and _context_met(ctx, hit, d)
        for d in defs
    )


def _context_met(ctx: DocContext, hit: CueHit, tdef: TriggerDef) -> bool:
    """The cue a conditional strike word needs is near it ("أكد التحالف تدمير", "طائرات …
    ضربة"): without it the word tells no strike ("حريقا اندلع … مما أسفر عن سقوط 36 قتيلا
    وتدمير مئات من وحدات الإيواء" is a fire's damage), so it makes no accident violent. The
    other conditions only tell who did it ("مسلحين أضرموا حريقا" is no riot of a crowd, but
    violence all the same)."""
    if not tdef.near_set or tdef.event_type != "Explosions/Remote violence":
        return True
    sent = ctx.sentence(hit.start)
    side, window = tdef.near_side, tdef.near_window
    if side in ("after", "both") and ctx.cue_after(hit.end, tdef.near_set, window, sent.end):
        return True
    floor = ctx.in_word_prefix(hit.start)[1]
    return side in ("before", "both") and (
        ctx.cue_before(floor, tdef.near_set, window, sent.start) is not None
    )


def _casualty(ctx: DocContext, hit: CueHit) -> bool:
    return any(ctx.lex.triggers[s].casualty for s in hit.sets if s in ctx.lex.triggers)


# the bare explosion word: a bomb, a shell or a suicide attacker is named by triggers of its own
_BARE_EXPLOSION = "explosion"
_BOMB_SETS = ("ied_words", "suicide", "shell_words", "grenade_words", "bomb_told")


def accidental_explosion(ctx: DocContext, hit: CueHit, sent: Span, clause: tuple[int, int]) -> bool:
    """The bare explosion word with a household or industrial cause or site in its clause
    ("انفجار ناجم عن تسرب غاز", "انفجار بمصنع للألعاب النارية"), in a sentence that names no
    bomb ("انفجار عبوة ناسفة بمصنع"): an accident, not a bombing."""
    if _BARE_EXPLOSION not in hit.sets:
        return False
    if not ctx.has_cue(clause[0], clause[1], "accident_explosions"):
        return False
    return not any(ctx.has_cue(sent.start, sent.end, name) for name in _BOMB_SETS)


def cause_told(ctx: DocContext, sent: Span) -> bool:
    """The sentence names a nonviolent cause of death: a listed cause ("حادث سير", "تدهور
    حافلة") or an accidental explosion ("قتل ستة في انفجار بمستودع للوقود")."""
    if ctx.has_cue(sent.start, sent.end, "nonviolent_causes"):
        return True
    return any(
        accidental_explosion(ctx, t, sent, (sent.start, sent.end))
        for t in ctx.triggers
        if sent.start <= t.start < sent.end
    )


def violence_told(ctx: DocContext, sent: Span) -> bool:
    """The sentence tells an act of violence ("مدنيا قتل في هجوم مسلح نفذه مجهولون … ضلوعهما
    بالحادث"): its deaths are that act's, whatever incident word it also uses. A word that is
    itself the named cause ("حادث تحطم الطائرة": "تحطم" is also smashing in a riot) is none."""
    causes = ctx.cues_in(sent.start, sent.end, "nonviolent_causes")
    return any(
        _violent(ctx, t)
        and not any(c.start < t.end and t.start < c.end for c in causes)
        and not accidental_explosion(ctx, t, sent, (sent.start, sent.end))
        for t in ctx.triggers
        if sent.start <= t.start < sent.end
    )


def _bombless_explosion(ctx: DocContext, t: CueHit) -> bool:
    """The bare explosion word in a sentence that names no bomb ("ووقع الانفجار في المصنع")."""
    if _BARE_EXPLOSION not in t.sets:
        return False
    s = ctx.sentence(t.start)
    return not any(ctx.has_cue(s.start, s.end, name) for name in _BOMB_SETS)


def accident_story(ctx: DocContext, hit: CueHit, tdef: TriggerDef, sent: Span) -> bool:
    """A death word in an article whose first death is told with a nonviolent cause and that
    names no act of violence before this word: the accident's dead, told again."""
    return tdef.casualty and _after_accident(ctx, hit, sent)


def accident_retold(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """An explosion word naming no bomb after an accident and no act of violence: the
    accident's explosion told again ("شاهدوا انفجارا سبق انهيار الجسر", "انفجرت فجأة"). The
    definite noun ("ووقع الانفجار") is left to the stage, which reads it in the sense of the
    same word told first."""
    if definite_noun(ctx, hit):
        return False
    return _bombless_explosion(ctx, hit) and _after_accident(ctx, hit, sent)


def _after_accident(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """The article's first death or explosion is told with a nonviolent cause, and no act of
    violence is named between it and this word."""
    first = ctx.memo.get("accident_first_death")
    if first is None:
        first = -1
        for t in ctx.triggers:
            s = ctx.sentence(t.start)
            if accidental_explosion(ctx, t, s, (s.start, s.end)):
                first = t.start  # "انفجار بمصنع للكيماويات": the article is about an accident
                break
            if _violent(ctx, t):
                break  # an act of violence comes first: the article is about it
            if _casualty(ctx, t):
                if cause_told(ctx, s):
                    first = t.start
                break
        ctx.memo["accident_first_death"] = first
    if not isinstance(first, int) or first < 0 or hit.start < first:
        return False
    # an explosion told again may follow other bombless explosion words of the same accident;
    # a death word keeps the stricter reading (any explosion word before it is violence)
    retold = _bombless_explosion(ctx, hit)
    return not any(
        _violent(ctx, t) and not (retold and _bombless_explosion(ctx, t))
        for t in ctx.triggers
        if t.start < max(hit.end, sent.end)
    )
