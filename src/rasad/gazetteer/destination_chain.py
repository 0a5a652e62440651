"""A place after "في" that locates the areas people went to: "نقلوا إلى مناطق تسيطر عليها
المعارضة في إدلب", "فروا إلى مخيمات في ريف حلب". The "في" belongs to the place noun after "إلى"
(areas, camps, towns), so the place is where they went (destination), not a scene. A noun of
result after "إلى" ("أدى إلى مقتل 5 في حلب") is no place noun and changes nothing; nor does
what spreads ("امتدت المعارك إلى مناطق في حلب", a scene), nor an "إلى" of no movement
("بالإضافة إلى قاعدة في X", "يسعون إلى دولة في X": ``ila_non_motion`` in cues.yaml). Read
by :mod:`.roles`."""

from __future__ import annotations

from rasad.gazetteer.cues import Cues, strip_proclitics

_REACH = 6  # words between "إلى" and "في": the place noun and a short clause about it
_SPREAD_REACH = 4  # words before "إلى" read for a verb of spreading


def _is(word: str, known: frozenset[str] | dict[str, object]) -> bool:
    return word in known or strip_proclitics(word, known)[1] in known


def destination_chain(left: list[str], i: int, cues: Cues) -> bool:
    """Whether ``left[i]`` ("في" before the place) closes "إلى <place noun> …": the first
    word after a destination cue within reach is a bare place noun, and no other locative,
    destination cue or punctuation stands between it and ``left[i]``."""
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        w = left[k]
        if not w[:1].isalpha():
            return False  # a comma or a stop: another clause
        if _is(w, cues.destination):
            noun = left[k + 1] if k + 1 < i else ""
            if (
                not noun
                or noun.startswith("ال")
                or strip_proclitics(noun, cues.place_nouns)[1] not in cues.place_nouns
            ):
                return False
            if k >= 1 and left[k - 1] in cues.ila_non_motion:
                return False  # "بالإضافة إلى قاعدة في X", "يسعون إلى دولة في X"
            return not any(_is(v, cues.spread) for v in left[max(0, k - _SPREAD_REACH) : k])
        if _is(w, cues.locative):
            return False
    return False
