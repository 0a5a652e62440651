"""Countries an article is set in by what it names besides places: a state force ("الجيش
المصري") or a movement that fights only in its own country ("الحوثيين"). Each counts as one
vote in the place stage's country tally. Split from :mod:`rasad.gazetteer.stage`."""

from __future__ import annotations

from itertools import compress, islice

from rasad.gazetteer.context import DocWords, word_table
from rasad.gazetteer.cues import Cues


def institution_votes(dw: DocWords, cues: Cues) -> dict[str, int]:
    """Countries whose state forces or authorities the article names ("الجيش المصري",
    "والشرطة التونسية"): each is set there as surely as by one of its places."""
    heads, adjectives = cues.institution_heads, cues.institution_countries
    out: dict[str, int] = {}
    norms = dw.norms
    # Both scans below read every word of the article, and most articles name no institution
    # and no movement: the words are first tested in C (a set test, a cached table per word
    # form), and only the few positions that hit run the rules in Python.
    if not adjectives.keys().isdisjoint(norms):
        # only the adjectives' positions, found in C (most articles that name one name few)
        is_adjective = map(adjectives.__contains__, islice(norms, 1, None))
        for i in compress(range(1, len(norms)), is_adjective):
            iso = adjectives[norms[i]]
            if not out.get(iso) and _bare(norms[i - 1]) in heads:
                out[iso] = 1
    # "قتل عشرة من الحوثيين", "عناصر هيئة تحرير الشام": a movement that fights only in its
    # own country sets the article there as its army would
    names = list(map(word_table(_group_name, cues).__getitem__, norms))
    if not any(names):
        return out
    groups, not_after = cues.group_countries, cues.group_not_after
    for i in compress(range(len(norms)), names):
        name = names[i]
        iso = groups.get(name)
        if iso is None and i + 1 < len(norms):
            iso = groups.get(f"{name} {norms[i + 1]}")
        if iso is None or out.get(iso):
            continue
        if i > 0 and _bare(norms[i - 1]) in not_after:
            continue  # "كتائب حزب الله": the Iraqi namesake
        out[iso] = 1
    return out


def _group_name(word: str, cues: Cues) -> str:
    """The movement name ``word`` may be or open, unglued ("وللحوثيين" → "الحوثيين"), or ""
    when it is no movement's name nor the first word of one."""
    name = _unglued(word)
    groups = cues.group_countries
    return name if name in groups or name in _first_words(groups) else ""


_FIRST_WORDS: list[tuple[dict[str, str], frozenset[str]]] = []


def _first_words(groups: dict[str, str]) -> frozenset[str]:
    """The first words of the names of ``groups`` that have more than one word (kept for the
    last dict asked about: the cues are loaded once)."""
    if not _FIRST_WORDS or _FIRST_WORDS[0][0] is not groups:
        firsts = frozenset(k.split(" ", 1)[0] for k in groups if " " in k)
        _FIRST_WORDS[:] = [(groups, firsts)]
    return _FIRST_WORDS[0][1]


def _unglued(word: str) -> str:
    """``word`` without a glued conjunction or preposition ("وللحوثيين" → "الحوثيين")."""
    word = _bare(word)
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if word[:1] in ("ب", "ل", "ك") and word[1:3] == "ال":
        return word[1:]
    return word


def _bare(word: str) -> str:
    """``word`` without a leading conjunction ("والشرطه" → "الشرطه")."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
