"""Whose dead a figure counts: the side named right after it ("24 من ميليشيا الحوثي", "2 من
رجال المقاومة", "5 مدنيين"). ACLED codes an event's fatalities as the dead of every side added
up, the most conservative figure for each: two figures for the dead of different sides of one
clash are both its toll ("لقي 24 من الحوثيين مصرعهم … بينما قتل 2 من رجال المقاومة": 26),
while two figures for the same dead are rival reports, of which the lower stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.document import Span
from rasad.events.actor_roles import canonical, inter_of
from rasad.events.context import DocContext
from rasad.events.counts import bare, word_after

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

CIVILIANS = "civilians"
_SIDE_GAP = 2  # "15 من عناصر تنظيم داعش": "من" and one noun of fighters before the group


# words for soldiers and policemen: the dead of the state force a clash names
_STATE_MEN = frozenset(
    {
        "جندي",
        "جنديا",
        "جنديان",
        "جنديين",
        "جنود",
        "عسكري",
        "عسكريا",
        "عسكريان",
        "عسكريين",
        "عسكريون",
        "شرطي",
        "شرطيا",
        "شرطيان",
        "شرطيين",
        "ضابط",
        "ضابطا",
        "ضباط",
    }
)


def dead_sides(ctx: DocContext, m: Mention, nums: list[Span], end: int) -> list[str | None]:
    """The side whose dead each of ``nums`` counts (see :func:`dead_side`). Soldiers counted
    with no army named ("وقتل 3 جنود") are the state force of the mention, when only one of
    its sides is a state force that the other figures do not count already ("قتل 10 من مسلحي
    الحوثي في مواجهات مع الجيش الوطني، وقتل 3 جنود": the army's)."""
    named = [dead_side(ctx, n, end) for n in nums]
    states = {
        name
        for name, inter in ((m.actor1_name, m.inter1), (m.actor2_name, m.inter2))
        if name and inter == 1
    } - set(named)
    if len(states) != 1:
        return named
    (state,) = states
    return [
        side or (state if _counts_state_men(ctx, n) else None)
        for side, n in zip(named, nums, strict=True)
    ]


def _counts_state_men(ctx: DocContext, num: Span) -> bool:
    own = ctx.norm_of(num.start, num.end).split()  # "جنديان": the number is the noun
    return any(bare(w) in _STATE_MEN for w in (*own[-1:], word_after(ctx, num.end)))


def dead_side(ctx: DocContext, num: Span, end: int) -> str | None:
    """The side whose dead ``num`` counts: a group named right after it, with only "من" and
    nouns of fighters between ("من عناصر", "من مسلحي"), or civilians ("5 مدنيين"); None when
    the figure names no side ("5 أشخاص", "3 جنود": soldiers of whichever army)."""
    for actor in ctx.spans_in(ctx.actors, num.start, min(end, num.end + 60)):
        if actor.start < num.end:
            continue
        gap = ctx.tokens_between(num.end, actor.start)
        if gap > _SIDE_GAP:
            break
        fighters = ctx.cues_in(num.end, actor.start, "armed")
        words = ctx.words_before(actor.start, gap) if gap else []
        if sum(w != "من" for w in words) <= len(fighters):
            # civilians are one side whatever words name them ("أربعة أشخاص", "ثلاثة مدنيين")
            return CIVILIANS if inter_of(actor) == 7 else canonical(actor) or None
        break
    if ctx.cue_after(num.end, "civilians", 0, end) or ctx.has_cue(num.start, num.end, "civilians"):
        return CIVILIANS
    return None


def toll_by_side(counts: list[Mention]) -> list[int]:
    """The figures of mentions of one event, with the accounts of a single side's dead taken
    together: the lowest figure for each side, added up across sides ("لقي 24 من الحوثيين
    مصرعهم في المواجهات. وقتل 2 من رجال المقاومة فيها": 26). Accounts that name no side, or
    several, stay figures of their own (the whole toll, or a rival report of it)."""
    single: dict[str, int] = {}
    rest: list[int] = []
    for m in counts:
        if len(m.dead_sides) == 1:
            (side,) = m.dead_sides
            single[side] = min(single.get(side, m.fatalities), m.fatalities)
        else:
            rest.append(m.fatalities)
    if len(single) < 2:
        return [m.fatalities for m in counts]
    return [sum(single.values()), *rest]
