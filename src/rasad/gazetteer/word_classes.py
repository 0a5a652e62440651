"""Word classes read around a place name by the places stage (:mod:`.stage`), one word at a time.

Each test reads a single normalised word against the cue lists: the place noun in construct
state before a name ("قرية X", "بحي X"; a definite noun such as "المنطقة" takes an adjective,
not a name), the words after a name that continue it ("سان …", a definite word that is no
adjective or nisba), a bare bearing ("جنوب"), a locative with its proclitics ("وفي"). They are
pure functions of (word, cues), so the stage reads most of them through ``word_table``.
"""

from __future__ import annotations

from rasad.gazetteer.cues import Cues, strip_proclitics


def name_goes_on(word: str, cues: Cues) -> bool:
    """Whether ``word`` after a name-opening word ("سان") continues that name: not "و", a
    preposition or bearing ("في", "بريف", "شرق"), a place noun or area word, or an adjective."""
    if word.startswith("و") or word in cues.place_adjectives:
        return False
    for known in (cues.locative, cues.place_nouns, cues.area_words):
        if strip_proclitics(word, known)[1] in known:
            return False
    return True


def keeps_common_word(word: str, cues: Cues) -> bool:
    """Whether a common word after ``word`` may be a place (see ``find``): after a place noun
    ("قرية الحرية"), a detached "و" or an office title (``_ends_title``). Via ``word_table``."""
    return bool(place_noun(word, cues)) or word == "و" or word in cues.official_titles or (
        word in cues.office_words
    )


def bare_locative(word: str, cues: Cues) -> str:
    """The word without the proclitics before a locative ("وفي" → "في"; read through
    ``word_table``)."""
    return strip_proclitics(word, cues.locative)[1]


def continues_name(word: str, cues: Cues) -> bool:
    """A definite word after a place name that continues the name rather than describing the
    place: not an adjective of ``place_adjectives``, a nisba ("السورية", "الدولي"), a direction, an
    area word or a place noun (read through ``word_table``: once per word)."""
    return (
        word.startswith("ال")
        and len(word) >= 5
        and word not in cues.place_adjectives
        and not word.endswith(("يه", "ي", "يين", "يون"))
        # a feminine participle: "المستهدفة", "المتضررة" describe the place
        and not (word.startswith("الم") and word.endswith("ه"))
        and word not in cues.directions
        and word not in cues.area_words
        and word not in cues.place_nouns
        and word[2:] not in cues.place_nouns
        and word not in cues.qualifier_links
    )


_NOUNS: dict[int, tuple[Cues, dict[str, str]]] = {}


def noun_table(cues: Cues) -> dict[str, str]:
    """word → its place noun ("" if none) for ``cues``: the cache of :func:`place_noun`."""
    slot = _NOUNS.get(id(cues))
    if slot is None or slot[0] is not cues:
        slot = _NOUNS[id(cues)] = (cues, {"": ""})
    return slot[1]


def place_noun(word: str, cues: Cues) -> str:
    """The place noun right before a name in construct state ("قرية X", "بحي X", "العاصمة X").

    A definite noun ("المنطقة الشرقية") is followed by an adjective, not by a name. Cached per
    word.
    """
    if not word:
        return ""
    table = noun_table(cues)
    hit = table.get(word)
    if hit is None:
        if len(table) > 50_000:
            table.clear()
            table[""] = ""
        hit = table[word] = _find_place_noun(word, cues)
    return hit


def _find_place_noun(word: str, cues: Cues) -> str:
    if word in cues.place_nouns:
        return word
    pre, w = strip_proclitics(word, cues.place_nouns)
    if w not in cues.place_nouns or pre.endswith("لل"):
        return ""
    if word[len(pre) :].startswith("ال") and not w.startswith("ال"):
        return ""  # definite: "المنطقة", "بالمدينة"
    return w


def bearing(word: str, cues: Cues) -> bool:
    """A bare bearing word ("جنوب", "وشمال"); "الجنوب" (the south) is a noun, not a bearing."""
    bare = word.lstrip("وف")
    return bare in cues.directions and not bare.startswith("ال")
