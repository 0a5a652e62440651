from __future__ import annotations

from pathlib import Path

import pytest

from rasad.arabic.stages import Tokenize
from rasad.document import Document, Span
from rasad.gazetteer.index import PlaceIndex, default_index
from rasad.gazetteer.stage import Places

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _row(pid, name, names_ar, country, admin1, lat, lon, code="PPL", pop=0, source="test"):
    return {
        "id": pid, "name": name, "names_ar": names_ar, "country": country, "admin1": admin1,
        "admin2": "", "lat": str(lat), "lon": str(lon), "feature_code": code,
        "population": str(pop), "source": source,
    }


# A small index of invented and real places, so mechanisms are tested apart from the data.
SMALL_ROWS = [
    _row("1", "Damascus", "دمشق", "SY", "Damascus", 33.51, 36.29, "PPLC", 1_500_000),
    _row("2", "Homs", "حمص", "SY", "Homs", 34.73, 36.71, "PPLA", 775_000),
    _row("3", "Idlib", "إدلب|ادلب", "SY", "Idleb", 35.93, 36.63, "PPLA", 128_000),
    _row("4", "Baghdad", "بغداد", "IQ", "Baghdad", 33.34, 44.40, "PPLC", 5_000_000),
    _row("10", "Jobar (Damascus)", "جوبر", "SY", "Damascus", 33.529, 36.335, "PPLX", 0, "overlay"),
    _row("11", "Jobar (Homs)", "جوبر", "SY", "Homs", 34.68, 36.66, "PPL", 0),
    _row("12", "Barzeh (Idlib)", "برزة", "SY", "Idleb", 35.69, 36.88, "PPL", 0),
    _row("13", "Barzeh (Homs)", "برزة", "SY", "Homs", 34.78, 36.92, "PPL", 0),
    _row("14", "Yarmouk (Baghdad)", "اليرموك", "IQ", "Baghdad", 33.30, 44.34, "PPL", 0),
    _row("15", "Yarmouk Camp", "مخيم اليرموك|اليرموك", "SY", "Damascus", 33.47, 36.30, "PPL", 0),
    _row("16", "Kafr Tajriba", "كفر تجربة", "SY", "Idleb", 35.80, 36.60, "PPL", 0),
    _row("17", "Al Hurriya village", "الحرية", "SY", "Hama", 35.10, 36.80, "PPL", 300),
    _row("18", "Syria", "سوريا", "SY", "", 35.0, 38.5, "PCLI", 20_000_000),
    _row("19", "Russia", "روسيا", "RU", "", 61.0, 96.0, "PCLI", 140_000_000),
    _row("20", "Latakia", "اللاذقية", "SY", "Lattakia", 35.53, 35.79, "PPLA", 340_000),
    _row("21", "Aleppo", "حلب", "SY", "Aleppo", 36.20, 37.15, "PPLA", 1_600_000),
    _row("23", "Tajriba", "تجربة", "SY", "Idleb", 35.85, 36.55, "PPL", 0),
    _row("22", "Syrian Desert", "البادية السورية", "SY", "Homs", 34.55, 38.3, "RGN", 0, "overlay"),
]


@pytest.fixture(scope="session")
def small_index() -> PlaceIndex:
    from rasad.gazetteer.overlay import blocked_phrases

    return PlaceIndex.from_rows(SMALL_ROWS, blocked=blocked_phrases())


@pytest.fixture(scope="session")
def packaged_index() -> PlaceIndex:
    return default_index()


def run_places(text: str, index: PlaceIndex | None = None) -> list[tuple[str, Span]]:
    doc = Tokenize()(Document("test", text))
    doc = Places(index)(doc)
    return [(doc.text[s.start : s.end], s) for s in doc.layer("places")]
