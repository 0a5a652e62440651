"""Great-circle distance shared by places, events, dedup and evaluation."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasad.geo import haversine_km, km_between


def test_one_degree_of_latitude_and_a_known_city_pair() -> None:
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.195, abs=0.01)
    # Damascus to Aleppo, about 310 km
    assert haversine_km(33.5102, 36.2913, 36.2024, 37.1518) == pytest.approx(310, abs=5)


def test_objects_without_coordinates_have_no_distance() -> None:
    damascus = SimpleNamespace(lat=33.5102, lon=36.2913)
    assert km_between(damascus, SimpleNamespace(lat=33.5102, lon=36.2913)) == 0.0
    assert km_between(damascus, SimpleNamespace(lat=None, lon=36.0)) is None
    assert km_between(damascus, object()) is None
