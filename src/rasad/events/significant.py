"""Whether deaths told without a number were many: a "significant" word ("مجزرة", "العشرات")
in the death statement's range, unless that word counts the wounded.

ACLED codes unnumbered deaths as 10 for a significant attack and 3 for a limited one. A vague
quantity right after an injury word ("فقتلت متظاهرين وأصابت العشرات", "وإصابة العشرات") or
right before an injury noun ("وسقوط العشرات من الجرحى") tells how many were hurt, not how
many died; "مقتل وإصابة العشرات" still tells of dozens dead and hurt together. Nor does a
crowd at a funeral ("شارك المئات في تشييع جثمانه"): the mourners are no dead.
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.counts import bare
from rasad.events.lexicon import CueHit
from rasad.events.mourning import counts_mourners


def significant_deaths(ctx: DocContext, start: int, end: int) -> bool:
    """A significant word in [start, end) that does not count the wounded only."""
    return any(
        not _counts_wounded(ctx, h, start, end) and not counts_mourners(ctx, h)
        for h in ctx.cues_in(start, end, "significant_deaths")
    )


def _counts_wounded(ctx: DocContext, h: CueHit, start: int, end: int) -> bool:
    word_start = ctx.in_word_prefix(h.start)[1]
    hurt = ctx.cue_before(word_start, "injury_words", 0, start)
    if hurt is not None:
        # "مقتل وإصابة العشرات": a verbal noun of death joined right before the injury word
        # shares its complement (not "سقوط قتلى وإصابة العشرات": the dead told apart)
        hurt_start = ctx.in_word_prefix(hurt.start)[1]
        death = ctx.cue_before(hurt_start, "death_words", 0, start)
        return death is None or bare(ctx.norm_of(death.start, death.end)) not in _SHARED
    # "العشرات من الجرحى", "عشرات المصابين": the injured named right after the word (not
    # "قتلت العشرات وأصابت ألفين": a verb joined by "و" opens the next clause)
    after = ctx.cue_after(h.end, "injury_words", _NOUN_AFTER, end)
    return after is not None and not ctx.in_word_prefix(after.start)[0].startswith(("و", "ف"))


# verbal nouns of death that take the counted dead as their complement (normalised forms)
_SHARED = frozenset({"مقتل", "قتل", "استشهاد", "وفاه", "مصرع"})
_NOUN_AFTER = 2  # "العشرات من الجرحى": "من" and the noun with its article
