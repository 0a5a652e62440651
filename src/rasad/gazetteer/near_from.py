""" "بالقرب من X": the "من" of nearness is a locative as strong as "قرب".

Alone, "من" precedes any noun ("من عناصر", "من الحراك"), so a small town or a place name that
is also a common word needs more than "من" before it to be read as a place (stage.py's weak
leads). After a word of nearness ("بالقرب من تلعفر", "بمقربة من الرمادي", "على مقربة من
بيجي") it means "near", and the name after it is the place the act happened near, as after
"قرب". Not "مقربة/قريبة من" alone: "مصادر مقربة من الحراك" are sources close to a movement.
The words are ``near_before_min`` in resources/gazetteer/cues.yaml.
"""

from __future__ import annotations

from rasad.arabic.normalize import normalize_key
from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues, strip_proclitics

_FROM = normalize_key("من")
_ON = normalize_key("على")
_CLOSENESS = normalize_key("مقربة")  # "على مقربة من": near, only after "على"
_WINDOW = 40  # characters before the name read for "بالقرب من"


def near_from(dw: DocWords, lead: str, start: int, floor: int, cues: Cues) -> bool:
    """The weak lead ``lead`` before the name at ``start`` is the "من" of "بالقرب من"."""
    if lead != _FROM:
        return False
    ws = dw.word_start(start, floor)
    words = dw.words(max(floor, ws - _WINDOW), ws)
    if len(words) < 2 or words[-1] != _FROM:
        return False
    near = strip_proclitics(words[-2], cues.near_before_min)[1]
    if near in cues.near_before_min:
        return True
    return near == _CLOSENESS and len(words) >= 3 and strip_proclitics(words[-3], {_ON})[1] == _ON
