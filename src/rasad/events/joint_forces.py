"""Two forces of one state fight side by side, not each other: "اشتباكات بين قوات الجيش
والشرطة التونسية مع متشددين" — the army and the police are one side, the militants "مع"
whom they clashed the other. ACLED codes the army (the first named) as actor1 and the armed
group as actor2 (the police is an associated actor). A clash read between two state forces of
one country gives way to the armed group the sentence names after "مع"/"ضد"; to none when the
men there are unnamed ("مع متشددين"), left to the country's unidentified armed group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.events.actor_marks import HEAD_NOUNS
from rasad.events.actor_roles import canonical, inter_of
from rasad.events.context import DocContext

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events.arguments import Mention

_STATE = 1  # ACLED inter code of state forces (military and police)
_ARMED_GROUPS = frozenset({2, 3})  # rebels, political militias
_FOE_MARKERS = frozenset({"مع", "ضد"})


def _country(span: Span) -> str | None:
    return getattr(span.value, "country", None)


def _after_foe_marker(ctx: DocContext, actor: Span) -> bool:
    """The actor follows "مع"/"ضد" (maybe with a head noun between: "مع عناصر تنظيم …")."""
    prefix, word_start = ctx.in_word_prefix(actor.start)
    if prefix:
        return False
    before = ctx.words_before(word_start, 3)
    while before and before[-1] in HEAD_NOUNS:
        before = before[:-1]
    return bool(before) and before[-1] in _FOE_MARKERS


def joint_state_forces(ctx: DocContext, m: Mention) -> None:
    """A battle whose two sides are state forces of one country, with an armed group named
    after both and after "مع"/"ضد" in the sentence: that group is actor2."""
    a1, a2 = m.actor1, m.actor2
    if m.event_type != "Battles" or a1 is None or a2 is None:
        return
    if inter_of(a1) != _STATE or inter_of(a2) != _STATE or _country(a1) != _country(a2):
        return
    if _country(a1) is None or canonical(a1) == canonical(a2):
        return
    last = max(a1.end, a2.end)
    foes = [
        a
        for a in ctx.spans_in(ctx.actors, last, m.sent.end)
        if inter_of(a) in _ARMED_GROUPS and _after_foe_marker(ctx, a)
    ]
    if foes:
        foe = foes[0]
        m.actor2, m.actor2_name, m.inter2 = foe, canonical(foe), inter_of(foe)
    elif any(
        ctx.words_before(h.start, 1)[-1:] == [marker] and not ctx.in_word_prefix(h.start)[0]
        for h in ctx.cues_in(last, m.sent.end, "unnamed_militants")
        for marker in _FOE_MARKERS
    ):
        m.actor2, m.actor2_name, m.inter2 = None, None, None  # "مع متشددين": unnamed men
