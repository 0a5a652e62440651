"""Counts next to a killing verb that are no dead: the killers, and animals killed.

"مسلحين اثنين قتلا تسعة أشخاص": a plural or dual killing verb with a count right after it is
active ("قَتَلا", they killed), its object the dead; a count before it is then its subject, the
killers, and adds nothing to the toll (unlike "جنديان قتلا", passive, with no object after).
"قتل 3 مدنيين و40 رأسا من الماشية": a count whose noun is an animal (the ``slaughtered_animals``
cues) counts livestock killed, no people (ACLED counts human deaths only).
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# a verb of several doers ends so (normalised): "قتلوا", "قتلا", "قتلتا", "قتلن"
_PLURAL_ENDINGS = ("وا", "تا", "ن")
_DUAL_STEMS = frozenset({"قتل", "اعدم", "ذبح"})  # "قتلا": the dual without "ت"
# hedges that may stand between the verb and its object count ("قتلوا ما لا يقل عن 5")
_HEDGES = frozenset({"ما", "لا", "يقل", "عن", "نحو", "حوالي", "قرابه", "اكثر", "من", "زهاء"})


def _several_doers(ctx: DocContext, death: CueHit) -> bool:
    words = ctx.norm_of(death.start, death.end).split()
    if len(words) != 1:
        return False
    word = words[0].removeprefix("و").removeprefix("ف")
    return word.endswith(_PLURAL_ENDINGS) or (word.endswith("ا") and word[:-1] in _DUAL_STEMS)


def killers_counted(ctx: DocContext, num: Span, death: CueHit, end: int) -> bool:
    """``num`` stands before the plural killing verb ``death`` that has a count of its own right
    after it: the count of the killers, the verb's subject."""
    if death.start < num.end or not _several_doers(ctx, death):
        return False
    for o in ctx.spans_in(ctx.numbers, death.end, min(end, death.end + 60)):
        between = ctx.norm_of(death.end, o.start).split()
        return all(w in _HEDGES for w in between) and len(between) <= 4
    return False


def counts_animals(ctx: DocContext, num: Span, end: int) -> bool:
    """The noun right after ``num`` is an animal ("40 رأسا من الماشية", "20 خروفا"); "heads"
    only with the animals named ("ثلاثين رأسا من أجسام" are men's heads)."""
    hit = ctx.cue_after(num.end, "slaughtered_animals", 0, end)
    if hit is None:
        return False
    if ctx.norm_of(hit.start, hit.end).startswith(("راس", "رووس")):
        return ctx.cue_after(hit.end, "slaughtered_animals", 1, end) is not None
    return True


def no_dead_counted(ctx: DocContext, num: Span, death: CueHit, end: int) -> bool:
    """``num``, read as counted by ``death``, counts the killers or animals, no dead."""
    return killers_counted(ctx, num, death, end) or counts_animals(ctx, num, end)
