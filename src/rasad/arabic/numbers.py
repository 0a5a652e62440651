"""Quantities in Arabic news: digits, number words, duals of counted nouns, vague plurals.

``find_numbers`` returns NUMBER spans (offsets into the original text) whose value is a
``Quantity``. It works on the normalised text (alef, ya, ta-marbuta, digits unified) and maps
spans back with the normaliser's offset map. One Aho-Corasick pass finds candidate words at
word starts (with their proclitics) and one regex the digit runs ("atoms"); a small state
machine then joins adjacent atoms into one number the way Arabic composes them: units
before tens with و ("خمسة وعشرون"), a count before a scale ("ثلاثة آلاف", "1.5 مليون"),
descending scales and hundreds joined with و ("ألف وخمسمائة", "مليون و200 ألف").

Word lists live in resources/numbers.yaml. What is deliberately *not* a quantity: ordinals
("الخامس", "التاسع عشر"), "الاثنين" (Monday), digits that belong to a date, a clock time or a
score ("21/5/2018", "10:30", "3-1"), digits glued to letters ("F16", "التحرير121"), and -ين
plurals that look like duals ("مدنيين"): duals are only recognised for nouns listed in the
lexicon. A digit range ("10-15", "20-30 ألف") is its lower end, marked approximate.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick
import regex

from rasad.arabic.normalize import NormText, normalize, normalize_key
from rasad.document import Span
from rasad.resources import load_yaml

_new_span = tuple.__new__  # a Span from its 5 fields without NamedTuple's Python-level __new__


@dataclass(frozen=True, slots=True)
class Quantity:
    """The value of a NUMBER span.

    ``kind`` says how the number was written: "digits", "words", "mixed" (digits and a scale
    word, "1.5 مليون"), "dual" (a counted noun in the dual, "غارتين"), "vague" (عشرات, آلاف,
    بضعة, عدة) or "percent". ``vague`` is true when ``value`` is a conventional stand-in rather
    than a number in the text; ``approx`` when a qualifier such as نحو / قرابة / أكثر من / على
    الأقل makes it approximate or a bound (the value is still the number said), or when it is
    the lower end of a range ("10-15").
    """

    value: int | float
    vague: bool = False
    kind: str = "digits"
    approx: bool = False


# Atom categories.
_UNIT, _TEEN, _TEN, _HUNDRED, _DIGITS = "unit", "teen", "ten", "hundred", "digits"
_SCALE, _SCALE2, _SCALEPL = "scale", "scale2", "scalepl"  # ألف; ألفان; آلاف
_VAGUE, _HALF, _DUAL = "vague", "half", "dual"  # عشرات; نصف; غارتين
_HEAD = "head"  # first word of 11 / 12 ("أحد عشر", "اثنتا عشرة")
_DUALC = "dualc"  # a person noun's construct dual, "عنصرا" (two only before a definite noun)
# Categories that may carry the article ("الخمسة", "العشرات", "الآلاف", "القتيلين"), units
# from 3 up only: "الاثنين" is Monday, "الخمسين" an ordinal, "المئة" part of a percentage.
_ARTICLE_OK = {_UNIT, _VAGUE, _SCALEPL, _DUAL}

# Proclitic chains allowed before a number word (normalised); the article only before the
# words that take it (see _ARTICLE_OK).
_PREFIXES = ("", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie (fast to match, longest form first).

    A space inside a word matches any run of whitespace.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [
            (r"\s+" if ch == " " else regex.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


# Characters after which a word may start besides the space. iter_bounded scans a copy of the
# text where they are spaces (a one-for-one replacement, so offsets hold), and automaton keys
# begin with a space: Aho-Corasick then reports only hits at a word start.
_BOUNDARY_CHARS = "\n(\"-/،"


Readings = tuple[tuple[str, str, Any], ...]
Hit = tuple[int, int, Readings]  # (start of the proclitic chain, end of the word, readings)


def bounded_readings(
    entries: dict[str, Any], prefixes: Callable[[str], Iterable[str]]
) -> dict[str, Readings]:
    """The keys ``" " + proclitic + word`` for each word of ``entries``, with their readings.

    ``prefixes(word)`` lists the proclitic chains allowed before that word ("" for none). A
    key's readings are ``(prefix, word, entries[word])`` tuples (one surface can read two ways:
    "واحد" is the word واحد and و + أحد).
    """
    readings: dict[str, list[tuple[str, str, Any]]] = {}
    for word, payload in entries.items():
        for pre in prefixes(word):
            readings.setdefault(" " + pre + word, []).append((pre, word, payload))
    return {key: tuple(options) for key, options in readings.items()}


def bounded_automaton(
    entries: dict[str, Any], prefixes: Callable[[str], Iterable[str]]
) -> ahocorasick.Automaton:
    """An automaton over the keys of :func:`bounded_readings`, for :func:`iter_bounded`."""
    automaton = ahocorasick.Automaton()
    for key, options in bounded_readings(entries, prefixes).items():
        automaton.add_word(key, options)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _padded(ntext: str) -> str:
    """`` " " + ntext`` with every word-boundary character a space (offsets + 1 hold)."""
    padded = " " + ntext
    for ch in _BOUNDARY_CHARS:  # str.replace is much faster than str.translate on Arabic
        if ch in padded:
            padded = padded.replace(ch, " ")
    return padded


def iter_bounded(automaton: ahocorasick.Automaton, ntext: str) -> Iterator[Hit]:
    """(start of the proclitic chain, end of the word, readings) for hits that end a word."""
    if not len(automaton):
        return
    n = len(ntext)
    for last, readings in automaton.iter(_padded(ntext)):
        end = last  # padded offset last + 1, minus the leading space
        if end < n and ntext[end].isalnum():
            continue
        pre, word, _ = readings[0]
        yield end - len(pre) - len(word), end, readings


@lru_cache(maxsize=1)
def _shared_automaton() -> ahocorasick.Automaton:
    """The number words and the date anchors in one automaton: payload (number readings, date
    readings), either possibly empty. One pass over a text serves both finders."""
    from rasad.arabic.dates import anchor_readings  # dates imports this module

    numbers, dates = lexicon().readings, anchor_readings()
    automaton = ahocorasick.Automaton()
    for key in numbers.keys() | dates.keys():
        automaton.add_word(key, (numbers.get(key, ()), dates.get(key, ())))
    if len(automaton):
        automaton.make_automaton()
    return automaton


@lru_cache(maxsize=4)
def word_hits(ntext: str) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """Number words and date anchors at word starts of normalised ``ntext``, in text order.

    Cached for the last few texts: the numbers and the dates stage read the same text.
    """
    automaton = _shared_automaton()
    if not len(automaton):
        return (), ()
    numbers: list[Hit] = []
    dates: list[Hit] = []
    n = len(ntext)
    for end, (num, dat) in automaton.iter(_padded(ntext)):
        if end < n and ntext[end].isalnum():
            continue
        if num:
            pre, word, _ = num[0]
            numbers.append((end - len(pre) - len(word), end, num))
        if dat:
            pre, word, _ = dat[0]
            dates.append((end - len(pre) - len(word), end, dat))
    return tuple(numbers), tuple(dates)


def longest_first(words: Iterable[str]) -> str:
    """A plain alternation, longest word first: for reverse-mode ``(?r)`` patterns, where a
    trie would let a shorter word that ends the same way win ("لا يقل عن" in "ما لا يقل عن").
    """
    alts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(regex.escape(p) for p in w.split(" ")) for w in alts) + ")"


def original_span(norm: NormText, text: str, nstart: int, nend: int) -> tuple[int, int]:
    """Normalised span → original span, taking in the marks the normaliser dropped at its end
    (tanween in "غداً", "عنصراً"; tatweel in "هـ")."""
    start, end = norm.to_original(nstart, nend)
    n = len(text)
    while end < n and (text[end] == "\u0640" or unicodedata.category(text[end]) == "Mn"):
        end += 1
    return start, end


def _phrases_pattern(phrases: Iterable[str]) -> str:
    return trie_pattern(sorted({normalize_key(p) for p in phrases if normalize_key(p)}))


def _phrases_reverse(phrases: Iterable[str]) -> str:
    return longest_first({normalize_key(p) for p in phrases if normalize_key(p)})


@dataclass(frozen=True, slots=True)
class _Entry:
    cat: str
    value: int
    multiplier: int = 0


class _Lexicon:
    """The loaded numbers.yaml: word → entry, and the compiled patterns (built once)."""

    def __init__(self) -> None:
        raw = load_yaml("numbers.yaml")
        words: dict[str, _Entry] = {}

        def put(spelling: str, entry: _Entry) -> None:
            words[normalize_key(spelling)] = entry

        units = {normalize_key(k): int(v) for k, v in raw["units"].items()}
        for k, v in units.items():
            put(k, _Entry(_UNIT, v))
        # 11-19 are two words, a head and عشر/عشرة, joined by the grouping below
        for k, v in raw["teen_heads"].items():
            put(k, _Entry(_HEAD, int(v)))
        for k, v in raw["tens"].items():
            put(k, _Entry(_TEN, int(v)))
        for k, v in raw["hundreds"].items():
            put(k, _Entry(_HUNDRED, int(v)))
        cat_of = {"singular": _SCALE, "dual": _SCALE2, "plural": _SCALEPL}
        for form, entries in raw["scales"].items():
            for k, v in entries.items():
                put(k, _Entry(cat_of[form], int(v)))
        for k in raw["half"]:
            put(k, _Entry(_HALF, 0))
        for k, spec in raw["vague"].items():
            put(k, _Entry(_VAGUE, int(spec["value"]), int(spec["multiplier"])))
        self.dual_nouns: dict[str, str] = {}
        for noun in raw["dual_nouns"]:
            key = normalize_key(noun)
            stem = key[:-1] + "ت" if key.endswith("ه") else key
            for ending in ("ان", "ين"):
                put(stem + ending, _Entry(_DUAL, 2))
                self.dual_nouns[stem + ending] = key
        for noun in raw.get("dual_nouns_an_only") or ():
            key = normalize_key(noun)
            put(key + "ان", _Entry(_DUAL, 2))
            self.dual_nouns[key + "ان"] = key
        for noun in raw.get("dual_nouns_construct") or ():
            key = normalize_key(noun)
            put(key + "ا", _Entry(_DUALC, 2))
            self.dual_nouns[key + "ا"] = key
        # "مرافقاه", "حارساها": the nominative dual with the pronoun of its owner
        construct = raw.get("dual_nouns_construct") or ()
        for noun in [*construct, *(raw.get("dual_nouns_possessed") or ())]:
            key = normalize_key(noun)
            for ending in ("اه", "اها"):
                put(key + ending, _Entry(_DUAL, 2))
                self.dual_nouns[key + ending] = key
        self.construct_not_before = {
            normalize_key(w) for w in raw.get("construct_dual_not_before") or ()
        }
        self.words = words
        self.units = units
        self.tens = {normalize_key(k): int(v) for k, v in raw["tens"].items()}
        heads = {k: e.value for k, e in words.items() if e.cat == _HEAD}
        heads.update({k: v for k, v in units.items() if 3 <= v <= 9})
        self.teens = {f"{h} {normalize_key(t)}": 10 + v for h, v in heads.items()
                      for t in raw["teen_tails"]}
        ords = raw["ordinals"]
        self.ordinals_masc = {normalize_key(k): int(v) for k, v in ords["masculine"].items()}
        self.ordinals_fem = {normalize_key(k): int(v) for k, v in ords["feminine"].items()}
        self.ordinal_tens = {normalize_key(k): int(v) for k, v in ords["tens"].items()}

        def prefixes(key: str) -> tuple[str, ...]:
            e = words[key]
            if e.cat in _ARTICLE_OK and not (e.cat == _UNIT and e.value < 3):
                return _PREFIXES + _ARTICLE_PREFIXES
            return _PREFIXES

        self.readings = bounded_readings({key: key for key in words}, prefixes)
        # Digit runs (the normaliser has turned every digit into ASCII); their grouping is
        # checked by _NUMBER_FORMS. A run such as "21.5.2018" or "1,2" is no count.
        self.digits_re = regex.compile(r"[0-9][0-9.,]*")
        # (?r): matched backwards from the number's start, so only the words just before it
        # are read.
        self.approx_re = regex.compile(
            rf"(?r)(?<!\w)[وف]?(?P<q>{_phrases_reverse(raw['approx_before'])})\s+"
        )
        # what the text before a number must end with (spaces stripped) for approx_re to
        # match there: the last word of a qualifier; a C-level test that spares most matches
        self.approx_ends = tuple(
            {normalize_key(p).split(" ")[-1] for p in raw["approx_before"] if normalize_key(p)}
        )
        self.approx_after_re = regex.compile(
            r"\s+(?:[\w\"]+\s+)?(?:" + _phrases_pattern(["على الأقل", "تقريبا"]) + r")(?!\w)"
        )
        self.percent_re = regex.compile(
            r"\s*(?:%|(?:" + _phrases_pattern(p for p in raw["percent_after"] if p != "%")
            + r")(?!\w))"
        )
        self.ordinal_before_re = regex.compile(
            rf"(?r)(?<!\w)[وف]?(?:{_phrases_reverse(self.ordinals_masc | self.ordinals_fem)})\s+"
        )
        self.not_numbers = {normalize_key(w) for w in raw.get("not_numbers", ())}


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The number lexicon, loaded once (rasad.arabic.dates reuses its word tables)."""
    return _Lexicon()


@dataclass(slots=True)
class _Atom:
    mstart: int  # start of the match, proclitics included (normalised offsets)
    start: int  # start of the number word itself
    end: int
    cat: str
    value: float
    multiplier: int
    waw: bool  # preceded by the conjunction و
    is_digits: bool
    approx: bool = False  # a digit range "20-30": its lower end, approximate


_NUMBER_FORMS = regex.compile(
    r"(?P<dots>[0-9]{1,3}(?:\.[0-9]{3}){2,})"  # 1.200.000 (dot-grouped thousands)
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"  # 1,200 and 1,200.5
    r"|[0-9]+\.[0-9]+"  # 1.5
)


def _parse_digits(run: str) -> float | None:
    """The value of a digit run, or None when its separators make it something else."""
    if run.isdigit():
        return float(run)
    m = _NUMBER_FORMS.fullmatch(run)
    if m is None:
        return None
    if m.group("dots"):
        return float(run.replace(".", ""))
    return float(run.replace(",", ""))


_LINKS = "/:-"
_DIGIT_CLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"})


def _touches_digits(ntext: str, i: int, step: int) -> bool:
    """Whether a "/", ":" or "-" (spaces allowed around it) links offset ``i`` to a digit.

    ``step`` -1 looks left of ``i`` (a run starting at i), +1 right (a run ending at i).
    """
    k = i if step > 0 else i - 1
    n = len(ntext)
    if 0 <= k < n and ntext[k] == " ":
        k += step
    if not (0 <= k < n and ntext[k] in "/:-"):
        return False
    k += step
    if 0 <= k < n and ntext[k] == " ":
        k += step
    return 0 <= k < n and ntext[k].isdigit()


def _digit_atom(ntext: str, m: regex.Match[str]) -> _Atom | None:
    s = m.start()
    run = m.group()
    if run[-1] in ".,":
        run = run.rstrip(".,")  # a full stop or comma after the number is punctuation
    e = s + len(run)
    value = float(run) if run.isdigit() else _parse_digits(run)
    if value is None:
        return None
    n = len(ntext)
    j = s
    before = ntext[s - 1] if s else " "
    if before.isalpha():
        # one or two clitic letters ("و60", "ب60"), else glued to a word ("التحرير121", "F16")
        while j > 0 and s - j < 3 and ntext[j - 1].isalpha():
            j -= 1
        if (j > 0 and ntext[j - 1].isalnum()) or ntext[j:s] not in _DIGIT_CLITICS:
            return None
    elif (before in _LINKS or (before == " " and s > 1 and ntext[s - 2] in _LINKS)) and (
        _touches_digits(ntext, s, -1)
    ):
        return None  # second half of a date, a clock time, a score or a range
    after = ntext[e] if e < n else " "
    approx = False
    if (after in _LINKS or (after == " " and e + 1 < n and ntext[e + 1] in _LINKS)) and (
        _touches_digits(ntext, e, 1)
    ):
        range_end = _range_end(ntext, e, value)
        if range_end is None:
            return None  # first half of a date, a clock time or a score
        e, approx = range_end, True  # "20-30 ألف": ACLED keeps the lower, conservative end
        after = ntext[e] if e < n else " "
    if "a" <= after.lower() <= "z":
        return None  # "400S"
    return _Atom(j, s, e, _DIGITS, value, 0, j < s and ntext[j] == "و", True, approx)


def _range_end(ntext: str, e: int, low: float) -> int | None:
    """End of "low-high" when the digits after the dash at ``e`` are a greater whole number
    that ends the sequence (so "2018-05-21", "10:30" and a score "3-1" are no ranges)."""
    k = e
    while k < len(ntext) and ntext[k] in " -":
        k += 1
    if ntext[e:k].count("-") != 1:
        return None
    m = k
    while m < len(ntext) and ntext[m].isdigit():
        m += 1
    if m == k or int(ntext[k:m]) <= low or _touches_digits(ntext, m, 1):
        return None
    if m < len(ntext) and (ntext[m] in ".," and m + 1 < len(ntext) and ntext[m + 1].isdigit()):
        return None
    return m


def _atoms(ntext: str, lex: _Lexicon) -> list[_Atom]:
    atoms: list[_Atom] = []
    heads = False
    words = lex.words
    for j, end, readings in word_hits(ntext)[0]:
        # Inner parts of keys hold no boundary character, so one key at most ends here; a key
        # can still read two ways: "واحد" is واحد or و + أحد (the head wins before عشر).
        pre, key, _ = readings[0]
        if len(readings) > 1:
            head_wins = _teen_tail_follows(ntext, end)
            pre, key, _ = max(
                readings, key=lambda r: (head_wins and words[r[1]].cat == _HEAD, len(r[1]))
            )
        entry = words[key]
        if pre and _listed(pre + key, lex.not_numbers):
            continue
        if entry.cat == _UNIT and entry.value == 10 and not pre and lex.ordinal_before_re.match(
            ntext, max(0, j - 12), j
        ):
            continue  # "التاسع عشر": the tail of an ordinal
        if entry.cat == _DUALC:
            # "من 70 نائبا": after a number the same spelling is the counted singular
            after_number = _NUMBER_BEFORE_RE.search(ntext, max(0, j - 24), j) or (
                atoms and not ntext[atoms[-1].end:j].strip()
            )
            if after_number or not _construct_dual(ntext, end, lex):
                continue
            entry = _Entry(_DUAL, 2)
        heads = heads or entry.cat == _HEAD
        atoms.append(_Atom(j, j + len(pre), end, entry.cat, entry.value, entry.multiplier,
                           pre.startswith("و"), False))
    for m in lex.digits_re.finditer(ntext):
        atom = _digit_atom(ntext, m)
        if atom is not None:
            atoms.append(atom)
    atoms.sort(key=lambda a: a.start)
    if not heads:
        return atoms
    # a teen head ("أحد", "اثنا") is only a number before عشر/عشرة
    out: list[_Atom] = []
    for i, a in enumerate(atoms):
        if a.cat == _HEAD:
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            if nxt is None or nxt.cat != _UNIT or nxt.value != 10 or nxt.waw or not _juxtaposed(
                ntext, a, nxt
            ):
                continue
        out.append(a)
    return out


def _construct_dual(ntext: str, end: int, lex: _Lexicon) -> bool:
    """Whether "عنصرا" ending at ``end`` is the construct dual ("عنصرا الأمن") rather than the
    indefinite accusative singular ("قتل جنديا إسرائيليا"): a definite noun must follow, and
    not a time adverb ("قتلوا جنديا اليوم")."""
    m = _NEXT_WORD_RE.match(ntext, end)
    return bool(m) and m.group(1).startswith("ال") and m.group(1) not in lex.construct_not_before


_NEXT_WORD_RE = regex.compile(r"[ \t]+(\w+)")
_NUMBER_BEFORE_RE = regex.compile(r"[0-9][0-9.,]*[ \t]+\Z")


def _qualifier_before(lex: _Lexicon, ntext: str, lo: int, start: int) -> regex.Match[str] | None:
    """``approx_re`` matched backwards from ``start`` (not before ``lo``): "نحو" in "نحو 60".
    Tried only when the text before ``start`` ends with a qualifier's last word: a number
    seldom has one, and the reverse regex costs ten times the test."""
    if not ntext[lo:start].rstrip().endswith(lex.approx_ends):
        return None
    return lex.approx_re.match(ntext, lo, start)


def _listed(surface: str, words: set[str]) -> bool:
    """``surface`` or, without a leading و / ف, its rest is one of ``words``."""
    return surface in words or (surface[0] in "وف" and surface[1:] in words)


def _may_be_percent(ntext: str, end: int) -> bool:
    """Cheap test before the percent pattern: "%" or a word starting في / بال follows."""
    return "%" in ntext[end : end + 2] or ntext[end : end + 4] in (" في ", " بال")


def _teen_tail_follows(ntext: str, end: int) -> bool:
    following = ntext[end : end + 8].split()
    return bool(following) and following[0] in ("عشر", "عشره")


def _juxtaposed(ntext: str, a: _Atom, b: _Atom) -> bool:
    """Only whitespace (at most three characters of it) separates the two atoms."""
    return 0 < b.mstart - a.end <= 3 and ntext[a.end : b.mstart].isspace()


class _Group:
    """A number being assembled from adjacent atoms (see module docstring)."""

    def __init__(self, a: _Atom) -> None:
        self.start, self.end = a.start, a.end
        self.digits, self.words = a.is_digits, not a.is_digits
        self.total = 0.0
        self.cur = 0.0
        self.flags: set[str] = set()  # which parts the current sub-scale group already has
        self.last_scale = 0
        self.after_scale = False
        self.closed = False
        self.vague = False
        self.mult = 0  # for vague words: worth in front of a scale
        self.kind_override: str | None = None
        self.approx = a.approx
        self.last: _Atom = a
        cat = a.cat
        if cat in (_UNIT, _TEEN, _TEN, _HUNDRED, _DIGITS, _HEAD):
            self.cur = a.value
            self.flags.add(cat if not (cat == _UNIT and a.value == 10) else _TEEN)
        elif cat == _SCALE:
            self.total, self.last_scale, self.after_scale = a.value, int(a.value), True
        elif cat == _SCALE2:
            self.total, self.last_scale, self.after_scale = 2 * a.value, int(a.value), True
        elif cat in (_SCALEPL, _VAGUE):
            self.vague, self.kind_override = True, "vague"
            self.cur = a.value
            self.mult = a.multiplier if cat == _VAGUE else 0
        elif cat == _DUAL:
            self.cur, self.kind_override, self.closed = 2, "dual", True

    def add(self, b: _Atom) -> bool:
        ok = self._accept(b)
        if ok:
            self.end = b.end
            self.last = b
            self.approx |= b.approx
            self.digits |= b.is_digits
            self.words |= not b.is_digits
        return ok

    def _accept(self, b: _Atom) -> bool:
        if self.kind_override == "dual":
            # "طفلين اثنين": the dual restated by the number word
            return not b.waw and b.cat == _UNIT and b.value == 2 and self.last.cat == _DUAL
        if self.vague:
            if b.waw or not self.mult:
                return False
            if b.cat == _SCALEPL:  # "عشرات الآلاف"
                self.cur, self.mult = self.mult * b.value, 0
                return True
            if b.cat == _VAGUE:  # "بضع عشرات"
                self.mult = self.mult * b.multiplier
                self.cur = self.mult
                return True
            return False
        if self.closed:
            return False
        flags = self.flags
        if not b.waw:
            if (b.cat == _UNIT and b.value == 10 and self.last.cat in (_UNIT, _HEAD)
                    and self.last.value < 10 and not flags & {_TEN, _TEEN, _DIGITS}):
                self.cur += 10  # "ثلاثة عشر", "أحد عشر"
                flags -= {_UNIT, _HEAD}
                flags.add(_TEEN)
                return True
            if b.cat in (_SCALE, _SCALEPL):
                if self.cur <= 0 or self.cur >= b.value:
                    return False
                if self.last_scale and b.value >= self.last_scale:
                    return False
                self.total += self.cur * b.value
                self.cur = 0.0
                flags.clear()
                self.last_scale, self.after_scale = int(b.value), True
                return True
            if (b.cat == _HUNDRED and b.value == 100 and self.last.cat == _UNIT
                    and 3 <= self.last.value <= 9 and self.flags == {_UNIT}):
                self.cur = self.cur * 100  # "ثلاث مئة"
                flags.clear()
                flags.add(_HUNDRED)
                return True
            return False
        if b.cat == _HALF:
            if self.after_scale and self.cur == 0:
                self.total += self.last_scale / 2
                self.closed = True
                return True
            return False
        if b.cat == _HUNDRED:
            ok = self.after_scale and not flags
        elif b.cat in (_UNIT, _TEEN, _HEAD):
            ok = (self.after_scale and not flags) or flags == {_HUNDRED}
        elif b.cat == _TEN:
            ok = not (flags & {_TEN, _TEEN, _DIGITS}) and (
                self.after_scale or _HUNDRED in flags or (_UNIT in flags and self.cur % 100 < 10)
            )
        elif b.cat == _DIGITS:
            ok = self.after_scale and not flags
        else:
            ok = False
        if not ok:
            return False
        self.cur += b.value
        flags.add(_TEEN if (b.cat == _UNIT and b.value == 10) else b.cat)
        self.after_scale = False
        return True

    def quantity(self, approx: bool, percent: bool) -> Quantity:
        value = self.total + self.cur
        out: int | float = int(value) if float(value).is_integer() else value
        if percent:
            kind = "percent"
        elif self.kind_override:
            kind = self.kind_override
        elif self.digits and self.words:
            kind = "mixed"
        else:
            kind = "digits" if self.digits else "words"
        return Quantity(out, vague=self.vague, kind=kind, approx=approx)


def find_numbers(text: str, norm: NormText | None = None) -> list[Span]:
    """NUMBER spans (original offsets, proclitics excluded) with a ``Quantity`` value each.

    Spans are sorted and do not overlap. A qualifier before the number ("نحو 60") is part of
    the span; the percent sign or "في المئة" after it too.
    """
    lex = lexicon()
    if norm is None:
        norm = normalize(text)
    ntext = norm.text
    atoms = _atoms(ntext, lex)
    may_qualify_after = "الاقل" in ntext or "تقريبا" in ntext
    spans: list[Span] = []
    last_end = 0
    i, n = 0, len(atoms)
    while i < n:
        if atoms[i].cat == _HALF:  # "نصف" alone is not a count
            i += 1
            continue
        a = atoms[i]
        i += 1
        group: _Group | None = None
        if i < n and _juxtaposed(ntext, a, atoms[i]):
            group = _Group(a)
            while i < n and _juxtaposed(ntext, atoms[i - 1], atoms[i]) and group.add(atoms[i]):
                i += 1
            start, end = group.start, group.end
        else:
            start, end = a.start, a.end  # most numbers are one atom: no group needed
        approx = group.approx if group is not None else a.approx
        q = _qualifier_before(lex, ntext, max(last_end, start - 20), start)
        if q:
            start, approx = q.start("q"), True
        elif may_qualify_after and lex.approx_after_re.match(ntext, end, end + 40):
            approx = True
        percent = False
        if a.cat not in (_VAGUE, _SCALEPL, _DUAL) and _may_be_percent(ntext, end):
            p = lex.percent_re.match(ntext, end)
            if p:
                end, percent = p.end(), True
        last_end = end
        ostart, oend = original_span(norm, text, start, end)
        if group is not None:
            value = group.quantity(approx, percent)
        else:
            value = _single_quantity(a, approx, percent)
        spans.append(_new_span(Span, (ostart, oend, "NUMBER", None, value)))
    return spans


def _single_quantity(a: _Atom, approx: bool, percent: bool) -> Quantity:
    """The Quantity of a number written as one atom (same result as a one-atom _Group)."""
    return _quantity_of(a.cat, a.value, a.is_digits, approx, percent)


@lru_cache(maxsize=4096)
def _quantity_of(cat: str, value: float, is_digits: bool, approx: bool, percent: bool) -> Quantity:
    # Quantity is immutable: equal numbers share one object
    if cat in (_SCALEPL, _VAGUE):
        return Quantity(int(value), vague=True, kind="vague", approx=approx)
    if cat == _DUAL:
        return Quantity(2, kind="dual", approx=approx)
    if cat == _SCALE2:
        value *= 2
    out: int | float = int(value) if float(value).is_integer() else value
    kind = "percent" if percent else ("digits" if is_digits else "words")
    return Quantity(out, kind=kind, approx=approx)
