"""A part of "the country" told as an event's only scene ("قتل جندي في جنوب البلاد"): the
region of the country the story is in, coded at that country with ACLED's geo-precision 3,
not the town the article named last (which may be its capital, told only as where an official
spoke)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rasad.document import Place, Span
from rasad.events import location
from rasad.events.context import DocContext

# "جنوب البلاد", "في شمالي البلاد", "بشمال شرق البلاد", "وسط البلاد": a direction (or the
# middle) of "البلاد", the word news uses for the country it is telling about
_PART = re.compile(
    r"(?<!\w)[وفب]*(?:ال)?(?:جنوب|شمال|شرق|غرب|وسط)[يى]?"
    r"(?:\s+(?:ال)?(?:شرق|غرب)[يى]?)?\s+البلاد(?!\w)"
)


# a clause that tells who reported the act ("، وفق ما أعلن الحلف في كابل", "قال مسؤول في
# صنعاء"): the town in it is where the news was told
_REPORT = re.compile(
    r"(?<!\w)[وف]?(?:وفق|وفقا|حسب|بحسب|نقلا|قال|قالت|أعلن|أعلنت|اعلن|اعلنت|ذكر|ذكرت|أفاد|أفادت|"
    r"افاد|افادت|أكد|أكدت|اكد|اكدت|أوضح|أوضحت|بيان|مصدر|مصادر|مسؤول|متحدث)(?!\w)"
)


def told_in_report(ctx: DocContext, pos: int) -> bool:
    """The clause around ``pos`` names a report (a speaker, a statement, "وفق ما")."""
    lo, hi = ctx.clause_bounds(pos)
    return bool(_REPORT.search(ctx.doc.text, lo, hi))


_THAT = re.compile(r"(?<!\w)[أإا]ن(?!\w)")


def told_of_speaker(ctx: DocContext, lo: int, pos: int) -> bool:
    """A report word lies between ``lo`` and ``pos`` with no "أن"/"إن" after it: ``pos`` is
    in the telling of who spoke ("وأكد مسؤول أميركي في كابل الضربة"), not in what was
    reported ("وأوضحت الشرطة أن … في مدينة كويتا")."""
    text = ctx.doc.text
    words = list(_REPORT.finditer(text, lo, pos))
    return bool(words) and _THAT.search(text, words[-1].end(), pos) is None


def told_by_speaker_at(ctx: DocContext, lo: int, place: Span, trigger: int) -> bool:
    """"أعلن الجيش في بغداد مقتل خمسة …": the place, in the act's own clause ``lo``…, closes
    the reporting words that open it (a report word before it, the act's trigger after it):
    it is where the news was told."""
    return place.end <= trigger and bool(_REPORT.search(ctx.doc.text, lo, place.start))


def country_part_scene(
    ctx: DocContext,
    start: int,
    end: int,
    frames: Sequence[tuple[int, int]],
    country: str | None,
    town: Place | None = None,
) -> Place | None:
    """The country ``country`` (else the article's) as the scene when the text between
    ``start`` and ``end`` (a sentence that names no usable place) tells a part of "البلاد"
    outside any speech frame; None otherwise, or when ``town`` (the town told before, the
    scene otherwise) lies in that part ("قندهار … في جنوب البلاد": the same happening)."""
    text = ctx.doc.text[start:end]
    if "البلاد" not in text:
        return None
    for found in _PART.finditer(text):
        lo, hi = start + found.start(), start + found.end()
        if any(a <= lo and hi <= b for a, b in frames):
            continue
        iso = country or location.article_country(ctx)
        place = _country_place(iso) if iso else None
        if place is not None and town is not None and _lies_in(town, place, found.group()):
            return None
        return place
    return None


_SIDES = (("جنوب", 0, -1), ("شمال", 0, 1), ("شرق", 1, 1), ("غرب", 1, -1))


def _lies_in(town: Place, country: Place, phrase: str) -> bool:
    """The town lies on every side the phrase tells, seen from the country's representative
    point ("جنوب": south of it); the middle ("وسط") holds any town of the country."""
    if town.country != country.country or town.lat is None or town.lon is None:
        return False
    here, centre = (town.lat, town.lon), (country.lat or 0.0, country.lon or 0.0)
    return all(
        (here[axis] - centre[axis]) * sign > 0 for word, axis, sign in _SIDES if word in phrase
    )


@lru_cache(maxsize=64)
def _country_place(iso: str) -> Place | None:
    from rasad.gazetteer.overlay import country_rows

    row = next((r for r in country_rows() if r["country"] == iso), None)
    if row is None:
        return None
    return Place(
        name=row["name"], name_ar=row["name_ar"], geonameid=row["id"], lat=float(row["lat"]),
        lon=float(row["lon"]), country=iso, admin1=None, admin2=None, feature_code="PCLI",
        role="event_location", geo_precision=3,
    )
