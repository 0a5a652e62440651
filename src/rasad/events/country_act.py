"""An act told outright with only its country as the scene ("قتلت القوات الأمريكية قياديا
بتنظيم الدولة في غارة جوية في سوريا أمس"): kept at the country (ACLED geo-precision 3).

In the countries where news names villages, a scene given only as the country is mostly a
sign of talk about the war (analysis, a tally, a statement). The event record lowers such
events under the floor, but an act told as a main clause that opens with its verb and the
actor doing it ("قصفت مقاتلات …", "وقتلت القوات …"), or as what a source reported with the
actor right after "أن" and the act's verb just after it ("قال مسؤولون إن الطائرات الحربية
قصفت …"), with its own day and its sides named (a strike may name only its doer), is a report
of one event: ACLED codes it at the country rather than drop it for lack of a village.
"""

from __future__ import annotations

import re

from rasad.events import arguments as args
from rasad.events.context import DocContext
from rasad.events.country_part import _REPORT

# one word (with "و"/"ف" glued to it) before the actor: the verb of a verb-subject main clause
_ONE_WORD = re.compile(r"[\s\W]*(\w+)\s*")
# "أن"/"إن" that opens what a source reported
_THAT = re.compile(r"(?<!\w)[أإا]ن(?!\w)")
# most words between the actor and its verb in "إن القوات الأمريكية قصفت"
_SUBJECT_GAP = 3


def told_as_act(ctx: DocContext, m: args.Mention) -> bool:
    """``m`` is one act told outright: the sentence (or the report's "أن" clause) opens with
    its actor and its verb, its sides are named, and its own day is told."""
    strike = m.event_type == "Explosions/Remote violence"  # a strike often names no target
    if not m.actor1_name or not (m.actor2_name or strike) or m.actor_fallback:
        return False
    one_day = m.date_range is None or m.date_range[0] == m.date_range[1]
    if not m.date_explicit or m.date_said or not one_day:
        return False
    if m.hedged or m.certainty != "asserted" or m.casualty_only or m.anaphoric:
        return False
    if m.reference_only or m.denial_only or m.country_wide or m.actor1 is None:
        return False
    text, lo, hi = ctx.doc.text, m.sent.start, m.actor1.start
    that = _THAT.search(text, lo, hi)
    if that and not text[that.end() : hi].strip() and _REPORT.search(text, lo, that.start()):
        gap = ctx.tokens_between(m.actor1.end, m.trigger.start)
        return m.trigger.start >= m.actor1.end and gap <= _SUBJECT_GAP
    if hi <= lo or _ONE_WORD.fullmatch(text, lo, hi) is None:
        return False
    if lo <= m.trigger.start < hi:
        return True
    return any("death_words" in h.sets for h in ctx.cues_in(lo, hi))
