"""An event told "near" a town ("بالقرب من تلعفر", "قرب مدينة كركوك") is coded at that town
with ACLED geo-precision 2: the source places it around the town, not in it. Only a town's
point is so widened (a populated place of the gazetteer, not a quarter inside a city: "قرب حي
الميدان" is still in the city); a place already coarser keeps its precision.
Read by :func:`rasad.events.record.to_event`."""

from __future__ import annotations

from typing import Any

_QUARTER = "PPLX"  # a section of a populated place


def geo_precision(place: Any, near: bool) -> int:
    """ACLED geo-precision of an event at ``place`` (3 with none), 2 for a town told near."""
    if place is None:
        return 3
    precision = getattr(place, "geo_precision", None) or 1
    code = str(getattr(place, "feature_code", "") or "")
    if near and precision == 1 and code.startswith("PPL") and code != _QUARTER:
        return 2
    return precision
