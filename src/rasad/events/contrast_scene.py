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

Such a cut also parts two acts: a death word told before the cut at its own town ("قتل 12
جنديا في هجوم في درعا، كما قتل خمسة آخرون في قصف على حمص") is an act of its own, not the
toll of the act told after the cut at another town (see :func:`other_scene_only`), and the
act after the cut counts its dead from the cut on.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from rasad.events.merge_scene import COARSE_KM, SAME_PLACE_KM, is_area, is_country
from rasad.geo import km_between

if TYPE_CHECKING:
    from rasad.document import Span
    from rasad.events import arguments as args
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

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


def other_scene_only(ctx: DocContext, hit: CueHit, sent: Span, acts: list[int]) -> bool:
    """Every act of ``acts`` (trigger starts in ``sent``) stands across a scene cut from the
    death word ``hit``, in a clause whose first town lies away from the first town of
    ``hit``'s clause (neither one place nor an area holding the other): ``hit`` tells another
    scene's act, not their toll."""
    if not acts or not _told_as_verb(ctx, hit, sent):
        return False
    pos = hit.start
    cuts = _cuts(ctx, sent)
    if not cuts:
        return False
    bounds = [sent.start, *cuts, sent.end]

    def part(x: int) -> int:
        return bisect_right(cuts, x)

    def scene(i: int, *, alone: bool = False) -> object | None:
        towns = _towns(ctx, bounds[i], bounds[i + 1])
        if not towns:
            return None
        if alone and not all(_near(t, towns[0]) or _holds(t, towns[0]) for t in towns):
            # the death word's clause names a second place far from its first ("في محافظة
            # نينوى، شمال غرب العاصمة بغداد"): which is its scene is left to the location
            # rules, which may read the second; a town near it only locates it ("في بلدة
            # معرة مصرين شمال شرقي مدينة إدلب")
            return None
        return towns[0]

    own = part(pos)
    here = scene(own, alone=True)
    if here is None:
        return False
    for a in acts:
        k = part(a)
        there = scene(k) if k != own else None
        if there is None or _one_place(here, there) or _holds(here, there):
            return False
    return True


def scene_bounds(ctx: DocContext, sent: Span, pos: int) -> tuple[int, int]:
    """The part of ``sent`` between the scene cuts around ``pos``."""
    cuts = _cuts(ctx, sent)
    i = bisect_right(cuts, pos)
    return (cuts[i - 1] if i > 0 else sent.start), (cuts[i] if i < len(cuts) else sent.end)


def _told_as_verb(ctx: DocContext, hit: CueHit, sent: Span) -> bool:
    """The death word is a verb ("كما قتل خمسة") or the noun of a death verb ("لقي 9 أشخاص
    مصرعهم"): a clause's own act, not a count listed in a tally ("وقتيلا في حماة")."""
    if hit.key in ctx.lex.verb_keys or " " in hit.key:
        return True  # "قتل", "لقوا مصرعهم"
    return ctx.cue_before(hit.start, "death_verb_heads", 3, sent.start) is not None


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


def _near(p: object, q: object) -> bool:
    km = km_between(p, q)
    return km is None or km <= COARSE_KM


def _holds(p: object, q: object) -> bool:
    """One of the two is an area of the province the other lies in ("محافظة تعز", "جبل صبر")."""
    if not (is_area(p) or is_area(q)):
        return False
    a = getattr(p, "admin1", None)
    return bool(a) and a == getattr(q, "admin1", None)
