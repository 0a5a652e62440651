"""An act told near a town ("بالقرب من تلعفر", "قرب مدينة كركوك") is coded at the town with ACLED
geo-precision 2; an act told in or on the town, or near a quarter inside a city, keeps 1."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rasad.document import Place
from rasad.events.near_precision import geo_precision
from rasad.ingest import read_article
from rasad.pipeline import Pipeline


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline.default()


def _located(text: str) -> list[tuple[str | None, int]]:
    doc = _pipeline()(read_article(text, published=dt.date(2016, 3, 9)))
    return [(e.location, e.geo_precision) for e in doc.events]


def _place(code: str, precision: int = 1) -> Place:
    return Place(
        name="X", name_ar="س", geonameid="1", lat=33.0, lon=44.0, country="IQ", admin1=None,
        admin2=None, feature_code=code, role="event_location", geo_precision=precision,
    )  # fmt: skip


def test_strikes_near_a_town_are_coded_around_it() -> None:
    text = "وقال الجيش إن طائرات التحالف شنت أمس أربع غارات جوية بالقرب من تلعفر."
    assert _located(text) == [("Tall Afar", 2)]


def test_strikes_on_the_town_itself_keep_precision_one() -> None:
    text = "وقال الجيش إن طائرات التحالف شنت أمس أربع غارات جوية على تلعفر."
    assert _located(text) == [("Tall Afar", 1)]


def test_only_a_town_told_near_is_widened() -> None:
    assert geo_precision(_place("PPL"), near=True) == 2
    assert geo_precision(_place("PPLA2"), near=True) == 2
    assert geo_precision(_place("PPLX"), near=True) == 1  # a quarter: still in the city
    assert geo_precision(_place("PPL"), near=False) == 1
    assert geo_precision(_place("ADM1", 3), near=True) == 3
    assert geo_precision(None, near=True) == 3
