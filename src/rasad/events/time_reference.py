"""Deaths told as the time of another act ("وعقب مقتل القائد شنت الميليشيا حملة اختطافات",
"اعتقلت الشرطة عشرة بعد مقتل شرطيين"): the death is an earlier event the act follows or
precedes, its dead are not that act's toll (ACLED codes each event's own fatalities)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.events.arguments import Mention
    from rasad.events.context import DocContext
    from rasad.events.lexicon import CueHit

# normalised prepositions of time before a verbal noun ("بعد مقتل", "إثر مقتله", "قبيل مقتله")
_TIME_PREPOSITIONS = frozenset(
    {"بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر", "اعقاب", "بعيد", "قبل", "وقبل",
     "قبيل", "وقبيل", "غداه", "عشيه"}
)
# words that may stand between the preposition and the death noun: a span of time
# ("بعد ساعات من مقتل", "بعد وقت قصير من مقتله")
_SPAN_WORDS = frozenset(
    {"ساعات", "ساعه", "ساعتين", "دقايق", "ايام", "يوم", "يومين", "وقت", "قصير", "قليل",
     "قليله", "من", "علي", "اسبوع", "اسابيع"}
)
_REACH = 4
# words that tie an act noun after the death to it as its means ("بعد مقتل خمسة في هجوم",
# "إثر مقتله بغارة"): that act is the killing itself
_MEANS = frozenset({"في", "جراء", "خلال", "اثناء", "اثر", "بسبب"})
_MEANS_REACH = 6


def told_as_time(ctx: DocContext, m: Mention, h: CueHit) -> bool:
    """The death word ``h`` is the object of a preposition of time and ``m`` is another act:
    the death dates that act and adds nothing to its toll. A mention triggered by the death
    word itself (or one inside the same phrase) keeps it."""
    word_start = ctx.in_word_prefix(h.start)[1]
    if m.trigger.start >= word_start and m.trigger.start < h.end:
        return False
    if m.event_type == "Battles":
        # "سيطرت القوات على البلدة بعد مقتل 20 مسلحا": a fight runs over time, a death told
        # as its stage ("after killing …") is one of its own dead
        return False
    if _means_of(ctx, m.trigger, h) or _referring(ctx, m.trigger):
        return False
    if ctx.in_word_prefix(h.start)[0]:
        return False  # "وبعد" glued, or "لمقتل": not a bare verbal noun after a preposition
    for word in reversed(ctx.words_before(word_start, _REACH)):
        if word in _TIME_PREPOSITIONS:
            # "…، وقبيل مصرعه كان مسؤولا": after "و" the phrase dates a new clause of its
            # own; it dates the act only when that act follows ("وعقب مقتل القائد شنت")
            return not word.startswith("و") or m.trigger.start > h.start
        if word not in _SPAN_WORDS:
            return False
    return False


def _means_of(ctx: DocContext, trigger: CueHit, h: CueHit) -> bool:
    """ "بعد مقتل خمسة في هجوم انتحاري": the act noun after the death word tells how they died,
    so its mention is the killing told as the time (its dead are its own)."""
    if trigger.start < h.end or ctx.tokens_between(h.end, trigger.start) > _MEANS_REACH:
        return False
    prefix, word_start = ctx.in_word_prefix(trigger.start)
    if prefix.endswith("ب"):
        return True
    before = ctx.words_before(word_start, 1)
    return bool(before) and before[-1] in _MEANS


def _referring(ctx: DocContext, trigger: CueHit) -> bool:
    """ "وأتت الغارات بعد مقتل تسعة مقاتلين جراء قصف": a definite act noun refers to acts told
    elsewhere, its mention is read with the scene of the death phrase beside it."""
    prefix, word_start = ctx.in_word_prefix(trigger.start)
    word = ctx.norm_of(word_start, trigger.end)
    if not word.startswith(("ال", "وال", "فال")):
        return False
    # "بالمدفعية": a definite noun after "ب" is the means of the act told here, no reference
    return not prefix.endswith(("بال", "لل", "كال"))
