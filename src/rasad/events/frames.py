"""Reporting frames: who says what, and where they say it, is not the event.

- "وقال مصدر في الشرطة إن …", "مسؤول بالجيش": the body an unnamed source belongs to reports
  the event; it is not a side of it (ACLED: the source column, not actor1); so is the owner
  of a news outlet ("قناة المسيرة التابعة للحوثيين");
- "وقال في مؤتمر صحفي في أنقرة إن …", "قالت أنقرة إن …": the place between a reporting verb and
  its "أن/إن" is where (or by whom) it was said; the event is told after the complementizer.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from rasad.document import Span
from rasad.events.context import DocContext, per_range
from rasad.events.speaker_kills import masculine_kills_itself

# an unnamed source and the body it belongs to; a spokesman ("المتحدث باسم الجيش") speaks
# for his side, which may well be the actor of what he announces
_SOURCE_HEADS = frozenset({"مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "ضابط", "ضباط"})
_OF = frozenset({"في", "من", "داخل", "لدي"})
_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
# an officer's rank before his name ("قال المقدم أحمد علي من الشرطة إن …"): the rank, up to
# four name words and "من/في" put the officer in the body he speaks from
_RANKS = frozenset(
    "ملازم مقدم عقيد نقيب رائد عميد رقيب مفوض الملازم المقدم العقيد النقيب الرائد العميد "
    "الرقيب المفوض".split()
)


# "قناة المسيرة التابعة للحوثيين", "وكالة الأنباء الموالية للنظام": a news outlet and the
# side it belongs to ("موقع تابع لـ" is left out: a site of a side is a target)
_OUTLETS = frozenset({"قناه", "قنوات", "وكاله", "صحيفه", "صحف", "تلفزيون", "اذاعه", "اعلام"})
_BELONGING = frozenset({"التابعه", "التابع", "المواليه", "الموالي", "المقربه", "المقرب"})


def _owned_outlet(before: list[str]) -> bool:
    """The words before a "ل"-prefixed actor are "<outlet> [name/words] التابعة"."""
    if before[-1] not in _BELONGING:
        return False
    # "وكالة" begins with و itself: try the word as it stands before taking a "و" off
    forms = {f.removeprefix("ال") for w in before[-4:-1] for f in (w, w.removeprefix("و"))}
    return bool(forms & _OUTLETS)


def source_of(ctx: DocContext, a: Span) -> bool:
    """ "مصدر في الشرطة", "مصدر بالشرطة", "مسؤول في الجيش", "المقدم فلان من الشرطة": the body
    the source speaks from, not a side of the event it reports (even when no SOURCE span covers
    the phrase)."""
    prefix, word_start = ctx.in_word_prefix(a.start)
    before = ctx.words_before(word_start, 6)
    if not before:
        return False
    if prefix.endswith("ل") and _owned_outlet(before):
        return True  # "قناة المسيرة التابعة للحوثيين": the outlet's owner speaks through it
    if prefix.startswith("ب") and before[-1] in _SOURCE_HEADS:
        return True
    if len(before) >= 2 and before[-1] in _OF and before[-2] in _SOURCE_HEADS:
        return True
    if before[-1] not in _OF and not prefix.startswith("ب"):
        return False
    # a rank and at most four name words ("الملازم أول إسلام الجبوري من الشرطة") before it,
    # and a reporting verb right before the rank (not "اعتقل النقيب فلان من الشرطة")
    i = bisect_left(ctx.token_starts, word_start)
    seen = 0
    while i > 0 and seen < 6:
        i -= 1
        form = ctx.token_norms[i] or ""
        if not form[:1].isalpha():
            continue
        seen += 1
        tok_start = ctx.token_starts[i]
        if form in _COMPLEMENTIZERS or any(x.start <= tok_start < x.end for x in ctx.actors):
            return False  # the name runs up to the rank: no clause nor other body between
        if form.lstrip("و") in _RANKS:
            floor = max(0, tok_start - 60)
            return ctx.cue_before(tok_start, "reporting_verbs", 1, floor) is not None
    return False


_FRAME_WORDS = 15  # a reporting verb and its complementizer stand at most this far apart


def speech_frames(ctx: DocContext, sent: Span, before: int) -> list[tuple[int, int]]:
    """Spans between a reporting verb and its "أن/إن" that end before ``before``: "وقال في
    مؤتمر صحفي في أنقرة إن …", "قالت أنقرة إن …" — where and by whom it was said, not where
    the event happened (the event is told in the clause after "أن")."""
    return _frames_between(ctx, sent.start, before)


@per_range("speech_frames")  # asked by a dozen rules for each trigger
def _frames_between(ctx: DocContext, start: int, before: int) -> list[tuple[int, int]]:
    frames = []
    for verb in ctx.cues_in(start, before, "reporting_verbs"):
        i = bisect_left(ctx.token_starts, verb.end)
        for k in range(i, min(i + _FRAME_WORDS, len(ctx.token_starts))):
            t_start = ctx.token_starts[k]
            if t_start >= before:
                break
            if (ctx.token_norms[k] or "") in _COMPLEMENTIZERS:
                frames.append((verb.end, t_start))
                break
    return frames


# "أعلن الجيش أنه قتل", "قالت الشرطة إنها اعتقلت": a pronoun on the complementizer (or a
# pronoun subject) tells of the speaker itself
_SELF_COMPLEMENTIZERS = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لانه"})
_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "نحن"})
# "قال الجيش إن قواته سيطرت", "أكدت الشرطة أن عناصرها اعتقلوا": a possessive on the subject
_POSSESSIVE = regex.compile(r"(?:ه|ها|هم|هما|نا)$")


def speaks_of_another(
    ctx: DocContext, sent: Span, speaker: Span, trig_start: int, *, on_civilians: bool
) -> bool:
    """The speaker's report names its own subject: "أوضحت الشرطة أن الهجوم …", "أكد المتحدث
    باسم المقاومة أن جماعة الحوثي قصفت …" — who speaks is the source of the act told after
    "أن/إن", not its doer. "أعلن الجيش أنه قتل", "قال الجيش إن قواته سيطرت" (the speaker of
    itself) and a report with no complement ("أعلنت قوات … عن سيطرتها") do not. When the
    subject is the act itself ("أعلن الجيش أن القصف على مواقع داعش أسفر …") the speaker may
    well be telling of its own act, unless the act hit civilians (``on_civilians``: "أوضحت
    الشرطة أن الهجوم على سوق …" reports another's attack)."""
    frames = [f for f in speech_frames(ctx, sent, trig_start) if speaker.end <= f[1]]
    if not frames:
        return False
    comp_at = max(hi for _lo, hi in frames)
    i = bisect_left(ctx.token_starts, comp_at)
    if (ctx.token_norms[i] or "") in _SELF_COMPLEMENTIZERS:
        return False
    starts, norms = ctx.token_starts, ctx.token_norms
    for k in range(i + 1, len(starts)):
        form = norms[k] or ""
        if not form[:1].isalpha():
            continue  # a quote or a comma
        word_end = ctx.token_ends[k]
        if starts[k] >= trig_start or any(
            t.start < word_end and starts[k] < t.end for t in ctx.triggers
        ):
            return on_civilians  # "أن القصف …", "أن الهجوم …": the act itself, doer untold
        if form in _PRONOUNS:
            return False
        word = ctx.doc.text[starts[k] : word_end]
        if not word.startswith(("ال", "وال")) and _POSSESSIVE.search(word):
            return False
        return True
    return False


# "إنها قتلت", "أنهم قتلوا": a feminine or plural pronoun on the complementizer and a verb that
# agrees with it is active ("أنه قتل" may be "it was that … were killed": speaker_kills reads
# it as active only with a masculine speaker and an armed foe named after the verb)
_AGREEING = {"انها": "ت", "بانها": "ت", "انهم": "وا", "بانهم": "وا"}


def kills_itself(ctx: DocContext, speaker: Span, trig_start: int) -> bool:
    """The trigger stands right after "إنها/أنهم" said by ``speaker`` and agrees with it:
    "قالت الشرطة إنها قتلت ثلاثة مسلحين" — the speaker did it, though a death verb's object
    would otherwise be read as its victim with no doer named."""
    k = bisect_left(ctx.token_starts, trig_start)
    if k == 0 or k >= len(ctx.token_starts) or ctx.token_starts[k] != trig_start:
        return False
    if ctx.token_starts[k - 1] < speaker.end or ctx.tokens_between(speaker.end, trig_start) > 15:
        return False
    ending = _AGREEING.get(ctx.token_norms[k - 1] or "")
    if ending is None:
        return masculine_kills_itself(ctx, speaker, k)  # "قال الجيش إنه قتل خمسة مسلحين"
    word = ctx.doc.text[trig_start : ctx.token_ends[k]]
    return word.endswith(ending)


# a colon or an opening quote after a reporting verb opens the words quoted
_QUOTE_OPENERS = regex.compile(r"[:«“\"]")


def quote_frames(ctx: DocContext, sent: Span, before: int) -> list[tuple[int, int]]:
    """Spans between a reporting verb and the quotation it opens ("وقال ترامب في تغريدة يوم
    الأحد: «…»") that end before ``before``: when and where the words were said, not told of
    the act quoted."""
    frames = []
    text = ctx.doc.text
    for verb in ctx.cues_in(sent.start, before, "reporting_verbs"):
        i = bisect_left(ctx.token_starts, verb.end)
        prev = verb.end
        for k in range(i, min(i + _FRAME_WORDS, len(ctx.token_starts))):
            t_start = ctx.token_starts[k]
            if t_start >= before or (ctx.token_norms[k] or "") in _COMPLEMENTIZERS:
                break
            opener = _QUOTE_OPENERS.search(text, prev, t_start)
            if opener is not None:
                frames.append((verb.end, opener.start()))
                break
            prev = t_start
    return frames
