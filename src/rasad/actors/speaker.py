"""A bare force word as the speaker of a report ("وقال الجيش في بيان إن …").

News names a foreign army in full once and then lets it speak again by its head noun: "قال
الجيش الأميركي إن … وقال الجيش في بيان إن الغارات في العراق …". The army that speaks again is
the one just named, not the host country's own army the sentence's places would otherwise
give (an Iraqi army named nowhere in the article). A statement the force issued is its voice
too: "ووفقا لبيان الجيش فإن الغارات …", "قال المتحدث باسم الجيش". Outside a report's speaker
the head noun keeps the host country's force across sentences ("الجيش" in a later account of
fighting).
"""

from __future__ import annotations

import regex

from rasad.arabic.normalize import normalize_key

# past-tense reporting verbs whose subject follows them ("قال الجيش", "وأضاف الجيش")
_SPEECH_VERBS = frozenset(
    normalize_key(w)
    for w in (
        "قال أضاف أكد أعلن ذكر أوضح أفاد تابع نفى أشار كشف صرح أورد نشر اتهم زعم "
        "قالت أضافت أكدت أعلنت ذكرت أوضحت أفادت تابعت نفت أشارت كشفت صرحت أوردت نشرت"
    ).split()
)
SPEECH_VERBS = _SPEECH_VERBS  # read by rasad.actors.speaker_place
# a statement or spokesman of the force named right after ("لبيان الجيش", "باسم الجيش")
_STATEMENT_OF = frozenset(normalize_key(w) for w in "بيان لبيان ببيان وبيان باسم".split())
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\u0640]+)[ \t\u00a0]+$")
SPEAKER_REACH = 2  # sentences: the named force spoke in this or the two sentences before


def speaker_at(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a reporting verb whose subject starts there,
    or a statement ("بيان") or spokesman ("باسم") of the force named there."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    word = normalize_key(before.group(1))
    if word in _STATEMENT_OF:
        return True
    return word in _SPEECH_VERBS or (word[:1] in ("و", "ف") and word[1:] in _SPEECH_VERBS)
