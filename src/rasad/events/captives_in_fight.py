"""Fighters taken in a fight are part of that battle: "اشتبكت قوات الأمن مع مسلحين في
الحويجة، واعتقلت أربعة منهم", "اعتقل الجيش عشرات المسلحين وقتل آخرين في اشتباكات".

ACLED codes combatants captured or arrested in a battle as part of the battle, not as an
arrest (Strategic developments) nor as an abduction (Violence against civilians needs civilian
targets). A detention told in the same sentence as a battle, on its day and at its scene, that
shares a side with the battle (its captor or the side held) and whose captives are armed men
(counted fighters after the verb, or "منهم", of the fighters just told) is dropped: the battle
tells it. A detention
of civilians, protesters or people not named as fighters stays its own event ("واختطف عناصر
التنظيم خمسة مدنيين"), and so does one in another sentence.

The captor of a detention verb with no subject of its own ("واعتقلت أربعة منهم") is often
read as the armed side just named, and the event typed an abduction by that group; a battle
read from "اعتقل الجيش عشرات المسلحين وقتل آخرين في اشتباكات" may lack the army: one side
shared is enough.
"""

from __future__ import annotations

from rasad.events import arguments as args
from rasad.events.context import DocContext

_DETENTIONS = frozenset({"Arrests", "Abduction/forced disappearance"})
# "واعتقلت أربعة منهم": the captives are some of the men told before, in the fight
_OF_THEM = frozenset({"منهم", "منهما"})
# captives stand close after the verb: "اعتقلت القوات أربعة مسلحين", "أسر عددا من عناصر"
_HELD_WINDOW = 4
# a sound plural or dual in the nominative ("مسلحون", "جنديان") is the verb's subject
_NOMINATIVE_ENDINGS = ("ون", "ان")
# "عناصر التنظيم" right after the verb may be its subject; the men are its object when a
# count or a tally word stands before them ("أربعة مسلحين", "عشرات المسلحين", "عددا من")
_COUNTED_GAP = 3


def _fighters_held(ctx: DocContext, m: args.Mention) -> bool:
    """The words after the detention verb name armed men as who was taken, and no civilians,
    protesters or people follow in its clause."""
    trig = m.trigger
    ceiling = min(m.sent.end, ctx.clause_bounds(trig.start)[1])
    for cue_set in ("civilians", "protesters"):
        if ctx.cues_in(trig.end, ceiling, cue_set):
            return False
    words = ctx.words_after(trig.end, _HELD_WINDOW, ceiling)
    if any(w in _OF_THEM for w in words[:3]):
        return True
    for cue_set in ("gunmen", "armed"):
        hit = ctx.cue_after(trig.end, cue_set, _HELD_WINDOW, ceiling)
        if hit is None:
            continue
        word = ctx.norm_of(hit.start, hit.end).split()[0]
        if word.endswith(_NOMINATIVE_ENDINGS):
            continue  # "اختطف مسلحون …": the armed men took, they were not taken
        counted = ctx.spans_in(ctx.numbers, trig.end, hit.start) or ctx.cues_in(
            trig.end, hit.start, "claimed_tallies"
        )
        if counted and ctx.tokens_between(trig.end, hit.start) <= _COUNTED_GAP + 1:
            return True
    return False


def _sides(m: args.Mention) -> set[str]:
    return {n for n in (m.actor1_name, m.actor2_name) if n and not n.startswith("Civilians")}


def captives_in_a_fight(ctx: DocContext, merged: list[args.Mention]) -> list[args.Mention]:
    """``merged`` without the detentions of fighters that a battle of the same sentence,
    day and scene tells (see the module's docstring)."""
    battles = [m for m in merged if m.event_type == "Battles" and _sides(m)]
    if not battles:
        return merged

    def in_fight(m: args.Mention) -> bool:
        if m.sub_event_type not in _DETENTIONS or not m.actor1_name:
            return False
        fights = [
            b
            for b in battles
            if b.sent is m.sent
            and b.date == m.date
            and _sides(m) & _sides(b)
            and (b.place is None or m.place is None or b.place is m.place or _near(b, m))
        ]
        return bool(fights) and _fighters_held(ctx, m)

    return [m for m in merged if not in_fight(m)]


def _near(a: args.Mention, b: args.Mention) -> bool:
    return getattr(a.place, "name", None) == getattr(b.place, "name", None)
