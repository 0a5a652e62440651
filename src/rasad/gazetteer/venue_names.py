"""Venues named after a place: "انفجار داخل مطعم بومباي في وسط مدينة الرباط" is a blast in a
restaurant called Bombay, in Rabat; "هجوم على فندق القاهرة في مدينة طرابلس" an attack on a hotel
called Cairo, in Tripoli. Neither Mumbai nor Cairo is a place of the story.

A name right after a venue noun (restaurant, hotel, café, cinema, bank, hospital...;
``venue_nouns`` in cues.yaml), with no preposition of its own, is the venue's name when the
sentence names another place soon after it: that place says where the venue is. Without one
("فندق بغداد" alone) the name is kept, as a venue is often named after its own town and nothing
else in the sentence locates it; a village's name is kept too ("مدرسة صربين في بنت جبيل" is
the school of Srobbine, in the Bint Jbeil district), as a venue named after a small place is
named after its own, and so is a place within a few kilometres of the place after it
("مستشفى المزة في دمشق": the Mezzeh quarter of Damascus); with a preposition ("فندق في
القاهرة", "مطعم بالرباط") the name is where the venue is. Read before homonyms are resolved,
so that the venue's name casts no vote for the article's country either."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues, strip_proclitics
from rasad.gazetteer.evidence import tier
from rasad.gazetteer.resolve import Mention, near

_LEFT_WINDOW = 24  # characters read before the name for the venue noun
_REACH = 60  # characters after the name within which the place that locates the venue comes
_OWN_KM = 15.0  # a venue's name this close to the place that locates it names its own quarter


def drop_venue_names(
    mentions: list[Mention], dw: DocWords, bounds: Sequence[tuple[int, int]], cues: Cues
) -> list[Mention]:
    """The mentions without those that name a venue located by a place after them."""
    out = []
    for i, m in enumerate(mentions):
        # the place after the name is read first: it is the cheap test, and most names have
        # none close behind them in their sentence
        later = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            later is not None
            and later.sentence == m.sentence
            and later.start - m.end <= _REACH
            and "pending" not in later.extra
            and not (m.noun or m.extra.get("prefix"))
            and tier(m.candidates) != "tiny"
            and _after_venue_noun(m, dw, bounds, cues)
            and not _lies_in(m, later)
        ):
            continue
        out.append(m)
    return out


def _lies_in(m: Mention, later: Mention) -> bool:
    """Some reading of the venue's name lies within ``_OWN_KM`` of some reading of the place
    after it: "مستشفى المزة في دمشق" is named after its own quarter of Damascus."""
    return any(
        near(a, b, _OWN_KM)
        for a in m.candidates
        if a.feature_code == "PPLX"  # a city's quarter, not a city that has a namesake quarter
        for b in later.candidates
    )


def _after_venue_noun(
    m: Mention, dw: DocWords, bounds: Sequence[tuple[int, int]], cues: Cues
) -> bool:
    left = dw.word_before(m.start, bounds[m.sentence][0], _LEFT_WINDOW)
    return strip_proclitics(left, cues.venue_nouns)[1] in cues.venue_nouns
