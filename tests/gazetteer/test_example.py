"""The founding example article (skipped when ../shared is absent)."""

from __future__ import annotations

import math

import pytest

from .conftest import SHARED, run_places

EXAMPLE = SHARED / "examples" / "south-damascus-2018-05-21.txt"

pytestmark = pytest.mark.shared


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def places():
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} not found (../shared absent)")
    body = EXAMPLE.read_text(encoding="utf-8").split("حرية برس:", 1)[1]
    return run_places(body)


# True positions (independent of the index): Yarmouk camp, Hajar al-Aswad, Tadamon.
@pytest.mark.parametrize(
    ("mention", "lat", "lon"),
    [
        ("مخيم اليرموك", 33.474, 36.302),
        ("الحجر الأسود", 33.460, 36.303),
        ("التضامن", 33.481, 36.318),
    ],
)
def test_neighbourhoods_within_3_km(places, mention, lat, lon):
    found = [s.value for t, s in places if t == mention]
    assert found, f"{mention} not found"
    for p in found:
        assert _km(p.lat, p.lon, lat, lon) <= 3.0, (mention, p)
        assert p.geo_precision == 1


def test_damascus_resolved(places):
    damascus = [s.value for t, s in places if t == "دمشق"]
    assert damascus and all(p.admin1 == "Damascus" and p.country == "SY" for p in damascus)
    assert _km(damascus[0].lat, damascus[0].lon, 33.513, 36.292) < 5


def test_syrian_desert_is_a_destination_region(places):
    badia = [s.value for t, s in places if "البادية" in t or "بادية" in t]
    assert badia
    assert all(p.role == "destination" and p.geo_precision == 2 for p in badia)


@pytest.mark.parametrize("mention", ["اللاذقية", "حلب", "طرطوس"])
def test_home_areas_of_the_dead_are_origins(places, mention):
    [p] = [s.value for t, s in places if t == mention]
    assert p.role == "origin"


def test_no_outlet_or_common_word_places(places):
    texts = {t for t, _ in places}
    assert not texts & {"روسيا", "روسيا اليوم", "الشيوخ", "المنطقة", "الشرقية"}
