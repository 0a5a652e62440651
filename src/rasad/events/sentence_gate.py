"""Whether a trigger's sentence holds any of a rule's literals, asked once per sentence.

A rule that reads only text inside the trigger's sentence, and finds nothing unless that text
holds one of a few literals (the needles of its :class:`~rasad.events.guards.Guarded`
patterns, or the words every match of its other patterns holds), finds nothing in a sentence
that holds none of them: one look at the sentence spares every trigger of it the rule's
clause bounds, slices and searches (most sentences tell no span of months or years).
"""

from __future__ import annotations

from typing import cast

from rasad.document import Span
from rasad.events.context import DocContext


def needle_pieces(*needles: str) -> tuple[str, ...]:
    """Each literal's longest run without whitespace: a text that holds the literal holds the
    run, and so does the normalised sentence around it, whatever spaces were collapsed in the
    slice a rule reads or joined between two of its slices."""
    return tuple(dict.fromkeys(max(n.split(), key=len) for n in needles if n.split()))


def sentence_holds(ctx: DocContext, sent: Span, name: str, pieces: tuple[str, ...]) -> bool:
    """``sent``'s normalised text holds one of ``pieces`` (kept per rule ``name`` and
    sentence: each trigger of the sentence, under each of its entries, asks)."""
    memo = cast("dict[tuple[str, int, int], bool] | None", ctx.memo.get("sentence_holds"))
    if memo is None:
        memo = {}
        ctx.memo["sentence_holds"] = memo
    key = (name, sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        norm = ctx.norm
        text = norm.text[norm.to_normalized(sent.start) : norm.to_normalized(sent.end)]
        found = False
        for piece in pieces:  # a plain loop: no generator frame per sentence and rule
            if piece in text:
                found = True
                break
        memo[key] = found
    return found
