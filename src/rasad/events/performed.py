"""A battle acted out, not fought: "صور نشرت لأطفال يمثلون معركة غاليبولي داخل مسجد", "إعادة
تمثيل معركة تاريخية", "ممثلون يجسدون معركة القادسية على المسرح".

ACLED codes acts of violence that happened. A battle word governed by a verb or a noun of
acting, re-enacting or portraying ("يمثلون", "تمثيل", "إعادة تمثيل", "يجسدون", "تجسيد") names
the battle a play, a film or a school show puts on, fought centuries ago or never: no event.
The acting word stands right before the act word, in its clause: with a word between, the
act may be another ("التمثيل بجثث القتلى" is a mutilation of the dead). The singular
"يمثل"/"تمثل" (represents: "يمثل الهجوم تصعيدا") is no acting word here: it judges an act and
is read as an evaluative copula elsewhere.
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit


def acted_out(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """An acting or re-enacting word stands right before the act word in its clause."""
    word_start = ctx.in_word_prefix(hit.start)[1]
    return ctx.cue_before(word_start, "acted_out", 0, clause[0]) is not None
