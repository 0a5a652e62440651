"""Where an article's dateline ends: "دبي، الإمارات العربية المتحدة (CNN)--", "بيروت (رويترز) -",
or, on a line of its own above the lead, "عين اليوم – جدة" or "الرباط 26 شوال 1436 هـ … واس".
The dateline says where the reporter filed from, not where anything happened, so its places
and country words are no evidence of whose army or whose civilians the article means (the
events stage drops its places too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import regex

from rasad.arabic.match import Match
from rasad.arabic.normalize import NormText, text_key
from rasad.document import Span

# a wire dateline: a place, the agency in brackets, then a dash, a colon or a new line
DATELINE = regex.compile(r"^\s*[^\n()]{2,80}?\([^()\n]{1,25}\)\s*(?:[-–—:]+|\n)")
# the outlet or writer and the city it was filed from, on a line of its own above the lead
BYLINE_DATELINE = regex.compile(r"^\s*\p{L}+(?:[ ]\p{L}+)?[ ]*[-–—][ ]*\p{L}+(?:[ ]\p{L}+)?[ ]*\n")
# a news agency's: the town and the Hijri date on a line of its own ("الرباط 26 شوال 1436 هـ
# الموافق 11 أغسطس 2015 م واس")
HIJRI_DATELINE = regex.compile(
    r"^\s*\p{L}+(?:[ ]\p{L}+){0,2}[ ]+\d{1,2}[ ]+\p{L}+[ ]+\d{4}[ ]*هـ?(?!\p{L})[^\n]{0,80}\n"
)
_WORD = regex.compile(r"\p{L}+")
_HEAD = 160  # a dateline stands in the first characters


def dateline_end(text: str) -> int:
    """The offset where the dateline ends, 0 without one."""
    head = text[:_HEAD]
    m = (
        (DATELINE.match(head) if "(" in head else None)
        or (BYLINE_DATELINE.match(head) if any(d in head for d in "-–—") else None)
        or (HIJRI_DATELINE.match(head) if "ه" in head else None)
    )
    return m.end() if m else 0


def outside_dateline(
    text: str,
    places: Sequence[Span],
    words: Sequence[Match],
    nisba: Mapping[str, str],
    norm: NormText | None = None,
) -> tuple[list[Span], list[Match], str | None]:
    """The places and country words after the dateline, and the article's country when
    nothing else in it names one: the country whose nationals it tells of most ("دبي (CNN)--
    قال مسؤول أفغاني إن غارة … أدت إلى مقتل عشرة مدنيين" is Afghan), else the dateline's
    ("صنعاء (رويترز) - قتل عشرة مدنيين" stays Yemeni). ``norm``: ``normalize(text)``, when
    the caller has it."""
    end = dateline_end(text)
    if not end:
        return list(places), list(words), None
    # the rest's words as text_key spells them: every normalisation rule maps one character
    # to one or deletes it, so they are the words of the normalised text after the dateline
    # (spaces collapsed or stripped change no word), read off ``norm`` without a second fold
    rest = norm.text[norm.to_normalized(end) :] if norm is not None else text_key(text[end:])
    # the nationals' countries in text order (filter and map: no Python step per word)
    told = Counter(filter(None, map(nisba.get, _WORD.findall(rest))))
    filed = (told.most_common(1)[0][0] if told else None) or next(
        (
            c
            for p in places
            if p.start < end and isinstance(c := getattr(p.value, "country", None), str)
        ),
        None,
    ) or next((str(w.payloads[0]) for w in words if w.start < end), None)
    return [p for p in places if p.start >= end], [w for w in words if w.start >= end], filed
