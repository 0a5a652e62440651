"""The one killed beside "the others": "اغتال مجهولون الشيخ … بعبوة أسفرت عن مقتل شخصين آخرين".

A count of dead followed by "آخرين" counts people killed besides someone the sentence has
already named as killed; when the event is the assassination of one named person, he is one
more dead (2 others + the sheikh = 3).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.counts import assassinated
from rasad.events.lexicon import CueHit

# "آخرين", "آخرون", "آخران" (normalised forms)
_OTHERS = frozenset({"اخرين", "اخرون", "اخران"})


def one_beside(ctx: DocContext, num: Span) -> int:
    """1 when ``num`` counts "others" killed after the assassination of one named person told
    before it in its sentence ("اغتال مسلحون مدير الأمن … ومقتل اثنين آخرين"), else 0."""
    sent = ctx.sentence(num.start)
    after = ctx.words_after(num.end, 2, sent.end)
    if not set(after) & _OTHERS:
        return 0
    # the assassination may be another trigger of the sentence than the mention's own
    # ("اغتال مجهولون الشيخ … بتفجير عبوة": the bombing's mention)
    for t in ctx.triggers:
        if t.start >= num.start:
            break
        if t.start >= sent.start and assassinated(ctx, _Told(t)) == 1:
            return 1
    return 0


@dataclass(frozen=True)
class _Told:
    """The one field of a mention that ``assassinated`` reads: its trigger."""

    trigger: CueHit
