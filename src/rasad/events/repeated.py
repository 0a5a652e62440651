"""Acts told as a record of times ("كينيا شهدت عدة مرات مجموعة من الهجمات", "تعرضت المدينة مرارا
للقصف"): the clause counts how often such acts happened, it tells no one act of a day. A day of
its own keeps the act ("قصفت الطائرات البلدة عدة مرات الأحد": the strikes of that day)."""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.reference import own_date

# words between the trigger and "several times": "شهدت عدة مرات مجموعة من الهجمات"; further
# off the phrase tells another verb ("توعدت الفصائل مرارا بضرب … وقصفت قوات النظام سراقب")
_REACH = 4


def repeated_times(ctx: DocContext, hit: CueHit, clause: tuple[int, int]) -> bool:
    """The words by the trigger say the acts happened several times, with no day of their own
    in the clause."""
    if not (
        ctx.cue_before(hit.start, "repeated_times", _REACH, clause[0])
        or ctx.cue_after(hit.end, "repeated_times", _REACH, clause[1])
    ):
        return False
    return not own_date(ctx, hit) and not ctx.spans_in(ctx.dates, clause[0], clause[1])
