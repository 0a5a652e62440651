"""The role of each place in the story: event_location, origin, destination or other.

Read from the words right before the mention, after skipping place nouns ("مناطق", "حي",
"مدينة"): "نحو/إلى/باتجاه X" → destination; "من X" → origin unless "من" is partitive ("أجزاء من
X", "بالقرب من X"); "في/على/قرب X" → event_location. The ل proclitic after a motion word
("توجهوا للبادية") is a destination. A place in a list ("من اللاذقية وحلب وطرطوس") shares the
role of the first; a qualifier that only locates another place ("مخيم اليرموك جنوب دمشق",
"هجين بشرق سوريا") has role other. A country named with no preposition is usually a
government acting ("أعلنت روسيا"):
role other.
"""

from __future__ import annotations

import regex

from rasad.gazetteer.cues import Cues, has_event_word, is_list_gap, strip_proclitics, words
from rasad.gazetteer.resolve import Mention

_WINDOW = 50
_MIN = frozenset({"من"})


def _role_from_left(m: Mention, left: list[str], cues: Cues) -> str | None:
    prefix = m.extra.get("prefix", "")
    # skip place nouns between the cue and the name: "من مناطق X", "إلى مدينة X"
    i = len(left) - 1
    noun_prefix = ""
    while i >= 0:
        pre, bare = strip_proclitics(left[i], cues.place_nouns)
        if bare in cues.place_nouns or bare in cues.area_words:
            noun_prefix = pre
            i -= 1
            continue
        break
    glued = noun_prefix if i < len(left) - 1 else prefix
    word = left[i] if i >= 0 else ""
    before = left[i - 1] if i >= 1 else ""
    glued = glued.lstrip("وف")
    if glued.startswith("ل"):
        near = left[max(0, i - 3) : i + 1]
        if any(strip_proclitics(w, cues.motion)[1] in cues.motion for w in near):
            return "destination"
    if glued.startswith("ب"):
        return "event_location"
    _, bare = strip_proclitics(word, cues.destination)
    if word in cues.destination or bare in cues.destination:
        return "destination"
    if word == "من" or strip_proclitics(word, _MIN)[1] == "من":
        _, pb = strip_proclitics(before, cues.partitive)
        if before in cues.partitive or pb in cues.partitive:
            return "event_location"
        return "origin"
    _, bare = strip_proclitics(word, cues.origin)
    if word in cues.origin or bare in cues.origin:
        return "origin"
    _, bare = strip_proclitics(word, cues.event_location)
    if word in cues.event_location or bare in cues.event_location:
        return "event_location"
    return None


# "موسكو، روسيا (CNN)--", "بغداد - ": a dateline at the start of a paragraph
_DATELINE_AFTER = regex.compile(r"\s*(?:[،,]|[-–—]|\()")


def _is_dateline(m: Mention, text: str) -> bool:
    before = text[max(0, m.start - 40) : m.start - len(m.extra.get("prefix", ""))]
    if before.strip() and "\n" not in before:
        return False
    if before.strip() and before.rstrip(" \t").rsplit("\n", 1)[-1].strip():
        return False
    return bool(_DATELINE_AFTER.match(text, m.end))


def assign_roles(
    mentions: list[Mention], text: str, bounds: list[tuple[int, int]], cues: Cues
) -> None:
    """Set ``mention.extra["role"]`` for every mention (in text order)."""
    prev: Mention | None = None
    eventful: dict[int, bool] = {}
    for m in mentions:
        sent_start = bounds[m.sentence][0]
        role: str | None = None
        if m.qualifies or _is_dateline(m, text):
            role = "other"  # it only locates another place ("هجين بشرق سوريا")
        elif prev is not None and prev.sentence == m.sentence and is_list_gap(
            text[prev.end : m.start], cues, prefix=m.extra.get("prefix", "")
        ):
            role = prev.extra.get("role")
        if role is None:
            ws = int(m.extra.get("span_start", m.start))
            while ws > sent_start and text[ws - 1].isalpha():
                ws -= 1
            left = words(text[max(sent_start, ws - _WINDOW) : ws])
            role = _role_from_left(m, left, cues)
        if role is None:
            chosen = m.chosen
            role = "other" if chosen is not None and chosen.feature_code == "PCLI" else (
                "event_location"
            )
        if role == "event_location":
            if m.sentence not in eventful:
                start, end = bounds[m.sentence]
                eventful[m.sentence] = has_event_word(text[start:end], cues)
            if not eventful[m.sentence]:
                role = "other"  # nothing happens there in this sentence
        m.extra["role"] = role
        prev = m
    _coarse_to_other(mentions)


def _coarse_to_other(mentions: list[Mention]) -> None:
    """A country or governorate is not where the event happens when the same sentence names a
    finer place inside it: "قتل 3 في قصف على دوما في سوريا" locates the event at Douma."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for group in by_sentence.values():
        for m in group:
            e = m.chosen
            if e is None or m.extra.get("role") != "event_location" or e.geo_precision < 3:
                continue
            for other in group:
                f = other.chosen
                if other is m or f is None or f.geo_precision >= 3 or f.country != e.country:
                    continue
                if e.feature_code in ("PCLI", "PCLD") or (e.admin1 and f.admin1 == e.admin1):
                    m.extra["role"] = "other"
                    break

