"""A count of companions killed with one person: "قتل القائد مع 3 من مرافقيه", "مقتل العميد مع
ثلاثة من أفراد حمايته" are four dead, the one the death word tells of and the three with him.

The count follows "مع" and names a group of his ("من مرافقيه", "من أفراد حمايته") or others
besides him ("العقيد …، قتل مع 13 آخرين"); the death word tells of one person (the bare verb
"قتل", "مقتل" before a singular person, or a singular pronoun, "مصرعه"); nothing between
counts, kills, wounds or names several people. Such a count is the dead's, however far the
scene words set it from the verb.
"""

from __future__ import annotations

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# death words of one person (normalised, without "و"/"ف")
_ONE_DEATH = frozenset({"قتل", "مقتل", "مصرعه", "حتفه", "مقتله", "لقي مصرعه", "لقي حتفه"})
_REACH = 20  # words from the death word to the count
_PLURAL_SETS = frozenset({"civilians", "armed", "protesters"})
# the word after the count: "من" and his group ("مع 3 من مرافقيه"), or "others" besides him
# ("قتل مع 13 آخرين"), normalised
_GROUP_OR_OTHERS = frozenset({"من", "اخرين", "اخرون"})


def with_companions(ctx: DocContext, death: CueHit, num: Span) -> bool:
    """``num`` counts people killed with the one person ``death`` tells of."""
    form = ctx.norm_of(death.start, death.end)
    if form[:1] in ("و", "ف") and form[1:] in _ONE_DEATH:
        form = form[1:]
    if form not in _ONE_DEATH or death.end > num.start:
        return False
    word_start = ctx.in_word_prefix(num.start)[1]
    if (
        ctx.words_before(word_start, 1) != ["مع"]
        or not set(ctx.words_after(num.end, 1, num.end + 40)[:1]) & _GROUP_OR_OTHERS
    ):
        return False
    sent = ctx.sentence(death.start)
    if num.start >= sent.end or ctx.tokens_between(death.end, num.start) > _REACH:
        return False
    if ctx.spans_in(ctx.numbers, death.end, word_start):
        return False
    verbs = ctx.lex.verb_keys
    if any(death.end <= t.start < word_start and t.key in verbs for t in ctx.triggers):
        return False  # another act told between
    return not any(
        "death_words" in h.sets
        or "injury_words" in h.sets
        or (h.sets & _PLURAL_SETS and "singular_victims" not in h.sets)
        for h in ctx.cues_in(death.end, word_start)
    )  # "مقتل مدنيين مع 3 من …": several dead named before, their number unknown
