"""A period told after a comma, at the end of a toll: "يذكر أن 3200 شخص قتلوا نتيجة الغارات
التي يشنها الطيران، منذ عام 2004".

A total covers the clause its period is told in and what follows (events/periods.py). When the
period stands last, cut from the count by a comma, the dead counted before it are still its
total: the sentence sums up the years since, it tells no one act. This holds only for a
sentence that names no day of its own ("أمس", a weekday, a date) and tells no act outright (a
verb, an indefinite act noun) before the period: "قتل خمسة جنود أمس في هجوم على حاجز، منذ …"
and "قتل ثلاثة مدنيين في غارة على البلدة، منذ …" keep their dead as an act's; the dead of "the
strikes" ("جراء الغارات") are the campaign's.
"""

from __future__ import annotations

import regex

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.presupposed import definite_noun

_OWN_DAY = regex.compile(
    r"(?<!\S)[وف]?(?:يوم\s+)?(?:ال)?(?:اليوم|امس|الليله|البارحه|صباح|مساء|فجر"
    r"|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\S)"
)


def tail_period_scope(ctx: DocContext, sent: Span, scope: int, numbers: list[Span]) -> int:
    """The start of what a period's total covers: the sentence's start when the period's clause
    (starting at ``scope``) holds none of its ``numbers`` of dead, all of them told before it,
    and nothing before it names a day of its own; ``scope`` otherwise."""
    if not numbers or any(n.start >= scope for n in numbers):
        return scope
    if ctx.tokens_between(sent.start, scope) == 0:
        return scope
    if _OWN_DAY.search(ctx.norm_of(sent.start, scope)):
        return scope
    if ctx.spans_in(ctx.dates, sent.start, scope):
        return scope
    for t in ctx.triggers:
        if not sent.start <= t.start < scope:
            continue
        if any(ctx.lex.triggers[i].casualty for i in t.sets if i in ctx.lex.triggers):
            continue  # the death word of the count itself
        if not definite_noun(ctx, t):
            return scope  # "في غارة جوية", "شنت الطائرات": an act told outright
    return sent.start
