"""Places inside a quoted organisation name: "أمام مقر الحزب الرئاسي، "تجمع شعب غينيا""
(the Rally of the Guinean People) names a party, not Guinea; حزب "مصر القوية" (the Strong Egypt
party) names a party, not Egypt. Left in, such a country became the scene of the stones thrown
in front of the party's seat, while the article's scene was Conakry.

A mention inside quotation marks is part of a name, and yields no place, when the quoted text
opens with an organisation noun (party, rally, movement, list, newspaper...;
``organisation_nouns`` in cues.yaml) or the quotes follow one. A quoted place after a place noun
("جبهات ” جبل صبر ”") or a quoted place alone ("في «حلب»") is untouched."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues, strip_proclitics
from rasad.gazetteer.resolve import Mention

_OPEN, _CLOSE, _EITHER = "«", "»", '"“”'
_CLOSERS = regex.compile("[" + _CLOSE + _EITHER + "]")
_DECIDING = (_CLOSE, ".", "\n", _OPEN, *_EITHER)
_REACH = 60  # characters between a quote mark and the mention inside it
_NAME_WORDS = 7  # the most words a quoted name holds ("الجبهة الديمقراطية لأمم جنوب إثيوبيا")


def drop_quoted_names(
    mentions: list[Mention], dw: DocWords, bounds: Sequence[tuple[int, int]], cues: Cues
) -> list[Mention]:
    """The mentions without those inside a quoted organisation name."""
    marks = _opening_marks(dw.text)
    if not marks:
        return mentions  # no quote mark opens anything in the text (most articles)
    return [m for m in mentions if not _in_quoted_name(m, dw, bounds, cues, marks)]


def _opening_marks(text: str) -> list[int]:
    """The offsets of the marks that may open a quote ("«" and the marks that open or close),
    in order. Found one mark at a time with ``str.find`` (a search in C for one character):
    a regex scan of the whole text for the set of marks cost some 2 % of the stage."""
    marks: list[int] = []
    for mark in _OPEN + _EITHER:
        i = text.find(mark)
        while i >= 0:
            marks.append(i)
            i = text.find(mark, i + 1)
    marks.sort()
    return marks


def _in_quoted_name(
    m: Mention,
    dw: DocWords,
    bounds: Sequence[tuple[int, int]],
    cues: Cues,
    marks: Sequence[int],
) -> bool:
    """``marks``: the offsets of the text's marks that may open a quote, in order."""
    text = dw.text
    floor, ceiling = bounds[m.sentence]
    lo = m.start - _REACH  # max(floor, …) as a comparison: this runs for every mention
    if lo < floor:
        lo = floor
    j = bisect_left(marks, m.start)
    if j == 0 or marks[j - 1] < lo:
        return False  # no mark that may open a quote before the mention (most mentions)
    opener = _opening_quote(text, lo, m.start, floor)
    if opener < 0:
        return False
    found = _CLOSERS.search(text, m.end, min(ceiling, m.end + _REACH))
    if found is None:
        return False
    close = found.start()
    if len(text[opener + 1 : close].split()) > _NAME_WORDS:
        return False  # a quoted sentence ("منظمة حماس تعتبر مسؤولة عن كل ما يجري في غزة")
    nouns = cues.organisation_nouns
    if strip_proclitics(dw.first_word(opener + 1, close), nouns)[1] in nouns:
        return True
    # a noun heading the quoted name is indefinite ("حزب «مصر القوية»"): "قصفت قوات
    # التحالف «نفق التواهي»" is the subject before a quoted object
    before = dw.word_before(opener, floor, 24)
    clitics, bare = strip_proclitics(before, nouns)
    definite = before[len(clitics) :].startswith("ال") or clitics.endswith("لل")
    return bare in nouns and not definite


def _opening_quote(text: str, lo: int, start: int, floor: int) -> int:
    """The offset of the quote mark opened before ``start`` and not closed by then, or -1."""
    # the nearest mark before ``start`` that decides: a closing one or a sentence's end
    # (nothing opened), an opening one, or one that opens or closes
    i = max(text.rfind(c, lo, start) for c in _DECIDING)
    if i < 0:
        return -1
    c = text[i]
    if c == _OPEN:
        return i
    if c in _EITHER:
        # an opener if an even number of such marks precede it in the sentence
        return i if sum(text.count(q, floor, i) for q in _EITHER) % 2 == 0 else -1
    return -1
