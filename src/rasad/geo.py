"""Great-circle distances, the one geometry rasad needs (places, events, dedup, evaluation)."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def km_between(a: object, b: object) -> float | None:
    """Distance between two objects with ``lat``/``lon`` attributes; None if either lacks them."""
    la, oa = getattr(a, "lat", None), getattr(a, "lon", None)
    lb, ob = getattr(b, "lat", None), getattr(b, "lon", None)
    if la is None or oa is None or lb is None or ob is None:
        return None
    return haversine_km(la, oa, lb, ob)
