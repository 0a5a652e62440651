"""Dead referred to by a quantifier ("معظم القتلى", "أغلب ضحايا هجوم السبت") are dead told before.

"قتل 20 شخصا في تفجير … وقالت الشرطة إن أغلب ضحايا هجوم السبت من النساء", "حصيلة قتلى أمس
ارتفعت إلى 140 … وقال المرصد إن معظم القتلى سقطوا خلال اشتباكات": the death noun after "معظم",
"أغلب", "بعض", "أحد" … tells who or where some of the dead already counted were, not a death of
its own; read as unnumbered deaths it gave the sentence's act 3 more. It stands only when the
article has told a count of dead before its sentence; with none, the deaths are the only word
of them and keep the unnumbered default.
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.counts import names_people
from rasad.events.lexicon import CueHit

# words of a part or the whole of a group (normalised, without "و")
_PART_WORDS = frozenset({"معظم", "اغلب", "غالبيه", "اكثريه", "بعض", "جميع", "كل", "احد", "احدي"})
_DEAD_NOUNS = frozenset({"القتلي", "الضحايا", "ضحايا", "قتلي", "الشهداء", "شهداء"})


def referred_dead(ctx: DocContext, h: CueHit) -> bool:
    """``h`` is a death noun after a word of part ("معظم القتلى") with a count of dead told in
    an earlier sentence of the article."""
    word_start = ctx.in_word_prefix(h.start)[1]
    if ctx.norm_of(word_start, h.end).strip() not in _DEAD_NOUNS:
        return False  # "والقتلى", "للضحايا": no word of part before it
    before = ctx.words_before(word_start, 1)
    if not before or before[-1].removeprefix("و") not in _PART_WORDS:
        return False
    sent = ctx.sentence(h.start)
    for num in ctx.spans_in(ctx.numbers, 0, sent.start):
        told = ctx.sentence(num.start)
        if names_people(ctx, num) and ctx.cues_in(told.start, told.end, "death_words"):
            return True
    return False
