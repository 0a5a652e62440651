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
from rasad.events.counts import bare

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


# words for the attackers or gunmen of an attack: the dead of its one armed group that is no
# state force ("قتل 6 من عناصر الشرطة في هجوم لمسلحين على حاجز، وقتل 4 من المهاجمين")
_ATTACKERS = frozenset(
    {
        "مهاجم",
        "مهاجما",
        "مهاجمان",
        "مهاجمين",
        "مهاجمون",
        "مسلح",
        "مسلحا",
        "مسلحان",
        "مسلحين",
        "مسلحون",
    }
)
_NON_STATE = frozenset({2, 3, 4})  # rebels, political and identity militias


def dead_sides(
    ctx: DocContext, m: Mention, nums: list[Span], end: int
) -> tuple[list[str | None], bool]:
    """The side whose dead each of ``nums`` counts (see :func:`dead_side`). Soldiers counted
    with no army named ("وقتل 3 جنود") are the state force of the mention, and attackers or
    gunmen ("وقتل 4 من المهاجمين") its armed group, when only one of its sides is of that kind
    and no other figure counts a side of that kind already: "جنديان … مقتل اثنين من القوات
    الأمنية" may well be the same two men."""
    named = [dead_side(ctx, n, end) for n in nums]
    sides = [(m.actor1_name, m.inter1), (m.actor2_name, m.inter2)]
    out = list(named)
    # whether a side was inferred: good enough to add up the figures of one sentence, not to
    # set this account apart from one told elsewhere ("جنديان" here, "اثنين من القوات الأمنية"
    # in the next sentence: perhaps the same two men)
    for words, inters in ((_STATE_MEN, {1}), (_ATTACKERS, _NON_STATE)):
        kind = {name for name, inter in sides if name and inter in inters}
        if len(kind) != 1 or kind & set(named):
            continue
        (side,) = kind
        out = [
            found or (side if _counted_noun(ctx, n, end) in words else None)
            for found, n in zip(out, nums, strict=True)
        ]
    return out, out != named


def _counted_noun(ctx: DocContext, num: Span, end: int) -> str:
    """The noun a figure counts, bare: "جنديان" itself, or the word after it ("3 جنود", "4 من
    المهاجمين")."""
    own = ctx.norm_of(num.start, num.end).split()
    if own and not own[-1][:1].isdigit() and bare(own[-1]) in _STATE_MEN | _ATTACKERS:
        return bare(own[-1])
    words = ctx.words_after(num.end, 2, end)
    if words and words[0] == "من":
        words = words[1:]
    return bare(words[0]) if words else ""


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


# nouns that count the dead of a fight with no side ("24 شخصا قتلوا في قتال"): the whole toll
_ANYONE = frozenset({"شخص", "شخصا", "اشخاص", "شخصين", "قتيل", "قتيلا", "قتلي"})


def counts_anyone(ctx: DocContext, num: Span, end: int) -> bool:
    """ "24 شخصا على الأقل قتلوا في قتال": the figure counts people of any side."""
    return _counted_noun(ctx, num, end) in _ANYONE


def toll_by_side(counts: list[Mention]) -> list[int]:
    """The figures of mentions of one event, with the accounts of a single side's dead taken
    together: the lowest figure for each side, added up across sides ("لقي 24 من الحوثيين
    مصرعهم في المواجهات. وقتل 2 من رجال المقاومة فيها": 26). Accounts that name no side, or
    several, stay figures of their own (the whole toll, or a rival report of it)."""
    wholes = [m.fatalities for m in counts if m.deaths_whole]
    if wholes:
        # "24 شخصا قتلوا في قتال" beside "قتلت قواته سبعة حوثيين": one side's dead are part of
        # the whole toll, no rival report of it
        counts = [m for m in counts if m.deaths_whole or not _part_of(m, min(wholes))]
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


def rival_figures(counts: list[Mention]) -> list[int]:
    """The rival figures of accounts ``counts`` of the same dead, precise counts before the
    stand-ins of vague words, any stated toll when none is counted."""
    return (
        toll_by_side([m for m in counts if m.deaths_counted and not m.deaths_vague])
        or toll_by_side([m for m in counts if m.deaths_counted])
        or [m.fatalities for m in counts if m.deaths_stated]
    )


def _part_of(m: Mention, whole: int) -> bool:
    """One armed side's figure no larger than the whole toll of the fight."""
    return len(m.dead_sides) == 1 and CIVILIANS not in m.dead_sides and m.fatalities <= whole
