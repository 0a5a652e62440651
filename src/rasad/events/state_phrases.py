"""A state named by a name of two or three words as a strike's subject.

"شنت الولايات المتحدة غارات", "إن الولايات المتحدة الأمريكية نفذت ضربات", "قصفت الولايات
المتحدة مواقع": the state's name stands for its armed forces as a one-word name does ("شنت
إسرائيل غارات"; ``default_actors._state_named_as_striker`` looks these phrases up among the
lexicon's state names). The phrase must start right after the trigger, or end right before it
(or before a verb of doing right before it) and then open its clause as a subject does: at the
sentence's start, after "أن"/"إن" or after a verb of doing ("شنت"). After a preposition or
another verb it is no subject of the strike: "القوات المدعومة من الولايات المتحدة غاراتها"
(a backer), "التحالف الذي تقوده الولايات المتحدة شن غارة" (the subject of a relative clause).
"""

from __future__ import annotations

from rasad.actors.dictionary import default_lexicon
from rasad.arabic.calendar import weekdays
from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.lexicon import CueHit

_LONGEST = 3  # words of the longest state name ("الولايات المتحدة الأمريكية")
_FILLERS = 6  # words at most between the name and the trigger ("وفرنسا وبريطانيا فجر السبت")
# time words between a subject and its noun ("شنت إسرائيل فجر اليوم غارات")
_TIME_WORDS = frozenset({"اليوم", "امس", "الليله", "فجر", "صباح", "مساء", "ليل", "ظهر", "فجرا"})
_THAT = frozenset({"ان", "بان", "لان", "وان", "فان"})  # "قال إن الولايات المتحدة قصفت"


def state_phrases(
    ctx: DocContext, trig: CueHit, sent: Span, strike_verbs: frozenset[str], *, before_only: bool
) -> list[str]:
    """Normalised phrases of two to three words that may name the trigger's subject: those
    ending right before the trigger or a strike verb before it and opening their clause,
    then (unless ``before_only``) those starting right after it."""
    word_start = ctx.in_word_prefix(trig.start)[1]
    room = ctx.tokens_between(sent.start, word_start)
    before = ctx.words_before(word_start, min(_LONGEST + 2, room)) if room else []
    out: list[str] = []
    ends = [before]
    if before and _strike_verb(before[-1], strike_verbs):
        ends.append(before[:-1])  # "الولايات المتحدة نفذت ضربات"
    for words in ends:
        for n in range(2, _LONGEST + 1):
            if len(words) == n or (len(words) > n and _opens(words[-n - 1], strike_verbs)):
                out.append(" ".join(words[-n:]))
    if not before_only:
        out += past_fillers(ctx, word_start, room, strike_verbs)
        after = ctx.words_after(trig.end, _LONGEST, sent.end)
        out += [" ".join(after[:n]) for n in range(2, _LONGEST + 1) if len(after) >= n]
    return out


def _strike_verb(word: str, strike_verbs: frozenset[str]) -> bool:
    return word in strike_verbs or (word[:1] in ("و", "ف") and word[1:] in strike_verbs)


def _opens(word: str, strike_verbs: frozenset[str]) -> bool:
    """A word after which a subject opens its clause: "أن"/"إن" or a verb of doing."""
    return word in _THAT or _strike_verb(word, strike_verbs)


def past_fillers(
    ctx: DocContext, word_start: int, room: int, strike_verbs: frozenset[str]
) -> list[str]:
    """Names of one to three words that a verb of doing opens, separated from the trigger only
    by a count, time words or states joined to them: "شنت الولايات المتحدة وفرنسا وبريطانيا
    فجر السبت ضربات", "نفذت الولايات المتحدة 22 ضربة". The verb must be there: without it a
    name before a number or a day may end another clause."""
    words = ctx.words_before(word_start, min(_LONGEST + _FILLERS + 1, room)) if room else []
    kept = list(words)
    while kept and _filler(kept[-1], strike_verbs):
        kept.pop()
    if len(kept) == len(words):
        return []  # nothing between: the caller's own reading
    out = []
    for n in range(1, _LONGEST + 1):
        if len(kept) > n and _strike_verb(kept[-n - 1], strike_verbs):
            out.append(" ".join(kept[-n:]))
    return out


def _filler(word: str, strike_verbs: frozenset[str]) -> bool:
    """A word that may stand between a strike's subject and its noun: a count or a comma, a
    time word, a weekday or another state joined with و."""
    if not word[:1].isalpha() or word in _TIME_WORDS or word in weekdays():
        return True
    return word.startswith("و") and word[1:] in default_lexicon().state_names
