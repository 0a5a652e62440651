"""Scraped plain-text news pages → headline, byline, dates, outlet tag, photo caption, clean body.

A page copied out of a browser or a scraper keeps the site's furniture and glues its pieces
together: ``"قسم الأخبار347 آذار 2019آخر تحديث :"`` is an author, a view counter "34" glued to
the day "7", a month, a year and a "last updated" label whose value was lost. This module reads
the general shape of such pages, never one site's layout:

    headline                      first non-empty line, when it reads like one
    byline / date line(s)         author, publication date, labels, time (``parse_date_line``)
    photo caption                 short line ending with a credit "(رويترز)" or starting "صورة"
    outlet tag                    short line ending with ":" right before the body ("حرية برس:")
    body                          everything else, minus page furniture (resources/furniture.yaml)

It is conservative: a long line that reads like a sentence stays in the body even if it contains
a furniture word, and a line is only taken as a header piece before the body has started.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Any

import regex

from rasad.arabic import charmap
from rasad.arabic.calendar import gregorian_months, weekdays
from rasad.arabic.normalize import NormText, normalize, normalize_key, variants
from rasad.lazy_regex import LazyPattern
from rasad.resources import load_yaml

log = logging.getLogger(__name__)

_HEADER_ZONE_LINES = 8  # non-empty lines after the headline searched for byline/caption/tag
_MAX_LIST_ITEMS = 12  # headlines removed under one "related articles" heading
_MAX_AUTHOR_WORDS = 6
_MIN_YEAR, _MAX_YEAR = 1900, 2100

_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_SPACES = regex.compile(r"\s+")
_INLINE_SPACES = regex.compile(r"[ \t]*\t[ \t]*| {2,}")
_LETTER = regex.compile(r"\p{L}")
_WORD_ENDINGS = frozenset("ةاهىيًٌٍ")  # letters that continue "عاجل" into another word
_MARK = regex.compile(r"\p{Mn}")
# what commonly closes a line after its last word; each is in _LAST_WORD's [\p{P}\p{S}\s]
_LINE_CLOSERS = " \t\u00a0.,،؛;:!?؟…\"'«»“”‘’()[]-–—*"
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")
# ".." / "..." may end a headline, a single "." ends a sentence
_SENTENCE_END = regex.compile(r"(?<!\.)[.،,;؛:][\"'»”’)\]]*[\s\p{Cf}]*$")
# "دبي، الإمارات (CNN)— ..." / "بيروت (رويترز) -": a wire dateline opens a lead paragraph
_WIRE_DATELINE = regex.compile(r"^[^()\n]{0,60}\([^()]{1,25}\)\s*[-–—]")
# "الرباط 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس": a news agency's dateline, the town
# filed from and the Hijri date (its Gregorian match and the agency after it), a line of its
# own; the body's first line (its town is the story's dateline), no headline and no author
_HIJRI_DATELINE = regex.compile(
    r"^\p{L}+(?:\s\p{L}+){0,2}\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*هـ?"
    r"(?:\s+الموافق\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*م?)?(?:\s+\p{L}+)?\s*$"
)
# "عين اليوم – طرابلس", "ناصر الطميحي - جدة": a byline line, outlet or writer and the city
# filed from; a line of its own above the lead, no headline (its place is the story's dateline)
_BYLINE_DATELINE = regex.compile(r"^\p{L}+(?:\s\p{L}+)?\s*[-–—]\s*\p{L}+(?:\s\p{L}+)?$")
_OUTLET_TAG = regex.compile(r"^(?P<name>[^:：]*\p{L}[^:：]*?)\s*[:：]\s*$")
_CREDIT_END = regex.compile(r"[(\[]\s*(?P<credit>[^()\[\]]{1,40}?)\s*[)\]]\s*$")
_TIME = regex.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])\s*:\s*(?P<mi>[0-5]\d)(?![\d:])"
    r"(?:\s*(?P<ap>صباحا|مساء|ص|م|am|pm)(?!\p{L}))?"
)
_TRAIL_JUNK = regex.compile(r"(?:[\s\p{P}\p{S}\d]+|(?<!\p{L})(?:في|يوم))$")
_LEAD_JUNK = regex.compile(r"^[\s\p{P}\p{S}\d]+")
_LAST_WORD = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}\u0640]*)[\p{P}\p{S}\s]*$")
_FIRST_WORD = regex.compile(r"[\p{P}\p{S}\s]*(\p{L}[\p{L}\p{M}\u0640]*)")
_YMD = regex.compile(r"(?P<y>\d{4})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)")
_DIGIT = regex.compile(r"\d")
_DMY = regex.compile(r"(?P<d>\d{1,8})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)")


# what _key makes a space on the charmap code: punctuation, symbols and spaces
_KEY_SPACE = bytes([charmap.byte_of(" ")])
_KEY_BLANK_BYTES = charmap.byte_class(r"[\p{P}\p{S}\s]")
_KEY_BLANKS = bytes.maketrans(_KEY_BLANK_BYTES, _KEY_SPACE * len(_KEY_BLANK_BYTES))


def _key(s: str) -> str:
    """Matching form of a phrase or line: normalised, punctuation dropped, spaces collapsed."""
    t = normalize_key(s)
    data = charmap.encode_uncached(t)
    if data is None:
        return _SPACES.sub(" ", _PUNCT.sub(" ", t)).strip()
    # On the charmap code (nearly every line): each punctuation, symbol or space a space, then
    # the pieces between spaces joined by one: the same runs replaced and ends stripped as by
    # the two patterns (a pattern call costs ~20 times these C passes on a short line).
    pieces = data.translate(_KEY_BLANKS).split(_KEY_SPACE)
    return charmap.decode(_KEY_SPACE.join(filter(None, pieces)))


def _alternation(phrases: Any) -> str:
    """Regex alternation of phrase keys, longest first, spaces matching any (or no) spacing."""
    keys = sorted({_key(p) for p in phrases if _key(p)}, key=len, reverse=True)
    return "|".join(r"\s*".join(regex.escape(w) for w in k.split(" ")) for k in keys)


def _spellings(key: str) -> set[str]:
    """Every string of letters that normalises letter for letter to ``key`` ("الاخبار" →
    "الأخبار", "الإخبار", ...): normalisation maps each letter on its own (variants)."""
    return {"".join(p) for p in product(*(sorted(variants(ch)) for ch in key))}


def _word_count(s: str) -> int:
    return len(s.split())


def _line_words(line: str) -> int:
    """Word count of a page line (stripped, inner spaces collapsed), cheap; a very long token
    counts as several words so that no "short line" rule ever runs on a huge string."""
    return max(line.count(" ") + 1, len(line) // 30)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """furniture.yaml compiled once: sets for exact lines, regexes for glued forms (each
    compiled on first use: a cold run reads one page, which needs few of them)."""

    comment_headings: frozenset[str]
    list_headings: frozenset[str]
    furniture_only: LazyPattern  # a line key made only of furniture phrases
    comment_inside: LazyPattern  # a comment heading somewhere in such a key
    line_prefix: LazyPattern  # "الوسوم: ..." (furniture word then a separator)
    ticker_prefix: LazyPattern  # "عاجل:", "  عاجل", "عاجلمقتل ..." on normalised text
    glued_tail: LazyPattern  # "... المنطقة.عاجل" on normalised text
    labels_only: LazyPattern  # "آخر تحديث :" alone
    updated_before: LazyPattern  # an "updated" label right before a date
    label_any: LazyPattern  # any header label (for stripping)
    label_or_day_tail: LazyPattern  # a label or weekday ending the text before a date
    label_head: LazyPattern  # a label starting it
    author_prefix: LazyPattern  # "بقلم", "كتب" ... at the start of an author text
    caption_prefix: LazyPattern
    weekday: LazyPattern
    text_date: LazyPattern  # 21 مايو 2018 / 19 نيسان/أبريل 2018 / 21 من أيار (مايو) 2018
    text_date_mdy: LazyPattern  # مايو 21، 2018
    limits: dict[str, int]
    ticker_heads: tuple[str, ...]  # first word of each ticker: cheap test before the regex
    ticker_letters: frozenset[str]  # raw letters that can open a ticker word (cheaper still)
    tail_words: frozenset[str]  # last word of each furniture phrase: cheap test for glued tails
    tail_spellings: frozenset[str]  # every spelling of them as written (see _spellings)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    raw = load_yaml("furniture.yaml")
    header = raw["header"]
    furniture = [*raw["comment_headings"], *raw["list_headings"], *raw["tickers"], *raw["lines"]]
    labels = [*header["updated_labels"], *header["published_labels"]]
    months = _alternation(gregorian_months())
    days = _alternation(weekdays())
    month_pair = rf"(?:{months})(?:\s*[/\\(\-]\s*(?:{months})\s*\)?)?"
    boundary_l, boundary_r = r"(?<!\p{L})", r"(?!\p{L})"
    return _Lexicon(
        comment_headings=frozenset(_key(p) for p in raw["comment_headings"]),
        list_headings=frozenset(_key(p) for p in raw["list_headings"]),
        # digits allowed around the phrases: share counters, "© 2021 جميع الحقوق محفوظة"
        furniture_only=LazyPattern(rf"^(?:[\s\d]*(?:{_alternation(furniture)}))+[\s\d]*$"),
        comment_inside=LazyPattern(_alternation(raw["comment_headings"])),
        line_prefix=LazyPattern(
            rf"^[\s\p{{P}}\p{{S}}]*(?:{_alternation(raw['lines'])})\s*[:：|\-–]"
        ),
        ticker_prefix=LazyPattern(
            rf"^[\s\p{{P}}\p{{S}}]*(?P<t>{_alternation(raw['tickers'])})[\s:：|\-–.]*"
        ),
        glued_tail=LazyPattern(
            rf'(?<=[.!؟?…"\)\]])\s*(?:(?:{_alternation(furniture)})[\s\p{{P}}]*)+$'
        ),
        labels_only=LazyPattern(rf"^(?:\s*(?:{_alternation(labels)}))+\s*$"),
        updated_before=LazyPattern(
            rf"(?:{_alternation(header['updated_labels'])})[\s\p{{P}}]*(?:في\s*)?$"
        ),
        label_any=LazyPattern(_alternation(labels)),
        label_or_day_tail=LazyPattern(
            rf"{boundary_l}(?:{_alternation(labels)}|(?:يوم\s+)?(?:{days}))$"
        ),
        label_head=LazyPattern(rf"^(?:{_alternation(labels)}){boundary_r}"),
        author_prefix=LazyPattern(
            rf"^(?:{_alternation(header['author_prefixes'])}){boundary_r}[\s:：\-–]*"
        ),
        caption_prefix=LazyPattern(
            rf"^(?:{_alternation(header['caption_prefixes'])}){boundary_r}"
        ),
        weekday=LazyPattern(rf"{boundary_l}(?:(?:يوم)\s+)?(?:{days}){boundary_r}"),
        text_date=LazyPattern(
            rf"(?P<d>\d{{1,8}})\s*(?:[\-/.,،]\s*)?(?:من\s+)?(?P<m>{month_pair})"
            rf"\s*[,،/\-]?\s*(?:عام\s+|سنه\s+)?(?P<y>\d{{4}})(?!\d)"
        ),
        text_date_mdy=LazyPattern(
            rf"{boundary_l}(?P<m>{month_pair})\s+(?P<d>\d{{1,2}})\s*[,،]\s*(?P<y>\d{{4}})(?!\d)"
        ),
        limits={k: int(v) for k, v in raw["max_words"].items()},
        ticker_heads=tuple({_key(p).split(" ")[0] for p in raw["tickers"]}),
        # a tatweel is deleted by normalisation, so the next letter decides
        ticker_letters=frozenset(
            {"\u0640"}.union(*(variants(_key(p)[0]) for p in raw["tickers"] if _key(p)))
        ),
        tail_words=frozenset(_key(p).split(" ")[-1] for p in furniture),
        tail_spellings=frozenset().union(
            *(_spellings(_key(p).split(" ")[-1]) for p in furniture if _key(p))
        ),
    )


# ----------------------------------------------------------------------------- date lines


@dataclass(frozen=True, slots=True)
class DateLine:
    """What a byline/date line says. ``start``/``end``: the first date's span in the line."""

    published: dt.date | None
    updated: dt.date | None
    author: str | None
    time: str | None  # "HH:MM" (24 h) of the publication date, when the line gives one
    start: int
    end: int
    extra_words: int  # words that are none of date, time, label, weekday, author


def _make_date(year: int, month: int, day_digits: str, *, glued: bool = False) -> dt.date | None:
    """A date whose day is the last two (else last one) digits of a digit run.

    Scrapers glue counters to the day ("121 مايو" = counter 1 + day 21), so a longer run keeps
    only the tail that forms a valid day of that month.
    """
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12):
        return None
    # Only a run longer than two digits, or one glued to a word and over 31, carries a counter:
    # "31 شباط" is no date at all, "835 نيسان" is counter 83 + day 5, "التحرير37 آب" 3 + day 7.
    counter = len(day_digits) > 2 or (glued and int(day_digits) > 31)
    for width in (2, 1) if counter else (len(day_digits),):
        try:
            return dt.date(year, month, int(day_digits[-width:]))
        except ValueError:
            continue
    return None


def _month_of(name: str) -> int | None:
    # "نيسان/أبريل", "أيار (مايو)": the first name decides; both name the same month.
    first = regex.split(r"\s*[/\\(\-]\s*", name.strip(), maxsplit=1)[0]
    return gregorian_months().get(normalize_key(first))


def _find_dates(n: str) -> list[tuple[int, int, dt.date]]:
    """Every Gregorian date in normalised text ``n`` as (start, end, date), left to right."""
    if _DIGIT.search(n) is None:  # every date form has digits: skip the four scans
        return []
    return _scan_dates(n)


def _scan_dates(n: str) -> list[tuple[int, int, dt.date]]:
    lex = lexicon()
    found: list[tuple[int, int, dt.date]] = []
    for pattern in (lex.text_date, lex.text_date_mdy):
        for m in pattern.finditer(n):
            month = _month_of(m["m"])
            glued = m.start("d") > 0 and n[m.start("d") - 1].isalpha()
            d = _make_date(int(m["y"]), month, m["d"], glued=glued) if month else None
            if d:
                # a glued counter before the day is not part of the date
                start = m.start("d") + max(0, len(m["d"]) - 2)
                if pattern is lex.text_date_mdy:
                    start = m.start()
                found.append((start, m.end(), d))
    for m in _YMD.finditer(n):
        d = _make_date(int(m["y"]), int(m["m"]), m["d"])
        if d:
            found.append((m.start(), m.end(), d))
    for m in _DMY.finditer(n):
        day, month = m["d"], int(m["m"])
        if month > 12 and int(day[-2:]) <= 12:  # month/day/year
            day, month = m["m"], int(day[-2:])
        d = _make_date(int(m["y"]), month, day, glued=m.start() > 0 and n[m.start() - 1].isalpha())
        if d:
            found.append((m.start("d") + max(0, len(m["d"]) - 2), m.end(), d))
    found.sort()
    kept: list[tuple[int, int, dt.date]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _clock(m: regex.Match[str]) -> str:
    hour, ampm = int(m["h"]), (m["ap"] or "")
    if ampm in ("م", "مساء", "pm") and hour < 12:
        hour += 12
    elif ampm in ("ص", "صباحا", "am") and hour == 12:
        hour = 0
    return f"{hour:02d}:{m['mi']}"


def _trim_author(n: str, a: int, b: int) -> tuple[int, int]:
    """Shrink normalised span [a, b) to the author's name: drop counters, labels, weekdays."""
    lex = lexicon()
    while a < b:
        m = lex.label_or_day_tail.search(n, a, b) or _TRAIL_JUNK.search(n, a, b)
        if not m or m.start() == m.end():
            break
        b = m.start()
    while a < b:
        m = _LEAD_JUNK.match(n, a, b) or lex.label_head.match(n, a, b)
        if not m or m.start() == m.end():
            break
        a = m.end()
    return a, b


def clean_author(s: str) -> str | None:
    """An author field without "بقلم"/"كتب" prefixes, labels, dates or counters; None if empty."""
    nt = normalize(s)
    return _author_from(nt.text, nt, s, 0, len(nt.text))


def _author_from(n: str, nt: NormText, s: str, a: int, b: int) -> str | None:
    a, b = _trim_author(n, a, b)
    if a >= b:
        return None
    m = lexicon().author_prefix.match(n, a, b)
    if m and m.end() < b:
        a = m.end()
    oa, ob = nt.to_original(a, b)
    author = _SPACES.sub(" ", s[oa:ob]).strip(" -–|،,:")
    if not author or not _LETTER.search(author):
        return None
    if _word_count(author) > _MAX_AUTHOR_WORDS or len(author) > 60:
        return None
    return author


def parse_date_line(s: str) -> DateLine | None:
    """Read a byline/date line: ``None`` when it holds no Gregorian date.

    Handles month names (Gregorian and Levantine, "نيسان/أبريل" pairs), numeric dates
    (21/05/2018, 2018-05-21), Arabic-Indic digits, counters glued to the day, glued labels
    ("2018آخر تحديث", "نشر في"), a trailing time ("10:45") and the author before the date.
    A date right after an "updated" label is the ``updated`` date, any other the ``published``.
    """
    nt = normalize(s)
    n = nt.text
    dates = _find_dates(n)
    if not dates:
        return None
    lex = lexicon()
    published = updated = None
    published_end = dates[0][1]
    prev = 0
    for start, end, d in dates:
        between = lex.weekday.sub(" ", n[prev:start])
        if lex.updated_before.search(between):
            updated = updated or d
        elif published is None:
            published, published_end = d, end
        prev = end
    next_date = next((a for a, _, _ in dates if a >= published_end), len(n))
    time_match = _TIME.search(n, published_end, next_date)
    author = _author_from(n, nt, s, 0, dates[0][0])
    if author is None:  # "21 مايو 2018 - بقلم أحمد": the author after the date
        rest_start = time_match.end() if time_match else dates[-1][1]
        m = lex.author_prefix.search(n, rest_start)
        if m:
            author = _author_from(n, nt, s, m.end(), len(n))
    blanked = n
    spans = [(a, b) for a, b, _ in dates]
    if time_match:
        spans.append(time_match.span())
    for a, b in spans:
        blanked = blanked[:a] + " " * (b - a) + blanked[b:]
    blanked = lex.weekday.sub(" ", lex.label_any.sub(" ", blanked))
    extra = _word_count(_PUNCT.sub(" ", blanked)) - (_word_count(author) if author else 0)
    first_start, first_end = nt.to_original(dates[0][0], dates[0][1])
    return DateLine(
        published=published,
        updated=updated,
        author=author,
        time=_clock(time_match) if time_match else None,
        start=first_start,
        end=first_end,
        extra_words=max(0, extra),
    )


def parse_date(s: str) -> dt.date | None:
    """The first Gregorian date written in ``s`` (any format ``parse_date_line`` reads)."""
    dates = _find_dates(normalize(s).text)
    return dates[0][2] if dates else None


# ----------------------------------------------------------------------------- page layout


@dataclass(frozen=True, slots=True)
class ScrapedPage:
    """The pieces of a scraped page; ``body`` is the clean text, paragraphs joined by "\\n\\n"."""

    body: str
    title: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    time: str | None = None
    author: str | None = None
    outlet: str | None = None
    caption: str | None = None


def _headline_like(line: str, *, before_byline: bool = False) -> bool:
    """Does the first line read like a headline rather than a lead paragraph?

    Headlines are short and end without a full stop; lead sentences are long, carry commas or
    open with a wire dateline. A line right above a byline/date line may be a little longer.
    """
    words = _line_words(line)
    if (
        _SENTENCE_END.search(line)
        or _WIRE_DATELINE.match(line)
        or _BYLINE_DATELINE.match(line)
        or _HIJRI_DATELINE.match(line)
    ):
        return False
    if before_byline:
        return words <= 35 and len(line) <= 300
    return words <= 22 and len(line) <= 180 and not (words >= 15 and ("،" in line or "," in line))


def same_title(line: str, title: str) -> bool:
    """Is ``line`` the headline ``title`` (ignoring spelling variants and punctuation)?"""
    a, b = _key(line), _key(title)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.8 * len(long_) and short in long_


def _is_furniture(key: str) -> bool:
    return bool(key) and lexicon().furniture_only.match(key) is not None


@lru_cache(maxsize=64)  # the first lines are asked about twice (headline test, then header)
def header_date(line: str) -> DateLine | None:
    """A date line of the header: a date and little else (not a sentence that mentions a date)."""
    if _line_words(line) > 20:
        return None
    dl = parse_date_line(line)
    if dl is None or dl.extra_words > 3:
        return None
    return dl


def _caption_like(line: str) -> bool:
    lex = lexicon()
    if _line_words(line) > lex.limits["caption"]:
        return False
    m = _CREDIT_END.search(line)
    if m and _LETTER.search(m["credit"]) and _word_count(m["credit"]) <= 4:
        return True
    return bool(
        lex.caption_prefix.match(normalize_key(line))
        and not _SENTENCE_END.search(line)
    )


def _outlet_tag(line: str) -> str | None:
    if len(line) > 50 or _line_words(line) > lexicon().limits["outlet_tag"]:
        return None
    m = _OUTLET_TAG.match(line)
    return m["name"].strip(" -–|") if m else None


def _plain_last_word(line: str, tail_spellings: frozenset[str]) -> bool:
    """Whether ``line`` surely ends with no glued furniture: ``_strip_glued_tail`` would keep
    it whole.

    Most lines end with a sentence whose last word is no furniture word. When the text after
    the last space is letters only (past the punctuation and spaces that close the line, all
    characters _LAST_WORD skips) and inside the searched stretch, it is the word the reverse
    search finds, and without tatweel it normalises letter for letter: a set look-up of its
    spellings then answers for the search and the normalisation, three times cheaper.
    """
    closed = line.rstrip(_LINE_CLOSERS)
    word = closed[closed.rfind(" ") + 1 :]
    return (
        word.isalpha()
        and "\u0640" not in word
        and len(line) - len(closed) + len(word) <= 60
        and word not in tail_spellings
    )


def _strip_glued_tail(line: str) -> tuple[str, bool]:
    """Remove furniture glued after the last sentence ("... المنطقة.عاجل"); True if it was a
    comment heading (so the comment block starts here). ``_Body`` first rules out most lines
    with ``_plain_last_word``."""
    lex = lexicon()
    last = _LAST_WORD.search(line, max(0, len(line) - 60))
    if not last or normalize_key(last[1]) not in lex.tail_words or last.start() == 0:
        return line, False
    offset = max(0, len(line) - 80)
    tail = normalize(line[offset:])
    m = lex.glued_tail.search(tail.text)
    if not m:
        return line, False
    cut = offset + tail.to_original(m.start(), m.end())[0]
    is_comment = lex.comment_inside.search(_key(m.group())) is not None
    return line[:cut].rstrip(), is_comment


def _after_ticker(line: str) -> str | None:
    """The text after a breaking-news label that opens ``line`` ("عاجل: ...", "عاجلقوات ..."),
    or None when the line does not open with one."""
    lex = lexicon()
    if line[:1].isalpha() and line[0] not in lex.ticker_letters:
        return None  # the first word starts here, with a letter no ticker word starts with
    first = _FIRST_WORD.match(line)
    if not first or not normalize_key(first[1][:16]).startswith(lex.ticker_heads):
        return None
    head = normalize(line[:40])
    ticker = lex.ticker_prefix.match(head.text)
    if ticker is None:
        return None
    if ticker.end("t") == ticker.end() < len(head.text):
        # glued: "عاجلقوات ..." is a ticker, "عاجلة" / "عاجلاً" are words
        following = line[head.orig(ticker.end())]
        if following in _WORD_ENDINGS or _MARK.match(following):
            return None
    return line[head.orig(ticker.end()) :].strip()


class _Body:
    """Body lines with page furniture removed (see furniture.yaml for the phrases and limits)."""

    def __init__(self, lines: list[str]) -> None:
        self.kept: list[str] = []
        self.soft_dropped: list[str] = []  # ticker/prefix lines: restored if nothing else is left
        lex = lexicon()
        limits = lex.limits
        line_limit = limits["line"]
        ticker_letters = lex.ticker_letters
        tail_spellings = lex.tail_spellings
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            words = max(line.count(" ") + 1, len(line) // 30)  # _line_words, without a call
            if words <= 3 and not _WORDLIKE.search(line):  # "-----", "***", "•"
                continue
            if words <= line_limit:  # furniture lines are short: a body paragraph skips this
                key = _key(line)
                if _is_furniture(key):
                    if key in lex.comment_headings or lex.comment_inside.search(key):
                        if self.kept:
                            log.debug("comment block starts at %r: %d lines dropped",
                                      line, len(lines) - i + 1)
                            break
                        continue
                    if key in lex.list_headings:
                        i = self._skip_list(lines, i)
                    continue
                if lex.line_prefix.match(normalize_key(line)):
                    self.soft_dropped.append(line)
                    continue
            first = line[:1]
            # _after_ticker's own first test, here without a call per paragraph
            if first.isalpha() and first not in ticker_letters:
                rest = None
            else:
                rest = _after_ticker(line)
            if rest is not None:
                if _word_count(rest) <= limits["ticker"]:
                    self.soft_dropped.append(rest)
                    continue
                line = rest.strip()  # a long paragraph behind a glued ticker is body
            comment_starts = False
            if not _plain_last_word(line, tail_spellings):
                line, comment_starts = _strip_glued_tail(line)
            if line:
                self.kept.append(line)
            if comment_starts:
                break
        if not self.kept:
            self.kept = [s for s in self.soft_dropped if s.strip()]

    @staticmethod
    def _skip_list(lines: list[str], i: int) -> int:
        """Skip the headlines under a related-articles heading; stop at the first body line."""
        limit = lexicon().limits["list_item"]
        n = 0
        while i < len(lines) and n < _MAX_LIST_ITEMS:
            line = lines[i]
            if _line_words(line) > limit or _SENTENCE_END.search(line):
                break
            i += 1
            n += 1
        return i


def parse_scraped(text: str, *, title_hint: str | None = None) -> ScrapedPage:
    """Split a scraped page into headline, header fields, caption, outlet tag and clean body.

    ``title_hint``: a title known from elsewhere (a JSON record, the HTML ``<title>``); the first
    line is then the headline only if it repeats that title.
    """
    if "  " in text or "\t" in text:
        text = _INLINE_SPACES.sub(" ", text)
    lines = list(filter(None, map(str.strip, text.split("\n"))))  # stripped, blanks dropped
    pos = 0
    # leading furniture ("عاجل", "الرئيسية") before the headline
    while pos < len(lines) and _line_words(lines[pos]) <= 6 and _is_furniture(_key(lines[pos])):
        pos += 1
    title = title_hint
    if pos < len(lines):
        rest = _after_ticker(lines[pos])  # "عاجل: مقتل ..." as the headline
        if rest and pos + 1 < len(lines):
            lines[pos] = rest
        first = lines[pos]
        if title_hint:
            if same_title(first, title_hint):
                pos += 1
        elif (
            len(lines) - pos >= 2
            and header_date(first) is None
            and _headline_like(first, before_byline=header_date(lines[pos + 1]) is not None)
        ):
            title = first
            pos += 1
    page: dict[str, Any] = {}
    pos = _read_header(lines, pos, page)
    body = _Body(lines[pos:]).kept
    return ScrapedPage(body="\n\n".join(body), title=title, **page)


def _read_header(lines: list[str], pos: int, page: dict[str, Any]) -> int:
    """Consume byline/date, label, caption and outlet-tag lines; return where the body starts."""
    lex = lexicon()
    start = pos
    soft: list[tuple[int, str]] = []  # caption / outlet lines: body after all if nothing follows
    while pos < len(lines) and pos - start < _HEADER_ZONE_LINES:
        line = lines[pos]
        key = _key(line) if _line_words(line) <= 8 else ""
        if key and (_is_furniture(key) or lex.labels_only.match(key)):
            pos += 1
            continue
        if _HIJRI_DATELINE.match(line):
            # an agency's dateline: its dates (its town and agency are more words than a date
            # line has), but the town is no author and stays in the body
            dl = parse_date_line(line)
            for field in ("published", "updated", "time"):
                value = getattr(dl, field) if dl is not None else None
                if value and not page.get(field):
                    page[field] = value
            break
        dl = header_date(line)
        if dl is not None:
            for field in ("published", "updated", "author", "time"):
                value = getattr(dl, field)
                if value and not page.get(field):
                    page[field] = value
            pos += 1
            continue
        outlet = _outlet_tag(line)
        if outlet:
            soft.append((pos, "outlet"))
            page.setdefault("outlet", outlet)
            pos += 1
            continue
        if _caption_like(line) and "caption" not in page:
            soft.append((pos, "caption"))
            page["caption"] = line
            pos += 1
            continue
        break
    if pos >= len(lines) and soft:  # no body left: what looked like a caption or tag is the body
        first = soft[0][0]
        for _, field in soft:
            page.pop(field, None)
        return first
    return pos
