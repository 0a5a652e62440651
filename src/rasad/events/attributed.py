"""A side an act is laid to: "هجوم انتحاري نسبته مصادر أمنية أفغانية إلى تنظيم الدولة", "الهجمات
المنسوبة إلى بوكو حرام", "انفجار عزته الشرطة إلى مسلحين".

"إلى" before an actor most often names where an act went or whom it reached, a target; after a
verb of attribution (resources cues.yaml, set ``attribution_verbs``) a few words back it names
who did the act, as ACLED codes the perpetrator a report attributes the attack to.

Reports also lay whole runs of past acts to a group ("الهجمات التي جرت في العقود الفائتة ونسبت
إلى حزب الله"): only an attribution right next to the act names that act's doer.
"""

from __future__ import annotations

from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

# words from the attribution verb to "إلى": its subject ("مصادر أمنية أفغانية") at most
_REACH = 5
# words from the act to the attribution verb after it ("قصف بالهاون طاول منزلين ونسب إلى"), or
# from the act to "إلى" when the verb stands before it ("نسبت السلطات عملية الخطف إلى")
_ACT_REACH = 3
_OBJECT_REACH = 1


def attributed_to(ctx: DocContext, word_start: int, act: CueHit) -> bool:
    """The actor whose word starts at ``word_start``, right after "إلى" (past head nouns, read
    by the caller), follows a verb of attribution within a few words, and that verb lays the
    act ``act`` to it: the act stands right before the verb or between the verb and "إلى".
    An attribution further from the act tells of other acts ("الهجمات التي جرت في العقود
    الفائتة ونسبت إلى حزب الله", "نسبت الهجمات التي تقوم عليها الدعوى إلى"): a record of the
    past, not who did the act of the day."""
    triggers = ctx.lex.triggers
    if any(triggers[t].casualty for t in act.sets if t in triggers):
        return False  # "نصف القتلى نسبوا إلى القوات": a share of a toll, no act told
    lo = ctx.sentence(word_start).start
    verb = ctx.cue_before(word_start, "attribution_verbs", _REACH + 1, lo)
    if verb is None:
        return False
    if act.end <= verb.start:
        between = ctx.words_after(act.end, _ACT_REACH + 1, ctx.in_word_prefix(verb.start)[1])
        return len(between) <= _ACT_REACH
    # "إلى" and the words from the act to it
    between = ctx.words_after(act.end, _OBJECT_REACH + 2, word_start)
    return verb.end <= act.start and len(between) <= _OBJECT_REACH + 1
