"""A passenger or cargo plane named in a clause is what an act befell, never what struck: "تفجير
طائرة الركاب الروسية فوق سيناء" is a bomb aboard it (ACLED: Remote explosive/landmine/IED),
"إسقاط طائرة مدنية" its downing; neither is an air strike. The air word of such a name
("طائرة" in "طائرة الركاب"), nor the plane told again ("زرعت في الطائرة"), makes the act an
Air/drone strike; an aircraft word of its own in the clause ("غارة", "الطيران الحربي") still
does.
"""

from __future__ import annotations

from rasad.arabic.normalize import normalize_key
from rasad.events.context import DocContext


def civil_aircraft_only(ctx: DocContext, lo: int, hi: int) -> bool:
    """Every air word in [lo, hi) is part of a passenger or cargo plane's name."""
    civil = ctx.cues_in(lo, hi, "civil_aircraft")
    if not civil:
        return False
    return all(
        any(c.start <= h.start and h.end <= c.end for c in civil)
        # "… بقنبلة زرعت في الطائرة": the plane told again
        or ctx.norm_of(h.start, h.end) in _THE_PLANE
        for h in ctx.cues_in(lo, hi, "air")
    )


# the plane named once, told again by the bare singular word
_THE_PLANE = frozenset(map(normalize_key, ("طائرة", "الطائرة")))
