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

_VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)


def _violent(ctx: DocContext, hit: CueHit) -> bool:
    """A trigger word of a violent act (not a bare death word): a strike, a clash, a bombing."""
    defs = [ctx.lex.triggers[s] for s in hit.sets if s in ctx.lex.triggers]
    return any(not d.casualty and d.event_type in _VIOLENT_TYPES for d in defs)


def _casualty(ctx: DocContext, hit: CueHit) -> bool:
    return any(ctx.lex.triggers[s].casualty for s in hit.sets if s in ctx.lex.triggers)


def violence_told(ctx: DocContext, sent: Span) -> bool:
    """The sentence tells an act of violence ("مدنيا قتل في هجوم مسلح نفذه مجهولون … ضلوعهما
    بالحادث"): its deaths are that act's, whatever incident word it also uses. A word that is
    itself the named cause ("حادث تحطم الطائرة": "تحطم" is also smashing in a riot) is none."""
    causes = ctx.cues_in(sent.start, sent.end, "nonviolent_causes")
    return any(
        _violent(ctx, t) and not any(c.start < t.end and t.start < c.end for c in causes)
        for t in ctx.triggers
        if sent.start <= t.start < sent.end
    )


def accident_story(ctx: DocContext, hit: CueHit, tdef: TriggerDef, sent: Span) -> bool:
    """A death word in an article whose first death is told with a nonviolent cause and that
    names no act of violence before this word: the accident's dead, told again."""
    if not tdef.casualty:
        return False
    first = ctx.memo.get("accident_first_death")
    if first is None:
        first = -1
        for t in ctx.triggers:
            if _violent(ctx, t):
                break  # an act of violence comes first: the article is about it
            if _casualty(ctx, t):
                s = ctx.sentence(t.start)
                if ctx.has_cue(s.start, s.end, "nonviolent_causes"):
                    first = t.start
                break
        ctx.memo["accident_first_death"] = first
    if not isinstance(first, int) or first < 0 or hit.start < first:
        return False
    return not any(_violent(ctx, t) for t in ctx.triggers if t.start < max(hit.end, sent.end))
