"""A place a relative clause that tells the act is about ("… وكذلك في درعا، التي شهدت معارك
انتهت بسيطرة الجيش الحر على قاعدة …", "في بلدة القصير حيث قتل خمسة"): the clause says what
happened there, so the place it hangs on is the act's scene, not a place the sentence named
before it (دمشق in "سقط معظمهم في دمشق وريفها، وكذلك في درعا، التي …")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from rasad.document import Span
from rasad.events.context import DocContext

# the gap between the place and the act's trigger: a relative word opening the clause, then
# words of that one clause (no comma, full stop or new line: another clause starts there)
_RELATIVE_GAP = regex.compile(r"^\s*[،,]?\s*[وف]?(?:التي|الذي|حيث)(?!\p{L})[^،,.؛;:\n\"«»]*$")
RELATIVE_REACH = 10  # words from the relative word to the trigger, in one clause


def relative_heads(ctx: DocContext, trigger: Any, places: Sequence[Span]) -> list[Span]:
    """The place right before a relative clause that holds ``trigger`` (none or one)."""
    before = [p for p in places if p.end <= trigger.start]
    if not before:
        return []
    head = before[-1]
    gap = ctx.doc.text[head.end : trigger.start]
    if not _RELATIVE_GAP.match(gap) or ctx.tokens_between(head.end, trigger.start) > RELATIVE_REACH:
        return []
    return [head]


def deaths_in_described_place(ctx: DocContext, trigger: Any) -> bool:
    """ "عشرة مدنيين قتلوا الأحد في مدينة دوما التي تشهد اشتباكات": a relative clause on the
    place where the sentence's dead fell tells what killed them; its act is the sentence's
    event with those dead, not a presupposed one (read so, the deaths vanish with it)."""
    sent = ctx.sentence(trigger.start)
    heads = relative_heads(ctx, trigger, ctx.spans_in(ctx.places, sent.start, trigger.start))
    return bool(heads) and ctx.has_cue(sent.start, heads[0].start, "death_words")
