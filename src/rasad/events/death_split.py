"""Where two mentions of one sentence divide its death words: never inside "مقتل 46 عنصرا".

Death words go to the nearest mention of a sentence, the halfway point between two triggers
dividing them. A halfway point that falls between a death word and the count right next to it
("أفادت مصادر في معارك الساحل عن مقتل | 46 عنصرا في مواجهات") gives the word to one mention and
its count to the other: the first then holds an uncounted death (a few dead), the second a
number with no death word (none). A death word and its count are one statement of the dead,
so the division moves: past the count when a verb of result before the death word ties the
statement to the act before it ("قصف حلب، مما أدى لمقتل | عشرات، فيما سيطر …"), back before the
death word otherwise, the statement then opening the later act ("بينما قتل | سبعة آخرون في
التفجير الثاني", "أفادت مصادر عن مقتل | 46 عنصرا في مواجهات").
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_NEXT_TO = 1  # words between a death word and its count ("مقتل 46", "مقتل نحو 46")
# verbs of result before a death word ("أسفر عن مقتل", "مما أدى إلى مقتل"), normalised
_RESULT = frozenset(
    {"ادي", "ادت", "اسفر", "اسفرت", "خلف", "خلفت", "اوقع", "اوقعت", "تسبب", "تسببت", "اودي", "اودت"}
)


def division(ctx: DocContext, left_end: int, right_start: int) -> int:
    """The offset dividing [left_end, right_start) between the trigger ending at ``left_end``
    and the one starting at ``right_start``: the halfway point, moved off a death word and
    the count after it ("مقتل | 46")."""
    mid = (left_end + right_start) // 2
    deaths = ctx.cues_in(left_end, right_start, "death_words")
    if not deaths:
        return mid
    numbers = ctx.spans_in(ctx.numbers, left_end, right_start)
    for h in deaths:
        for num in numbers:
            if h.start < mid <= num.start and ctx.tokens_between(h.end, num.start) <= _NEXT_TO:
                return num.end if _result_of_act_before(ctx, h) else h.start
    return mid


def _result_of_act_before(ctx: DocContext, h: CueHit) -> bool:
    """A verb of result within two words before the death word ("أسفرت عن مقتل", "مما أدى
    لمقتل"): the dead are the result of the act told before."""
    words = ctx.words_before(ctx.in_word_prefix(h.start)[1], 2)
    return any(w in _RESULT or (w[:1] in ("و", "ف") and w[1:] in _RESULT) for w in words)
