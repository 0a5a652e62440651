"""Who announces a toll is its source, not the hand behind it.

A force that speaks of an act is its doer only when it tells of its own deed ("أعلن الجيش أنه
قتل", "أعلنت الحركة مسؤوليتها عن الهجوم"). Two reports name the speaker and yet leave the doer
untold, so the speaker is no actor1 of the act that follows (ACLED: it goes to the source column):

- a toll the speaker announces with no armed group among its dead: "أعلنت جماعة الحوثي عن مقتل
  ستة أشخاص في الغارات", "أعلن الجيش إصابة ثلاثة من جنوده إثر تفجير عبوة" — the airstrike and
  the bomb are another's ("أعلن الجيش مقتل عشرة مسلحين في غاراته" names the side hit: the army
  may well be the striker, and keeps it);
- a report whose clause after "أن/إن" names its own subject ("أوضحت الشرطة أن الهجوم …", read
  by :func:`rasad.events.frames.speaks_of_another`).

The pluperfect "وكان الجيش قد أعلن …" puts "قد" between the force and its reporting verb: the
force still speaks, and the earlier-actor fallback of :mod:`rasad.events.actor_roles` does not
take it as the doer when its report is one of the two above. A battle has no such reading: a
side that reports the dead of a fight is one of its sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.frames import speaks_of_another
from rasad.events.lexicon import CueHit

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

_ON_CIVILIANS = "Violence against civilians"
_TOLL_SETS = ("death_words", "injury_words")
_TOLL_REACH = 6  # words from the reporting verb to the toll it announces
_PLUPERFECT = "قد"  # "وكان الجيش قد أعلن": one word between a subject and its verb


def reports_another(ctx: DocContext, m: Mention, speaker: Span) -> bool:
    """The speaker of ``m``'s sentence reports another's act: a toll it announces, or a clause
    after "أن/إن" with a subject of its own."""
    trig_start = m.trigger.start
    if speaks_of_another(
        ctx, m.sent, speaker, trig_start, on_civilians=m.event_type == _ON_CIVILIANS
    ):
        return True
    return m.event_type != "Battles" and _announced_toll(ctx, m, speaker)


def only_reports(ctx: DocContext, m: Mention, actor: Span) -> bool:
    """``actor`` is the subject of a pluperfect reporting verb ("وكان الجيش قد أعلن …") before
    ``m``'s trigger, and what it reports is another's act (:func:`reports_another`)."""
    if m.event_type == "Battles":
        return False
    verb = _verb_after_subject(ctx, m, actor)
    return verb is not None and reports_another(ctx, m, actor)


def _verb_after_subject(ctx: DocContext, m: Mention, actor: Span) -> CueHit | None:
    """The reporting verb right after ``actor`` with "قد" between, before the trigger."""
    verb = ctx.cue_after(actor.end, "reporting_verbs", 2, m.trigger.start)
    if verb is None:
        return None
    words = ctx.words_before(ctx.in_word_prefix(verb.start)[1], 1)
    if ctx.tokens_between(actor.end, verb.start) != 1 or words != [_PLUPERFECT]:
        return None
    return verb


def _reporting_verb(ctx: DocContext, m: Mention, speaker: Span) -> CueHit | None:
    """The reporting verb whose subject ``speaker`` is: right before it ("أعلن الجيش"), right
    after it, or after "قد" ("وكان الجيش قد أعلن")."""
    sent = m.sent
    before = ctx.cue_before(speaker.start, "reporting_verbs", 1, sent.start)
    if before is not None and ctx.tokens_between(before.end, speaker.start) == 0:
        return before
    after = ctx.cue_after(speaker.end, "reporting_verbs", 1, m.trigger.start)
    if after is not None and ctx.tokens_between(speaker.end, after.start) == 0:
        return after
    return _verb_after_subject(ctx, m, speaker)


def _announced_toll(ctx: DocContext, m: Mention, speaker: Span) -> bool:
    """ "أعلنت جماعة الحوثي عن مقتل ستة أشخاص في الغارات": a death or injury word is what the
    speaker's verb announces, the trigger follows it, and no armed group is named between the
    toll and the trigger (the dead are people or the speaker's own men)."""
    trig = m.trigger
    verb = _reporting_verb(ctx, m, speaker)
    if verb is None:
        return False
    told_from = max(verb.end, speaker.end)
    if told_from >= trig.start:
        return False
    toll = _first_toll(ctx, told_from, trig.start)
    if toll is None or toll.end > trig.start or (toll.start <= trig.start < toll.end):
        return False
    if ctx.tokens_between(told_from, toll.start) > _TOLL_REACH:
        return False
    if any(a is not speaker for a in ctx.spans_in(ctx.actors, toll.end, trig.start)):
        return False  # "مقتل عشرة مسلحين من داعش في غارات": the side the toll hit is named
    if ctx.cues_in(toll.end, trig.start, "gunmen"):
        return False  # "مقتل عشرة مسلحين في غارات الجيش": armed men were hit
    # no other act between the toll and the trigger ("مقتل ستة في اشتباكات وقصف")
    return not any(
        told_from <= t.start < trig.start and not (toll.start <= t.start < toll.end)
        for t in ctx.triggers
        if t is not trig
    )


def _first_toll(ctx: DocContext, start: int, end: int) -> CueHit | None:
    """The first death or injury word in [start, end)."""
    hits = [h for s in _TOLL_SETS for h in ctx.cues_in(start, end, s)]
    return min(hits, key=lambda h: h.start) if hits else None
