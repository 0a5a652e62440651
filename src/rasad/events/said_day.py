"""A day told between a reporting verb and the act noun it reports: "أفاد مصدر من المقاومة
اليوم الجمعة بمقتل ثمانية عشر حوثيا", "أعلن الجيش، الخميس، مقتل ثلاثة من جنوده".

The act noun is the verb's object ("أعلن … مقتل", "أفاد … بمقتل"), with no "إن/أن" for a
speech frame to end at (:func:`rasad.events.frames.speech_frames` reads those): the day after
the verb and its subject is when the news was told, as in "قال مسؤول أمس إن …". The event
keeps that day as the latest it can be (``Mention.date_said``), so an account that names the
act's own day ("اندلعت مساء أمس الخميس") is the same event, not another
(:func:`rasad.events.merge_scene.date_ok`).
"""

from __future__ import annotations

from bisect import bisect_left

from rasad.document import Span
from rasad.events.context import DocContext

VERB_REACH = 6  # words from the reporting verb to the day ("أفاد مصدر من المقاومة الشعبية")
_ACT_GAP = 1  # words from the day to the act noun (a bracket, "أمس" after the weekday)


def day_of_report(ctx: DocContext, day: Span, trigger: Span) -> bool:
    """``day`` stands between a reporting verb of its clause and the act noun ``trigger``
    that verb reports."""
    if not day.end <= trigger.start:
        return False
    lo, _hi = ctx.clause_bounds(trigger.start)
    if day.start < lo:
        return False
    # the reported act noun right after the day ("الجمعة بمقتل"); the mention's trigger is
    # that noun or told after it in its clause ("بمقتل 18 خلال الاشتباكات")
    i = bisect_left(ctx.triggers, day.end, key=lambda t: t.start)
    if i == len(ctx.triggers) or ctx.tokens_between(day.end, ctx.triggers[i].start) > _ACT_GAP:
        return False
    verb = ctx.cue_before(day.start, "reporting_verbs", VERB_REACH, lo)
    if verb is None:
        return False
    # "قال … إن … مقتل": the frame's own reading; here only an object told without one
    words = ctx.norm_of(verb.end, trigger.start).split()
    return not any(w.lstrip("وفب") in ("ان", "انه", "انها", "انهم") for w in words)
