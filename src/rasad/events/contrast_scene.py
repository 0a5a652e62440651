"""The dead told in a contrasting clause at another town are not the act's before it.

"تمكنت القوات من تحرير جبال … بمديرية نهم، بينما لقي 9 من الحوثيين مصرعهم في الضالع": a
death word after an act in its sentence is usually that act's toll, but a clause set apart by
"فيما", "بينما" or "في حين" that names a town of its own (no country), away from the act's
place, tells of dead at another scene. ACLED counts an event's fatalities at its location, so
the act counts no dead from that clause on. A clause naming no town ("بينما لقي 6 منهم مصرعهم
في المعارك"), the act's own town, or a place of the act's province where one of the two is an
area ("في محافظة تعز" and "في جبل صبر"), still counts.

A clause joined by "كما", or opened by "و" and a death word ("قتل 17 شخصا في انفجارات في
بغداد، وقتل 9 آخرون في انفجارات ضربت كركوك"), tells another scene the same way when it names
a town of its own: the first act keeps its own toll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.events.merge_scene import SAME_PLACE_KM, is_area, is_country
from rasad.geo import km_between

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events import arguments as args
    from rasad.events.context import DocContext

_CONTRAST = frozenset({"فيما", "بينما", "حين", "كما"})  # "حين" as the last word of "في حين"


def other_scene_cut(ctx: DocContext, m: args.Mention, hi: int) -> int:
    """Where ``m``'s dead stop being counted: the first contrasting clause after its trigger
    (before ``hi``) that names a town of its own away from ``m``'s place; ``hi`` when none."""
    if m.place is None or not m.place_explicit or is_country(m.place):
        return hi
    cuts = [c for c in _cuts(ctx, m.sent) if m.trigger.end < c < hi]
    for i, c in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else m.sent.end
        towns = _towns(ctx, c, end)
        # the clause's scene is the town it names first; later ones place it ("قرية الإمام في
        # ريف مدينة الباب شرقي حلب")
        if towns and not (_one_place(towns[0], m.place) or _holds(towns[0], m.place)):
            return c
    return hi


def _cuts(ctx: DocContext, sent: Span) -> list[int]:
    """Where the sentence's contrasting clauses start."""
    cuts = []
    for h in ctx.cues_in(sent.start, sent.end, "clause_starters"):
        word = ctx.norm_of(h.start, h.end).split()[-1]
        if word in _CONTRAST or word[1:] in _CONTRAST:  # "فيما", "وفيما"
            cuts.append(h.start)
    for h in ctx.cues_in(sent.start, sent.end, "death_words"):
        c = ctx.clause_bounds(h.start)[0]
        if c < h.start and ctx.norm_of(c, h.start).strip(" ،,؛;") == "و":  # "، وقتل 9 آخرون"
            cuts.append(c)
    return sorted(cuts)


def _towns(ctx: DocContext, lo: int, hi: int) -> list[object]:
    return [p.value for p in ctx.spans_in(ctx.places, lo, hi) if not is_country(p.value)]


def _one_place(p: object, q: object) -> bool:
    if getattr(p, "name", None) == getattr(q, "name", None):
        return True
    km = km_between(p, q)
    return km is None or km <= SAME_PLACE_KM


def _holds(p: object, q: object) -> bool:
    """One of the two is an area of the province the other lies in ("محافظة تعز", "جبل صبر")."""
    if not (is_area(p) or is_area(q)):
        return False
    a = getattr(p, "admin1", None)
    return bool(a) and a == getattr(q, "admin1", None)
