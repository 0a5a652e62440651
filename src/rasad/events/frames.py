"""Reporting frames: who says what, and where they say it, is not the event.

- "وقال مصدر في الشرطة إن …", "مسؤول بالجيش": the body an unnamed source belongs to reports
  the event; it is not a side of it (ACLED: the source column, not actor1);
- "وقال في مؤتمر صحفي في أنقرة إن …", "قالت أنقرة إن …": the place between a reporting verb and
  its "أن/إن" is where (or by whom) it was said; the event is told after the complementizer.
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext

# an unnamed source and the body it belongs to; a spokesman ("المتحدث باسم الجيش") speaks
# for his side, which may well be the actor of what he announces
_SOURCE_HEADS = frozenset({"مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "ضابط", "ضباط"})
_OF = frozenset({"في", "من", "داخل", "لدي"})


def source_of(ctx: DocContext, a: Span) -> bool:
    """ "مصدر في الشرطة", "مصدر بالشرطة", "مسؤول في الجيش": the body the source speaks from,
    not a side of the event it reports (even when no SOURCE span covers the phrase)."""
    prefix, word_start = ctx.in_word_prefix(a.start)
    before = ctx.words_before(word_start, 2)
    if not before:
        return False
    if prefix.startswith("ب") and before[-1] in _SOURCE_HEADS:
        return True
    return len(before) == 2 and before[-1] in _OF and before[0] in _SOURCE_HEADS


_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
_FRAME_WORDS = 15  # a reporting verb and its complementizer stand at most this far apart


def speech_frames(ctx: DocContext, sent: Span, before: int) -> list[tuple[int, int]]:
    """Spans between a reporting verb and its "أن/إن" that end before ``before``: "وقال في
    مؤتمر صحفي في أنقرة إن …", "قالت أنقرة إن …" — where and by whom it was said, not where
    the event happened (the event is told in the clause after "أن")."""
    frames = []
    for verb in ctx.cues_in(sent.start, before, "reporting_verbs"):
        i = bisect_left(ctx.token_starts, verb.end)
        for t in ctx.tokens[i : i + _FRAME_WORDS]:
            if t.start >= before:
                break
            if (getattr(t.value, "norm", None) or "") in _COMPLEMENTIZERS:
                frames.append((verb.end, t.start))
                break
    return frames
