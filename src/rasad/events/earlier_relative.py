"""Deaths told in a relative clause of an earlier act are not the event's own dead.

"شن مسلحون هجوما على حاجز الأحد، بعد الهجوم الذي وقع الأسبوع الماضي والذي راح ضحيته 73
شخصا": the toll stands in a relative clause (or a chain of them joined by "و") that carries a
date of its own ending before the event's date ("الأسبوع الماضي"): the clause recalls another,
earlier act, and 73 is that act's toll. The relative clause told of the event's own trigger
("الهجوم الذي وقع أمس وأسفر عن مقتل 5", its date the event's) keeps its dead. A clause dated
by an earlier year only is read by :func:`rasad.events.counted_acts.in_dated_aside`.
"""

from __future__ import annotations

import re

from rasad.events.arguments import Mention
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit
from rasad.events.referred_dead import referred_dead
from rasad.events.time_reference import told_as_time

# a relative pronoun, perhaps after "و" ("والذي راح ضحيته")
_RELATIVE = re.compile(r"(?<!\S)و?(?:التي|الذي|اللذين|اللتين|الذين|اللواتي|اللاتي)(?!\S)")
_CLAUSE_END = re.compile(r"[،,;:.()\n]")


def told_apart(ctx: DocContext, m: Mention, h: CueHit) -> bool:
    """The death word ``h`` tells no dead of ``m``'s own: it dates another act
    (:func:`told_as_time`), is told in a relative clause of an earlier act, or refers back to
    dead counted before (:func:`rasad.events.referred_dead.referred_dead`)."""
    return told_as_time(ctx, m, h) or earlier_relative(ctx, m, h) or referred_dead(ctx, h)


def earlier_relative(ctx: DocContext, m: Mention, h: CueHit) -> bool:
    """``h`` stands in a relative clause chain dated before ``m``'s date, not told of ``m``."""
    if m.date is None:
        return False
    text = ctx.doc.text
    sent = ctx.sentence(h.start)
    rels = list(_RELATIVE.finditer(text, sent.start, h.start))
    if not rels or _CLAUSE_END.search(text, rels[-1].end(), h.start):
        return False
    first = rels[-1]
    for prev in reversed(rels[:-1]):  # "الذي وقع الأسبوع الماضي والذي راح ضحيته"
        if _CLAUSE_END.search(text, prev.end(), first.start()):
            break
        first = prev
    if first.start() <= m.trigger.start < h.end:
        return False  # the event is told inside the clause
    if m.trigger.end <= first.start() and ctx.tokens_between(m.trigger.end, first.start()) == 0:
        return False  # "الهجوم الذي وقع أمس وأسفر عن مقتل 5": the clause tells of the event
    close = _CLAUSE_END.search(text, h.end, sent.end)
    hi = close.start() if close else sent.end
    return any(d.value.end < m.date for d in ctx.spans_in(ctx.dates, first.start(), hi))
