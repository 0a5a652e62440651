"""Countries an article is set in by what it names besides places: a state force ("الجيش
المصري") or a movement that fights only in its own country ("الحوثيين"). Each counts as one
vote in the place stage's country tally. Split from :mod:`rasad.gazetteer.stage`."""

from __future__ import annotations

from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues


def institution_votes(dw: DocWords, cues: Cues) -> dict[str, int]:
    """Countries whose state forces or authorities the article names ("الجيش المصري",
    "والشرطة التونسية"): each is set there as surely as by one of its places."""
    heads, adjectives = cues.institution_heads, cues.institution_countries
    out: dict[str, int] = {}
    norms = dw.norms
    for i in range(len(norms) - 1):
        iso = adjectives.get(norms[i + 1])
        if iso is not None and not out.get(iso) and _bare(norms[i]) in heads:
            out[iso] = 1
    # "قتل عشرة من الحوثيين", "عناصر هيئة تحرير الشام": a movement that fights only in its
    # own country sets the article there as its army would
    groups, not_after = cues.group_countries, cues.group_not_after
    for i, word in enumerate(norms):
        name = _unglued(word)
        iso = groups.get(name)
        if iso is None and i + 1 < len(norms):
            iso = groups.get(f"{name} {norms[i + 1]}")
        if iso is None or out.get(iso):
            continue
        if i > 0 and _bare(norms[i - 1]) in not_after:
            continue  # "كتائب حزب الله": the Iraqi namesake
        out[iso] = 1
    return out


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
