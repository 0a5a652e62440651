"""Where an act's dead and places are read when its sentence cuts to another scene.

"أدى هجوم انتحاري في كابول إلى مقتل 25 شخصا، فيما قتل صحافي في هجوم منفصل في ولاية خوست":
a clause set off by "فيما", "بينما", "كما" or "، وقتل" that names a town of its own tells
another scene (see :mod:`rasad.events.contrast_scene`, which finds the cut). ACLED counts an
event's fatalities at its location, so with an act on each side of the cut:

- the act before the cut counts its dead up to the cut, not only up to the midpoint between
  the two acts' words (``up_to_cut``);
- the act after the cut counts them from the cut on ("…، كما قتل خمسة آخرون في قصف على
  حمص": the dead stand before the midpoint) (``from_cut``);
- the places named across the cut are not a death word's own when it is told as an act of
  its own there: it is not one event with an act at another town for one sentence naming
  both towns (``own_scene_places``), and the two are two events (``scenes_apart``); nor
  are the actors named there its own ("… تبناه تنظيم الدولة، فيما قتل صحافي في هجوم منفصل
  في خوست": no doer is named for the second) (``own_scene_actors``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.events.contrast_scene import scene_bounds
from rasad.events.merge_scene import SAME_PLACE_KM
from rasad.geo import km_between

if TYPE_CHECKING:
    from rasad.events.arguments import Mention
    from rasad.events.context import DocContext


def from_cut(before: Mention, m: Mention, lo: int) -> int:
    """Where ``m`` starts counting its dead: at the scene cut of the act told ``before`` it
    when ``m`` stands after that cut, else ``lo``."""
    cut = before.scene_cut
    return cut if cut is not None and cut <= m.trigger.start else lo


def up_to_cut(m: Mention, siblings: list[Mention], hi: int, background: int | None) -> int:
    """Where ``m`` stops counting its dead: at its own scene cut when another act of the
    sentence stands after it (and no earlier bound, a background event, comes first)."""
    cut = m.scene_cut
    if cut is None or m.beside_act or (background is not None and background < cut):
        return hi
    return cut if any(o.trigger.start >= cut for o in siblings) else hi


def own_scene_places(ctx: DocContext, m: Mention, siblings: list[Mention]) -> None:
    """Keep in ``m.place_names`` only the places of ``m``'s side of the sentence's cuts, for a
    death word told as an act of its own across a cut (``Mention.other_scene``)."""
    if not m.other_scene:
        return
    i = siblings.index(m)
    before = siblings[i - 1] if i > 0 else None
    lo = from_cut(before, m, m.sent.start) if before is not None else m.sent.start
    hi = m.scene_cut if m.scene_cut is not None else m.sent.end
    if (lo, hi) == (m.sent.start, m.sent.end):
        return
    names = {getattr(p.value, "name", None) for p in ctx.spans_in(ctx.places, lo, hi)}
    m.place_names = m.place_names & frozenset(names)


def scenes_apart(a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` are told in one sentence, one of them a death word told as an act of
    its own across a scene cut, at places apart: two events, whatever their tolls."""
    if a.sent is not b.sent or not (a.other_scene or b.other_scene):
        return False
    if a.place is None or b.place is None:
        return False
    if getattr(a.place, "name", None) == getattr(b.place, "name", None):
        return False
    km = km_between(a.place, b.place)
    return km is not None and km > SAME_PLACE_KM


def own_scene_actors(ctx: DocContext, m: Mention) -> None:
    """Drop the actors of ``m`` (a death word told as an act of its own across a scene cut)
    named outside its part of the sentence: they belong to the act at the other scene."""
    lo, hi = scene_bounds(ctx, m.sent, m.trigger.start)
    if m.actor1 is not None and not lo <= m.actor1.start < hi:
        m.actor1, m.actor1_name, m.inter1 = None, None, None
    if m.actor2 is not None and not lo <= m.actor2.start < hi:
        m.actor2, m.actor2_name, m.inter2 = None, None, None
