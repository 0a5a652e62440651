"""The men a killing verb's subject killed, told before the event noun they died in.

"قتل الجيش النيجيري عشرة مسلحين في اشتباكات مع تنظيم الدولة": the verb "قتل" has the army as
its subject and "عشرة مسلحين" as its object (the count in the accusative after the subject makes
the verb active). The event noun that follows ("اشتباكات", "غارة") reads the actor nearest
before it as its subject, which here is the object: the killer would be lost and the killed
made the doer. This module finds such objects: they are the side hit. In a battle whose other
side is named after "مع", the killed men are that side's men, so they are no side of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from rasad.document import Span
from rasad.events.context import DocContext

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

# words between the subject and the actor killed: a count and its noun ("عشرة مسلحين"), a
# member noun and its preposition ("قائدا في حركة الشباب", "ثلاثة من عناصر داعش")
_OBJECT_WORDS = 4
# right after the subject these begin the subject's own phrase ("مسلحون من داعش")
_SUBJECT_PHRASE = frozenset({"من", "في", "التابع", "التابعه", "التابعين", "الموالين", "الذي"})


def killed_objects(
    ctx: DocContext,
    m: Mention,
    actors: list[Span],
    has_object: Callable[[Span], bool],
    fought_with: Callable[[DocContext, Span], bool],
) -> tuple[list[Span], list[Span]]:
    """(the actors killed as a death verb's object before the trigger, the actors kept); a
    battle's killed men are dropped from the actors kept when its foe is named after "مع"."""
    trig, sent = m.trigger, m.sent
    killed: list[Span] = []
    before = [a for a in actors if a.end <= trig.start]
    for s, o in pairwise(before):
        if not _killer(ctx, s, sent) or not has_object(s):
            continue
        if ctx.next_word(s.end) in _SUBJECT_PHRASE:
            continue  # "قتل مسلحون من داعش …": the subject's own group
        if ctx.tokens_between(s.end, o.start) > _OBJECT_WORDS:
            continue
        if ctx.in_word_prefix(o.start)[0].startswith("و"):
            continue  # "قتل الجيش والشرطة …": one more subject
        if any(s.end <= t.start and t.end <= o.start for t in ctx.triggers):
            continue
        killed.append(o)
    if not killed or m.event_type != "Battles":
        return killed, actors
    names = {_name(a) for a in killed}
    foes = [
        a for a in actors if a.start >= trig.end and _name(a) not in names and fought_with(ctx, a)
    ]
    if not foes:
        return killed, actors
    return [], [a for a in actors if all(a is not k for k in killed)]


def _killer(ctx: DocContext, actor: Span, sent: Span) -> bool:
    """The actor stands right after a killing verb ("قتل الجيش", "وقتلت القوات")."""
    word_start = ctx.in_word_prefix(actor.start)[1]
    verb = ctx.cue_before(word_start, "death_words", 1, sent.start)
    return verb is not None and ctx.tokens_between(verb.end, word_start) == 0


def _name(span: Span) -> str:
    return getattr(span.value, "canonical", None) or span.kb_id or ""
