"""Dates in Arabic news, absolute and relative to the publication date.

``find_dates(text, published)`` returns DATE spans (offsets into the original text) with a
``DateValue`` each. On the normalised text, one Aho-Corasick pass finds anchor words (month and
weekday names, Hijri months marked هـ / هجري, اليوم, أمس, الشهر, الأسبوع, منذ / قبل,
"اليومين الماضيين"...); short patterns read the words before (in reverse mode) and after each
one; numeric dates ("21/5/2018") have their own pattern. Candidates are chosen longest-first
without overlap; day-level ones then take in a clock time and a part of the day ("الثالثة فجر
الخميس", "الساعة 9 مساءً يوم الجمعة", "الأحد صباحاً").

Resolution (ACLED time_precision: 1 day, 2 week or range, 3 month):
- day and month without a year: the latest such date not after publication, or one in the
  coming month ("الماضي" forces before publication, "المقبل" after, "الجاري" this year);
- a weekday: the latest such day, publication day included ("الماضي" skips publication day,
  "المقبل" looks forward); named with اليوم / أمس ("اليوم (الاثنين)"): the latest or next such day;
- "ليلة X" is the night before X (start X-1, end X); "ليل X" and "ليل X–Y" run from X into
  the next day; precision 1;
- a month: start/end are the days covered (all, or the first/middle/last ten after مطلع /
  منتصف / نهاية), precision 3; ``DateValue.event_date`` is the one date ACLED codes.
Without a publication date, relative expressions (and day-month without a year) are skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache, partial

import regex

from rasad.arabic.calendar import (
    gregorian_months,
    hijri_month_length,
    hijri_months,
    hijri_to_gregorian,
    weekdays,
)
from rasad.arabic.day_arithmetic import (
    days as _days,
)
from rasad.arabic.day_arithmetic import (
    infer_month_year as _infer_month_year,
)
from rasad.arabic.day_arithmetic import (
    infer_year as _infer_year,
)
from rasad.arabic.day_arithmetic import (
    month_range as _month_range,
)
from rasad.arabic.day_arithmetic import (
    month_shift as _month_shift,
)
from rasad.arabic.day_arithmetic import (
    safe_date as _safe_date,
)
from rasad.arabic.day_arithmetic import (
    weekday_back as _weekday_back,
)
from rasad.arabic.normalize import NormText, normalize, normalize_key
from rasad.arabic.numbers import (
    bounded_readings,
    longest_first,
    original_span,
    trie_pattern,
    word_hits,
)
from rasad.arabic.numbers import lexicon as number_lexicon
from rasad.document import Span
from rasad.lazy_regex import LazyPattern
from rasad.resources import load_yaml

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DateValue:
    """The value of a DATE span: the days an expression covers and how precisely.

    ``start``/``end`` are the first and last day covered (equal for a single day; a night
    spans two days; a week or a month its days). ``kind`` names the expression family
    ("date", "date_range", "month", "month_start", "month_mid", "month_end", "hijri",
    "today", "relative_day", "weekday", "night", "days_ago", "week", "recent", ...).
    """

    start: dt.date
    end: dt.date
    precision: int
    part_of_day: str | None = None
    hour: int | None = None
    relative: bool = False
    kind: str = "date"

    @property
    def event_date(self) -> dt.date:
        """The single date ACLED would code for this expression."""
        if self.precision == 1:
            return self.start
        if self.precision == 2:
            return self.start + (self.end - self.start) // 2
        if self.kind.endswith("_start"):
            return self.start
        if self.kind.endswith("_end"):
            return self.end
        return self.start.replace(day=15)


# ---------------------------------------------------------------- lexicon and patterns


def _keys(words: Iterable[str] | str) -> list[str]:
    """Normalised, sorted, distinct spellings (a single string counts as one word)."""
    items = [words] if isinstance(words, str) else words
    return sorted({normalize_key(w) for w in items} - {""})


def _alt(words: Iterable[str] | str) -> str:
    return trie_pattern(_keys(words))


def _rev(words: Iterable[str] | str) -> str:
    """Alternation for reverse-mode patterns (longest first, see numbers.longest_first)."""
    return longest_first(_keys(words))


# Word start in reverse-mode patterns: nothing before, or a proclitic و / ف / ب (the caller's
# _left_ok then decides whether that proclitic may stand before this word).
_B = r"(?:(?<!\w)|(?<=(?<!\w)(?:[وف]|[وف]?ب)))"
_DAYNUM = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)(?:م(?!\w))?"


def _last_words(*groups: Iterable[str]) -> tuple[str, ...]:
    """The last word of each phrase of ``groups`` (normalised keys)."""
    return tuple(sorted({w.split(" ")[-1] for group in groups for w in group}))


def _first_words(*groups: Iterable[str]) -> tuple[str, ...]:
    """The first word of each phrase of ``groups`` (normalised keys)."""
    return tuple(sorted({w.split(" ")[0] for group in groups for w in group}))


def _starts_with(ntext: str, i: int, starts: tuple[str, ...]) -> bool:
    """Whether the text after offset ``i``, spaces skipped, starts with one of ``starts`` (also
    true when only spaces follow within 40 characters: the caller's pattern then decides)."""
    after = ntext[i : i + 40].lstrip()
    return not after or after.startswith(starts)


def _anchor_prefixes(word: str) -> tuple[str, ...]:
    """Proclitics before an anchor: و / ف, and ب before the article ("بالأمس")."""
    if word.startswith("ال"):
        return ("", "و", "ف", "ب", "وب", "فب")
    return ("", "و", "ف")


class _Tables:
    """Word tables, the anchor keys (scanned with the number words, see numbers.word_hits) and
    the context patterns (built once, lazily; each pattern compiled on its first use: a cold
    run reads one article, whose anchors need few of them).

    Reverse-mode ``(?r)`` patterns read the words just before an anchor, forward ones the
    words after it, so no pattern ever scans the whole text.
    """

    def __init__(self) -> None:
        raw = load_yaml("time_expressions.yaml")
        nums = number_lexicon()
        self.months = gregorian_months()
        self.hmonths = hijri_months()
        self.weekdays = weekdays()
        self.hints = {w: kind for kind, words in raw["hints"].items() for w in _keys(words)}
        self.reldays = {normalize_key(k): int(v) for k, v in raw["relative_days"].items()}
        self.part_of: dict[str, str] = {}
        cons, adv = [], []
        for label, forms in raw["parts_of_day"].items():
            for w in _keys(forms["construct"]):
                self.part_of[w] = label
                cons.append(w)
            for w in _keys(forms["adverb"]):
                self.part_of[w] = label
                adv.append(w)
        self.night_before = set(_keys(raw["night_before"]))
        self.late_in_night = tuple(_keys(raw["late_in_night"]))
        self.positions = {w: pos for pos, ws in raw["positions"].items() for w in _keys(ws)}
        self.ago_unit = {w: unit for unit, ws in raw["ago_units"].items() for w in _keys(ws)}
        self.ago_singular = {normalize_key(ws[0]) for ws in raw["ago_units"].values()}
        self.ago_duals = {
            k: self.ago_unit[v] for k, v in nums.dual_nouns.items()
            if v in self.ago_unit and k.endswith("ين")
        }
        self.recent = {normalize_key(k): int(v) for k, v in raw["recent_periods"].items()}
        self.after_lead = set(_keys(raw["after_span_lead"]))
        self.after_link = set(_keys(raw["after_span_link"]))
        self.day_after = set(_keys(raw["day_after"]))
        # ordinals: day of month (masculine) and clock hours (feminine)
        masc, fem = nums.ordinals_masc, nums.ordinals_fem
        self.ordday: dict[str, int] = {k: v for k, v in masc.items() if k != "الحادي"}
        for k, v in masc.items():
            if v < 10:
                self.ordday[f"{k} عشر"] = 10 + v
                for tk, tv in nums.ordinal_tens.items():
                    self.ordday[f"{k} و{tk}"] = tv + v
        self.ordday.update(nums.ordinal_tens)
        self.ordday = {k: v for k, v in self.ordday.items() if v <= 31}
        self.hourword: dict[str, int] = {k: v for k, v in fem.items() if k != "الاولي"}
        for k, v in fem.items():
            if v in (1, 2) and k not in ("الاولي", "الواحده"):
                for tail in ("عشره", "عشر"):
                    self.hourword[f"{k} {tail}"] = 10 + v
        self.counts: dict[str, int] = {**nums.units, **nums.tens, **nums.teens}
        self.today_not_after = set(_keys(raw["today_not_after"]))
        self.today_not_before = set(_keys(raw["today_not_before"]))
        self.weekday_not_after = set(_keys(raw["weekday_not_after"]))
        self.weekday_not_before = set(_keys(raw["weekday_not_before"]))
        self.ambiguous_months = set(_keys(raw["ambiguous_month_names"]))
        self.month_lead = set(_keys(raw["month_lead_words"]))

        # anchors: word → (the _Finder method that reads around it, its extra arguments)
        anchors: dict[str, tuple] = {k: ("hmonth", v) for k, v in self.hmonths.items()}
        anchors.update({k: ("month", v) for k, v in self.months.items()})
        anchors.update({k: ("weekday", v, k.startswith("ال")) for k, v in self.weekdays.items()})
        anchors.update({k: ("relday", v) for k, v in self.reldays.items()})
        anchors.update({k: ("recent", v) for k, v in self.recent.items()})
        anchors.update({k: ("ago",) for k in _keys(raw["ago_words"])})
        anchors[normalize_key(raw["today"])] = ("today",)
        anchors[normalize_key(raw["tonight"])] = ("tonight",)
        anchors.update({"الشهر": ("relmonth",), "الاسبوع": ("week",), "ساعه": ("hours",)})
        self.readings = bounded_readings(anchors, _anchor_prefixes)
        hint = _alt(self.hints)
        past = _alt(raw["hints"]["past"])
        mon = _alt(self.months)
        wd_def = _alt(k for k in self.weekdays if k.startswith("ال"))
        wd_def_rev = _rev(k for k in self.weekdays if k.startswith("ال"))
        wd_any = _alt(self.weekdays)
        pos = _rev(self.positions)
        yw = _alt(raw["year_words"])
        # only used in reverse-mode patterns
        day = rf"(?:(?P<d1>{_DAYNUM})|{_B}(?P<od>{_rev(self.ordday)}))"
        hint_after = rf"(?:\s+(?P<hint>{hint})(?!\w))?"
        self.left_month = LazyPattern(
            rf"(?r)(?:(?:{_B}(?P<wd>{wd_def_rev})\s*[,،(]?\s*(?:الموافق\s+)?)?{day}"
            rf"(?:(?:\s*-\s*|\s+و\s*|\s+(?:الي|حتي)\s+)(?P<d2>{_DAYNUM}))?"
            rf"\s*(?:من\s+)?(?:شهر\s+)?"
            rf"|{_B}(?P<pos>{pos})\s+(?:(?P<sh1>شهر)\s+)?|{_B}(?P<sh>شهر)\s+)?"
        )
        self.right_month = LazyPattern(
            rf"(?:\s*[/(-]\s*(?:{mon})(?!\w)(?:\s*\))?)?"
            rf"(?:\s*[,،]?\s*(?:من\s+)?(?:{yw}\s*)?(?P<y>{_YEAR})"
            rf"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<yrel>{hint})(?!\w))?{hint_after}"
        )
        # What the text after a month name must start with (spaces stripped) for right_month to
        # match more than nothing: a separator, a year (19xx / 20xx), من, a year word or a hint.
        self.right_month_starts = ("/", "(", "-", ",", "،", "1", "2", "من", "السنه",
                                   *_first_words(_keys(raw["year_words"]), self.hints))
        # The same for the hint after an anchor, the count and unit after منذ / قبل, and the
        # part of day or clock time after a date (right_hint, right_ago, right_ext).
        self.hint_starts = _first_words(self.hints)
        self.ago_starts = (*"0123456789", *_first_words(self.counts, self.ago_unit,
                                                       self.ago_duals))
        self.left_hijri = LazyPattern(rf"(?r)(?:{day}\s*(?:من\s+)?)?(?:شهر\s+)?")
        self.right_hijri = LazyPattern(
            rf"\s+(?:(?:من\s+)?{yw}\s+)?(?P<y>1[3-5]\d\d)\s*"
            rf"(?:{_alt(raw['hijri_markers'])})(?!\w)"
        )
        self.left_relmonth = LazyPattern(
            rf"(?r)(?:{day}\s+(?:من\s+)?|{_B}(?P<pos>{pos})\s+)?(?:{_B}(?P<this>هذا)\s+)?"
        )
        self.left_week = LazyPattern(
            rf"(?r)(?:{_B}(?P<pos>{pos})\s+)?(?:{_B}(?P<this>هذا)\s+)?"
        )
        self.right_hint = LazyPattern(hint_after)
        self.right_past = LazyPattern(rf"(?:\s+(?P<hint>{past})(?!\w))?")
        self.right_today = LazyPattern(rf"(?:\s*[,،(]?\s*(?P<wd>{wd_def})(?!\w)\)?)?")
        self.right_ago = LazyPattern(
            rf"\s+(?:(?P<n>\d{{1,3}}|{_alt(self.counts)})\s+)?"
            rf"(?P<u>{_alt(self.ago_unit)}|{_alt(self.ago_duals)})(?!\w)"
            rf"(?!\s+(?:من|علي|{wd_any})(?!\w))"
        )
        self.right_recent = LazyPattern(
            rf"(?:\s+(?:القليله|ال\d{{1,2}}))?\s+(?:{_alt(raw['recent_hints'])})(?!\w)"
        )
        self.left_hours = LazyPattern(r"(?r)(?<!\w)(?:ال)?(?P<hn>\d{1,2})\s+")
        self.left_weekday = LazyPattern(
            rf"(?r)(?:{_B}(?P<p>ليله|ليل)\s+)?(?:{_B}(?P<yawm>يوم)\s+)?"
        )
        self.right_pair = LazyPattern(
            rf"(?:\s*[-/]\s*|\s+(?:علي|الي|حتي)\s+|\s+و?)(?:يوم\s+)?(?P<wd2>{wd_def})(?!\w)"
        )
        # the normaliser has made every digit ASCII; [0-9] scans faster than \d
        self.numeric_re = LazyPattern(r"[0-9]{1,4}(?P<s>[/.-])[0-9]{1,2}(?P=s)[0-9]{2,4}")
        hourword = _alt(self.hourword)
        hourword_rev = _rev(self.hourword)
        cons_definite = _alt(k for k in cons if k.startswith("ال"))
        frac = _alt(raw["clock_fractions"])
        clock = _alt(raw["clock_word"])
        hour = (  # reverse mode, inside left_ext
            rf"(?:(?P<clock>{clock})\s+)?"
            rf"(?:(?P<hn>\d{{1,2}})(?::(?P<mm>\d\d))?|(?P<hw>{hourword_rev}))"
            rf"(?:\s+(?:{_rev(raw['clock_fractions'])}))?"
        )
        self.left_ext = LazyPattern(
            rf"(?r)(?P<h>{_B}{hour}\s+(?:(?P<hadv>{_rev(adv)})\s+)?(?:من\s+)?)?"
            rf"(?:{_B}(?P<part>{_rev(cons)})\s+(?:من\s+)?)?(?:{_B}يوم\s+)?"
        )
        # What the text before an anchor must end with (spaces stripped) for a reverse pattern
        # to match more than nothing there: the last word of each of its words and phrases, or
        # a digit. Most anchors have none of them before: a C-level test then spares the
        # reverse match, which costs ten times more.
        digits = tuple("0123456789")
        self.left_ends = digits + _last_words(
            self.ordday, self.positions, ("من", "شهر", "هذا", "يوم", "ليل", "ليله")
        )
        self.left_ext_ends = digits + _last_words(
            self.hourword, _keys(raw["clock_fractions"]), adv, cons, ("من", "يوم")
        )
        self.right_ext_starts = (",", "،", "عند", "في", "منذ", "حتي", "حوالي", "نحو", "تمام",
                                 *_first_words(adv, _keys(raw["clock_word"])))
        self.right_ext = LazyPattern(
            rf"(?:\s*[,،]?\s*(?P<adv>{_alt(adv)})(?!\w))?"
            rf"(?:\s+(?:(?:عند|في|منذ|حتي|حوالي|نحو)\s+)?(?:تمام\s+)?{clock}\s+"
            rf"(?:(?P<hn>\d{{1,2}})(?::(?P<mm>\d\d))?|(?P<hw>{hourword}))(?:\s+(?:{frac}))?"
            rf"(?:\s+(?:من\s+)?(?P<adv2>{_alt(adv)}|{cons_definite}))?"
            rf"(?!\w))?"
        )


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def anchor_readings() -> dict[str, tuple]:
    """The anchor keys (see :func:`rasad.arabic.numbers.bounded_readings`) and their readings."""
    return _tables().readings


# ---------------------------------------------------------------- resolution

_DAY = dt.timedelta(days=1)
_DAY_KINDS = frozenset({"date", "hijri", "today", "relative_day", "weekday", "night"})
_WORD_BEFORE = regex.compile(r"(?r)(\w+)\s*")
_WORD_AFTER = regex.compile(r"\s*(\w+)")
_Cand = tuple[int, int, "DateValue"]
_rel = partial(DateValue, relative=True)  # a date resolved against publication


def _key(s: str) -> str:
    return " ".join(s.split())


def _left_ok(ntext: str, start: int, core: str) -> bool:
    """``start`` begins a word, or follows a proclitic chain (و / ف, or ب before ال)."""
    j = start
    while j > 0 and start - j < 3 and ntext[j - 1].isalnum():
        j -= 1
    if j > 0 and ntext[j - 1].isalnum():
        return False
    pre = ntext[j:start]
    return pre in ("", "و", "ف") or (pre in ("ب", "وب", "فب") and core.startswith("ال"))


class _Finder:
    """Reads the expressions around each anchor of one text and resolves them."""

    def __init__(self, t: _Tables, ntext: str, pub: dt.date | None) -> None:
        self.t, self.ntext, self.pub = t, ntext, pub

    def word_before(self, i: int) -> str:
        m = _WORD_BEFORE.match(self.ntext, max(0, i - 24), i)
        return m.group(1) if m else ""

    def follows(self, i: int, words: set[str]) -> bool:
        """Whether the word before offset ``i`` (with or without و / ف) is one of ``words``."""
        w = self.word_before(i)
        return w in words or (len(w) > 2 and w[0] in "وف" and w[1:] in words)

    def word_after(self, i: int) -> str:
        m = _WORD_AFTER.match(self.ntext, i, min(len(self.ntext), i + 24))
        return m.group(1) if m else ""

    def left(self, pattern: LazyPattern, s: int, width: int = 48) -> regex.Match[str] | None:
        lo = max(0, s - width)
        if not self.ntext[lo:s].rstrip().endswith(self.t.left_ends):
            return None  # the reverse match could only be empty (see _Tables.left_ends)
        m = pattern.match(self.ntext, lo, s)
        if m is None or m.start() == s or not _left_ok(self.ntext, m.start(), m.group()):
            return None
        return m

    def _day(self, m: regex.Match[str] | None) -> int | None:
        if m is None:
            return None
        if m.group("d1"):
            return int(m.group("d1"))
        if m.group("od"):
            return self.t.ordday.get(_key(m.group("od")))
        return None

    # -- anchors; each returns candidates (start, end, DateValue) in normalised offsets

    def month(self, s: int, e: int, key: str, month: int) -> list[_Cand]:
        t, pub = self.t, self.pub
        left = self.left(t.left_month, s)
        right = None  # only an empty match when nothing listed starts the text after
        if _starts_with(self.ntext, e, t.right_month_starts):
            right = t.right_month.match(self.ntext, e)
        end = right.end() if right else e
        year: int | None = None
        hint = t.hints.get(right.group("hint") or "") if right else None
        if right and right.group("y"):
            year = int(right.group("y").rstrip("م"))
        elif right and right.group("yrel"):
            if pub is None:
                return []
            year = pub.year + {"past": -1, "future": 1}.get(t.hints[right.group("yrel")], 0)
        day = self._day(left)
        from_hint = bool(right and right.group("yrel"))  # "من العام الماضي"
        if day is not None and left is not None:
            return self._day_month(left.start(), end, day, month, year, hint, left, from_hint)
        start = left.start() if left else s
        pos = t.positions.get(left.group("pos")) if left and left.group("pos") else None
        explicit = bool(year or hint or pos or (left and (left.group("sh") or left.group("sh1"))))
        if not explicit and (key in t.ambiguous_months or not self.follows(s, t.month_lead)):
            return []
        if not _left_ok(self.ntext, start, key):
            return []
        relative = year is None or from_hint
        if year is None:
            if pub is None:
                return []
            year = _infer_month_year(month, pub, hint)
        first, last, kind = _month_range(year, month, pos)
        return [(start, end, DateValue(first, last, 3, relative=relative, kind=kind))]

    def _day_month(self, start: int, end: int, day: int, month: int, year: int | None,
                   hint: str | None, left: regex.Match[str], from_hint: bool) -> list[_Cand]:
        relative = year is None or from_hint
        if year is not None:
            first = _safe_date(year, month, day)
        elif self.pub is not None:
            first = _infer_year(month, day, self.pub, hint)
        else:
            return []
        if first is None:
            return []
        if left.group("d2"):
            last = _safe_date(first.year, month, int(left.group("d2")))
            if last is None or last <= first:
                return []
            return [(start, end, DateValue(first, last, 2, relative=relative, kind="date_range"))]
        return [(start, end, DateValue(first, first, 1, relative=relative, kind="date"))]

    def hmonth(self, s: int, e: int, key: str, month: int) -> list[_Cand]:
        right = self.t.right_hijri.match(self.ntext, e)
        if right is None:
            return []  # Hijri month names are read only with a marked Hijri year
        left = self.left(self.t.left_hijri, s)
        start = left.start() if left else s
        if not _left_ok(self.ntext, start, key):
            return []
        year, day = int(right.group("y")), self._day(left)
        try:
            if day is not None:
                d = hijri_to_gregorian(year, month, day)
                return [(start, right.end(), DateValue(d, d, 1, kind="hijri"))]
            first = hijri_to_gregorian(year, month, 1)
            last = hijri_to_gregorian(year, month, hijri_month_length(year, month))
        except (ValueError, OverflowError):
            return []
        return [(start, right.end(), DateValue(first, last, 3, kind="hijri_month"))]

    def hint_after(self, e: int) -> tuple[int, str | None]:
        """End of the optional hint word after offset ``e`` ("الماضي"...) and its kind."""
        if not _starts_with(self.ntext, e, self.t.hint_starts):
            return e, None  # no hint word can follow
        m = self.t.right_hint.match(self.ntext, e)
        if m is None or not m.group("hint"):
            return e, None
        return m.end(), self.t.hints[m.group("hint")]

    def relmonth(self, s: int, e: int, key: str) -> list[_Cand]:
        end, hint = self.hint_after(e)
        left = self.left(self.t.left_relmonth, s)
        if self.pub is None or not (hint or (left and left.group("this"))):
            return []
        year, month = _month_shift(
            self.pub.year, self.pub.month, {"past": -1, "future": 1}.get(hint or "", 0)
        )
        start = left.start() if left else s
        day = self._day(left)
        if day is not None:
            d = _safe_date(year, month, day)
            return [(start, end, _rel(d, d, 1, kind="date"))] if d else []
        pos = self.t.positions.get(left.group("pos") or "") if left else None
        first, last, kind = _month_range(year, month, pos)
        return [(start, end, _rel(first, last, 3, kind=kind))]

    def week(self, s: int, e: int, key: str) -> list[_Cand]:
        end, hint = self.hint_after(e)
        left = self.left(self.t.left_week, s)
        pub = self.pub
        if pub is None or not (hint or (left and left.group("this"))):
            return []
        # Weeks run Saturday to Friday, as in most of the Arab world.
        saturday = pub - _days((pub.isoweekday() - 6) % 7)
        saturday += _days({"past": -7, "future": 7}.get(hint or "", 0))
        pos = self.t.positions.get(left.group("pos") or "", "") if left else ""
        lo, hi = {"start": (0, 2), "mid": (2, 4), "end": (5, 6)}.get(pos, (0, 6))
        first, last = saturday + _days(lo), saturday + _days(hi)
        if hint != "future":
            last = min(last, pub)
            first = min(first, last)
        return [(left.start() if left else s, end, _rel(first, last, 2, kind="week"))]

    def _named_weekday(self, day: dt.date, e: int) -> tuple[dt.date, int]:
        """"اليوم الاثنين", "أمس الأحد": the weekday named after the word decides the day
        (the latest such day, or the next one), so an article dated late still lands right."""
        right = self.t.right_today.match(self.ntext, e)
        if right is None or not right.group("wd"):
            return day, e
        delta = (self.t.weekdays[right.group("wd")] - day.isoweekday()) % 7
        return day + _days(delta - 7 if delta > 1 else delta), right.end()

    def today(self, s: int, e: int, key: str) -> list[_Cand]:
        pub = self.pub
        if pub is None or self.follows(s, self.t.today_not_after):
            return []
        day, end = self._named_weekday(pub, e)
        if end == e and self.word_after(e) in self.t.today_not_before:
            return []
        return [(s, end, _rel(day, day, 1, kind="today"))]

    def relday(self, s: int, e: int, key: str, offset: int) -> list[_Cand]:
        if self.pub is None:
            return []
        day, end = self._named_weekday(self.pub + _days(offset), e)
        return [(s, end, _rel(day, day, 1, kind="relative_day"))]

    def tonight(self, s: int, e: int, key: str) -> list[_Cand]:
        if self.pub is None:
            return []
        right = self.t.right_past.match(self.ntext, e)
        past = bool(right and right.group("hint"))
        if not past and self.word_after(e).startswith("ال"):
            return []  # "الليلة الأصعب": a night described, not tonight
        first = self.pub - (_DAY if past else dt.timedelta(0))
        value = _rel(first, first + _DAY, 1, part_of_day="night", kind="night")
        return [(s, right.end() if right else e, value)]

    def ago(self, s: int, e: int, key: str) -> list[_Cand]:
        pub = self.pub
        if not _starts_with(self.ntext, e, self.t.ago_starts):
            return []  # "قبل أن", "منذ بداية": no count or unit follows
        right = self.t.right_ago.match(self.ntext, e)
        if pub is None or right is None:
            return []
        unit_word, n_text = right.group("u"), right.group("n")
        if unit_word in self.t.ago_unit:
            unit = self.t.ago_unit[unit_word]
            singular = unit_word in self.t.ago_singular
        else:  # a dual: "يومين", "أسبوعين"
            unit, singular, n_text = self.t.ago_duals[unit_word], True, n_text or "2"
        n: int | None
        if n_text:
            n = int(n_text) if n_text.isdigit() else self.t.counts.get(_key(n_text))
        else:
            n = 1 if singular else None
        end = right.end()
        if unit == "hour":
            day = pub - _days((n or 0) // 24)
            return [(s, end, _rel(day, day, 1, kind="hours_ago"))]
        if unit == "day":
            if n is None:  # "قبل أيام": a few days
                return [(s, end, _rel(pub - _days(4), pub - _days(2), 2, kind="days_ago"))]
            return [(s, end, _rel(pub - _days(n), pub - _days(n), 1, kind="days_ago"))]
        if n is None:
            return []
        if unit == "week":
            mid = pub - _days(7 * n)
            return [(s, end, _rel(mid - _days(3), min(mid + _days(3), pub), 2, kind="weeks_ago"))]
        day = pub - _days(30 * n)
        return [(s, end, _rel(day, day, 3, kind="months_ago"))]

    def recent(self, s: int, e: int, key: str, back: int) -> list[_Cand]:
        right = self.t.right_recent.match(self.ntext, e)
        if self.pub is None or right is None:
            return []
        if key == "الساعات":
            value = _rel(self.pub - _days(back), self.pub, 1, kind="recent_hours")
        else:
            value = _rel(self.pub - _days(back), self.pub - _DAY, 2, kind="recent")
        return [(s, right.end(), value)]

    def hours(self, s: int, e: int, key: str) -> list[_Cand]:
        """"(خلال) الـ24 ساعة الماضية"."""
        right = self.t.right_recent.match(self.ntext, e)
        left = self.t.left_hours.match(self.ntext, max(0, s - 8), s)
        if self.pub is None or right is None or left is None:
            return []
        back = max(1, -(-int(left.group("hn")) // 24))
        value = _rel(self.pub - _days(back), self.pub, 1, kind="recent_hours")
        return [(left.start(), right.end(), value)]

    def weekday(self, s: int, e: int, key: str, wd: int, definite: bool) -> list[_Cand]:
        pub = self.pub
        if pub is None:
            return []
        left = self.left(self.t.left_weekday, s, 16)
        out: list[_Cand] = []
        if left and left.group("p") and definite:
            pair = self.t.right_pair.match(self.ntext, e)
            if pair and self.t.weekdays[pair.group("wd2")] == wd % 7 + 1:
                first = _weekday_back(pub, wd, None)  # "ليل السبت–الأحد"
                value = _rel(first, first + _DAY, 1, part_of_day="night", kind="night")
                out.append((left.start(), pair.end(), value))
        yawm = left is not None and left.group("yawm")
        if not (definite or yawm):
            return out  # "جمعة" alone is a first name
        if not yawm and (
            self.follows(s, self.t.weekday_not_after)
            or self.word_after(e) in self.t.weekday_not_before
        ):
            return out
        start = left.start("yawm") if left is not None and yawm else s
        end, hint = self.hint_after(e)
        day = _weekday_back(pub, wd, hint)
        out.append((start, end, _rel(day, day, 1, kind="weekday")))
        return out

    def numeric(self) -> list[_Cand]:
        out: list[_Cand] = []
        ntext = self.ntext
        for m in self.t.numeric_re.finditer(ntext):
            s, e = m.span()
            if (s > 0 and (ntext[s - 1].isdigit() or ntext[s - 1] in "/.-")) or (
                e < len(ntext) and (ntext[e].isdigit() or (
                    ntext[e] in "/.-" and e + 1 < len(ntext) and ntext[e + 1].isdigit()))
            ):
                continue
            parts = m.group().split(m.group("s"))
            if len(parts[0]) == 4:
                y, mo, d = (int(x) for x in parts)
            elif len(parts[2]) in (2, 4) and len(parts[0]) <= 2:
                d, mo, y = (int(x) for x in parts)
                y += 2000 if y < 100 else 0
                if mo > 12 >= d:
                    d, mo = mo, d
            else:
                continue
            if not 1900 <= y <= 2100:
                continue
            day = _safe_date(y, mo, d)
            if day is not None:
                out.append((s, e, DateValue(day, day, 1, kind="date")))
        return out

    def candidates(self) -> list[_Cand]:
        out = self.numeric()
        for j, e, readings in word_hits(self.ntext)[1]:
            pre, key, payload = readings[0]
            # payload: (handler name, its extra arguments...)
            out += getattr(self, payload[0])(j + len(pre), e, key, *payload[1:])
        return out


def _clock_hour(hn: str | None, hw: str | None, t: _Tables) -> int | None:
    if hn:
        h = int(hn)
        return h if 0 <= h <= 24 else None
    if hw:
        return t.hourword.get(_key(hw))
    return None


def _to_24h(hour: int, part: str | None) -> int:
    if part in ("evening", "afternoon") and hour < 12:
        return hour + 12
    if part == "noon" and 1 <= hour <= 5:
        return hour + 12
    if part == "night":
        if 6 <= hour < 12:
            return hour + 12
        if hour == 12:
            return 0
    return hour % 24


def _with_time(
    v: DateValue, part_word: str | None, part: str | None, hour: int | None, t: _Tables
) -> DateValue:
    start, end, part = v.start, v.end, part or v.part_of_day
    if part == "night" and start == end:
        if part_word in t.night_before and v.kind == "weekday":
            start = start - _DAY  # "ليلة الجمعة": Thursday evening into Friday
        else:
            end = end + _DAY
    hour = v.hour if hour is None else _to_24h(hour, part)
    return replace(v, start=start, end=end, part_of_day=part, hour=hour)


def _late_before(t: _Tables, ntext: str, i: int) -> bool:
    """Whether "متأخر من" / "متأخرة من" ends just before offset ``i``."""
    return ntext[max(0, i - 24):i].rstrip().endswith(t.late_in_night)


def _after_feminine_noun(ntext: str, i: int) -> bool:
    """Whether a definite feminine noun ("الدفعة", "للمرة") ends just before offset ``i``."""
    m = _WORD_BEFORE.match(ntext, max(0, i - 24), i)
    w = m.group(1) if m else ""
    return w.endswith("ه") and (w.startswith("ال") or w.startswith("لل") or w[1:3] == "ال")


def _extend(
    t: _Tables, ntext: str, start: int, end: int, value: DateValue, lo: int, hi: int
) -> tuple[int, int, DateValue]:
    """Widen a day-level expression with a clock time and a part of the day on either side."""
    part_word = part = None
    hour: int | None = None
    lo = max(lo, start - 60)
    left = None
    if ntext[lo:start].rstrip().endswith(t.left_ext_ends):  # else only an empty match
        left = t.left_ext.match(ntext, lo, start)
    if left and left.start() < start and _left_ok(ntext, left.start(), left.group()):
        new_start = left.start()
        pw = left.group("part")
        if pw and value.kind != "night":
            part_word = _key(pw)
            part = t.part_of.get(part_word)
            if part_word in t.night_before and _late_before(t, ntext, new_start):
                part_word = None  # "في وقت متأخر من ليلة الأحد": Sunday night itself
        adverb = left.group("hadv")
        if left.group("h"):
            clock_like = pw and not _after_feminine_noun(ntext, left.start())
            if left.group("clock") or adverb or clock_like:
                hour = _clock_hour(left.group("hn"), left.group("hw"), t)
                if adverb and part is None:
                    part = t.part_of.get(adverb)
            else:
                # a bare ordinal is not a clock time when it qualifies a noun or stands
                # alone ("الدفعة الثانية صباح الأحد", "الثانية يوم الأحد")
                new_start = left.end("h")
        start = new_start
    right = None
    if _starts_with(ntext, end, t.right_ext_starts):  # else only an empty match
        right = t.right_ext.match(ntext, end, hi)
    if right and right.end() > end:
        adverb = right.group("adv") or right.group("adv2")
        if adverb and part is None:
            part = t.part_of.get(_key(adverb))
        rh = _clock_hour(right.group("hn"), right.group("hw"), t)
        if rh is not None and hour is None:
            hour = rh
        end = right.end()
    if part or hour is not None:
        value = _with_time(value, part_word, part, hour, t)
    return start, end, value


# ---------------------------------------------------------------- entry point

# Publication dates outside this range are taken for errors (date arithmetic near year 1 or
# 9999 would overflow); relative expressions are then left unresolved.
_PUBLISHED_RANGE = (dt.date(1800, 1, 1), dt.date(2200, 12, 31))


def find_dates(
    text: str, published: dt.date | None, norm: NormText | None = None
) -> list[Span]:
    """DATE spans (original offsets) with a ``DateValue`` each; see the module docstring."""
    t = _tables()
    if norm is None:
        norm = normalize(text)
    ntext = norm.text
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not _PUBLISHED_RANGE[0] <= published <= _PUBLISHED_RANGE[1]:
        log.warning("publication date %s is outside %s..%s; relative dates are not resolved",
                    published, *_PUBLISHED_RANGE)
        published = None
    candidates = _Finder(t, ntext, published).candidates()
    # longest first, then leftmost; keep what does not overlap an earlier pick
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    chosen: list[_Cand] = []
    for cand in candidates:
        if all(cand[1] <= s or cand[0] >= e for s, e, _ in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    spans: list[Span] = []
    prev_end = 0
    for i, (start, end, value) in enumerate(chosen):
        if value.kind in _DAY_KINDS:
            next_start = chosen[i + 1][0] if i + 1 < len(chosen) else len(ntext)
            start, end, value = _extend(t, ntext, start, end, value, prev_end, next_start)
        ostart, oend = original_span(norm, text, start, end)
        spans.append(tuple.__new__(Span, (ostart, oend, "DATE", None, value)))  # no Python __new__
        prev_end = end
    return spans
