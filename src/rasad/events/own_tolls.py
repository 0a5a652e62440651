"""Two acts of one sentence, each with its own toll at its own town, are two events.

"قتل 30 شخصا في تفجيرات ضربت بغداد أمس، وقتل 20 آخرون في تفجيرات ضربت الموصل": a sentence
often joins two scenes of a day, each with its dead counted, the second in a clause of its own
(contrast_scene cuts the first act's dead there). Its acts are otherwise read as
one event (one sentence lists several places), and one toll would replace the other. ACLED
counts an event's fatalities at its location, so two acts that each count their own dead
(a number, not the 3/10 convention) at towns apart (neither a country, nor one place, nor
an area holding the other's town) stay apart, each with its toll. An act with no counted
dead of its own ("قصف على حمص أدى إلى مقتل 5"), or two places of one scene, still merge; so do
two acts with one figure ("انفجرت سيارة في سوق … وانفجرت عبوة في العاصمة مما أسفر عن مقتل
أربعة"), most often one toll told after both acts and read by each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.events.merge_scene import SAME_PLACE_KM, is_area, is_country
from rasad.geo import km_between

if TYPE_CHECKING:
    from rasad.events.arguments import Mention


def own_tolls_apart(a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` are told in one sentence, each with its own counted dead at its own
    town, away from the other's."""
    if a.sent is not b.sent:
        return False
    if not (_own_toll(a) and _own_toll(b)) or a.fatalities == b.fatalities:
        return False
    first, second = (a, b) if a.trigger.start < b.trigger.start else (b, a)
    if first.scene_cut is None or second.trigger.start < first.scene_cut:
        return False  # no clause of another scene between them: one act retold
    pa, pb = a.place, b.place
    if getattr(pa, "name", None) == getattr(pb, "name", None):
        return False
    km = km_between(pa, pb)
    if km is None or km <= SAME_PLACE_KM:
        return False
    if is_area(pa) or is_area(pb):
        return getattr(pa, "admin1", None) != getattr(pb, "admin1", None)
    return True


def _own_toll(m: Mention) -> bool:
    return (
        m.place is not None
        and m.place_explicit
        and not is_country(m.place)
        and m.deaths_counted
        and m.fatalities > 0
        and not m.deaths_updated
        and not m.deaths_superseded
    )
