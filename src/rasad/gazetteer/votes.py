"""Countries an article is set in by what it names besides places: a state force ("الجيش
المصري") or a movement that fights only in its own country ("الحوثيين"). Each counts as one
vote in the place stage's country tally. Split from :mod:`rasad.gazetteer.stage`."""

from __future__ import annotations

from itertools import compress, islice
from operator import itemgetter

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
    groups, not_after = cues.group_countries, cues.group_not_after
    name_of = word_table(_group_name, cues).__getitem__
    tails = _name_tails(groups)
    # A movement's name ends the word that holds it (only proclitics come before it): a word
    # whose last three letters end no name is none, and one in a hundred words passes that
    # test, in C. The others never reach the table, whose new words each cost a Python call.
    candidates = (
        range(len(norms))
        if tails is None
        else compress(range(len(norms)), map(tails.__contains__, map(_LAST3, norms)))
    )
    for i in [k for k in candidates if name_of(norms[k])]:
        name = name_of(norms[i])
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


_FIRST_WORDS: list[tuple[dict[str, str], frozenset[str], frozenset[str] | None]] = []
_LAST3 = itemgetter(slice(-3, None))  # a word's last three letters, taken in C


def _first_words(groups: dict[str, str]) -> frozenset[str]:
    """The first words of the names of ``groups`` that have more than one word (kept for the
    last dict asked about: the cues are loaded once)."""
    if not _FIRST_WORDS or _FIRST_WORDS[0][0] is not groups:
        firsts = frozenset(k.split(" ", 1)[0] for k in groups if " " in k)
        words = firsts | {k for k in groups if " " not in k}
        # _unglued keeps a word's last letters: what it returns is the word's end, or "ال" and
        # at least three of its last letters. So a word _group_name names ends with the last
        # three letters of that name, if every name has three (else: no test, None).
        tails = frozenset(map(_LAST3, words)) if min(map(len, words), default=3) >= 3 else None
        _FIRST_WORDS[:] = [(groups, firsts, tails)]
    return _FIRST_WORDS[0][1]


def _name_tails(groups: dict[str, str]) -> frozenset[str] | None:
    """The last three letters of every word :func:`_group_name` can return for ``groups``, or
    None when some such word is shorter (then every word must be asked)."""
    _first_words(groups)
    return _FIRST_WORDS[0][2]


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
