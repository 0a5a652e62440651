"""Where a speaker is, told between the reporting verb and what is reported: "وقال المتحدث
باسم البنتاغون في واشنطن إن طائرات التحالف شنت غارات على مواقع لداعش", "أعلنت الوزارة
بالرباط أن …". The town says where the news was told, not the country of the acts reported:
it must not make the sentence's "داعش" American (read by
:meth:`rasad.actors.country_evidence.CountryHint.add_places`).

Residents and witnesses are told with their town because they saw the events there ("قال
سكان في الرمادي إن مسلحين …"): their place stays evidence of the acts' country.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from rasad.actors.speaker import SPEECH_VERBS
from rasad.arabic.normalize import normalize_key
from rasad.document import Span

# the complementiser right after the place (a comma may stand between): the report begins
_REPORT_AFTER = regex.compile(r"[ \t\u00a0]*[،,]?[ \t\u00a0]*(?:إن|أن|ان|بأن|بان)[ \t\u00a0]")
_WORD = regex.compile(r"[\p{L}\p{M}\u0640]+")
_CLAUSE_END = regex.compile(r"[.!?؟:«»\"\n]")
_REACH = 8  # words from the reporting verb to the place ("وقال المتحدث باسم وزارة الدفاع في")
# who is told with their town because they were there (normalised)
_ON_THE_SPOT = frozenset(
    normalize_key(w)
    for w in (
        "سكان السكان أهالي الأهالي شهود شاهد شهود عيان مواطن مواطنون مواطنين ناشط ناشطون "
        "ناشطين مراسل مراسلنا مراسلة سكانها"
    ).split()
)


def speaker_place_at(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is told as where a speaker is (also read by
    the gazetteer's roles: such a place is no scene of the acts reported)."""
    if _REPORT_AFTER.match(text, end) is None:
        return False
    head = text[max(0, start - 160) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    words = [normalize_key(w) for w in _WORD.findall(head[cut:])]
    if words and words[-1] in ("مدينه", "العاصمه"):
        words.pop()  # "في مدينة …", "في العاصمة …"
    # told after "في", or with "ب" on the name ("بواشنطن": the span starts after the clitic,
    # which is then the last "word" before it)
    if not words or words[-1] not in ("في", "ب"):
        return False
    window = words[-_REACH:]
    verb = next(
        (
            i
            for i in range(len(window) - 1, -1, -1)
            if window[i] in SPEECH_VERBS
            or (window[i][:1] in ("و", "ف") and window[i][1:] in SPEECH_VERBS)
        ),
        None,
    )
    if verb is None:
        return False
    between = window[verb + 1 :]
    return not any(w in _ON_THE_SPOT or w[1:] in _ON_THE_SPOT for w in between) and not any(
        w in ("ان", "بان") for w in between
    )


def speakers_places(text: str, places: Sequence[Span]) -> frozenset[int]:
    """Starts of the places told as where a speaker is ("قال المتحدث في واشنطن إن …")."""
    return frozenset(p.start for p in places if speaker_place_at(text, p.start, p.end))
