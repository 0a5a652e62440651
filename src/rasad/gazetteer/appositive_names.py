"""A person's name set off by commas after the words that describe him: "قال وزير الخارجية
الألماني، هايكو ماس، إن …", "التقى السفير الإماراتي بتايلاند، عمران الشامسي، …". News names an
official by his office first and then, between commas, by his given and family name. A given
name that is also a town's (Haikou, Amran, Jos) is, there, no place: the apposition renames the
person the title described. Read by the place finder (gazetteer/stage.py)."""

from __future__ import annotations

from bisect import bisect_left

from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues
from rasad.gazetteer.person_names import describes

_COMMAS = frozenset({"\u060c", ","})
_TITLE_WINDOW = 40  # characters read before the opening comma for the person's title
_TITLE_WORDS = 4  # words before the comma among which the title or its adjective stands


def appositive_person(
    dw: DocWords, start: int, floor: int, after: tuple[str, int, int], cues: Cues
) -> bool:
    """Whether the name at ``start`` opens a two-word person's name between commas after a
    person's title: "، X Y،" where ``after`` (the word right after the name) is Y, a family name
    (no link, direction, place noun or adjective; definite only as a nisba: "الشامسي"), and the
    words before the opening comma hold a person's title ("السفير", "محافظ") or end with a
    definite nisba describing the person ("وزير الخارجية الألماني"). A list of places
    ("مرجعيون، حاصبيا، راشيا الوادي") has no title before it and no family name in it."""
    starts, norms = dw.starts, dw.norms
    i = bisect_left(starts, start)
    if i < 2 or norms[i - 1] not in _COMMAS or starts[i - 1] < floor:
        return False
    word, _, word_end = after
    k = bisect_left(starts, word_end)
    if k >= len(norms) or norms[k] not in _COMMAS:
        return False  # the apposition closes with a comma right after the family name
    if word.startswith("ال") and not word.endswith("ي"):
        return False
    if describes(word, cues):
        return False
    before = dw.words(max(floor, starts[i - 1] - _TITLE_WINDOW), starts[i - 1])[-_TITLE_WORDS:]
    if not before:
        return False
    if any(w in cues.person_titles or w in cues.official_titles for w in before):
        return True
    last = before[-1]
    return last.startswith("ال") and last.endswith("ي") and len(last) > 4
