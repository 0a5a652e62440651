"""The dead of one ACLED event told as the dead of its parts: "قتل 43 شخصا في التفجير الأول،
بينما قتل سبعة آخرون في التفجير الثاني" (rasad.events.another marks the second act's clause).

The parts' figures add up (one day, place, sides and type is one event: 50). A sentence that
tells the first part beside the other one tells it there, so a figure told in another sentence
with no act of its own marked ("قتلتا تسعة أشخاص على الأقل في مدينة داماتورو") counts the
whole event: a rival report of the sum, never one more part added to it (9 + 7 is nobody's
count). When the first part is told alone in a sentence of its own ("قتل أربعة في غارة على
البلدة. وفي غارة أخرى على البلدة نفسها قتل ثلاثة"), the figures with no act marked are that
part's accounts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.events.arguments import Mention


def summed_parts(
    counts: Sequence[Mention], rivals: Callable[[list[Mention]], list[int]]
) -> list[int] | None:
    """The figures for the event's dead when ``counts`` tell more than one act (else None):
    the sum of each part's lowest figure (``rivals`` gives a part's figures), and beside it
    the reports of the whole event."""
    counted = [m for m in counts if m.deaths_counted]
    acts_told = {m.other_act for m in counted}
    if len(acts_told) < 2:
        return None
    others = acts_told - {None}
    split = {m.sent.start for m in counted if m.other_act is not None}
    first = [m for m in counts if m.other_act is None] if None in acts_told else []
    told_beside = [m for m in first if m.sent.start in split]
    wholes: list[Mention] = []
    if any(m.deaths_counted for m in told_beside):
        wholes = [m for m in first if m.sent.start not in split]
        first = told_beside
    each = [rivals(first)] + [rivals([m for m in counts if m.other_act == a]) for a in others]
    total = sum(min(x) for x in each if x)
    whole = [m.fatalities for m in wholes if m.deaths_counted and not m.deaths_vague]
    return [total, *whole]
