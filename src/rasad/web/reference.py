"""Reference points for the map, from rasad's own gazetteer resources (no tiles, no network).

- countries: ``gazetteer/countries.tsv`` (Arabic name, representative point);
- governorates: ``gazetteer/admin1.tsv`` gives each governorate's capital by Arabic name; the
  place index gives its coordinates (the populated place of that name in that country, in that
  governorate when the index says so). A governorate without a capital keeps its own point.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)


def _countries() -> list[dict[str, Any]]:
    from rasad.export import codes
    from rasad.resources import load_tsv

    out = []
    for r in load_tsv("gazetteer/countries.tsv"):
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except (TypeError, ValueError):
            continue
        c = codes.country(r["iso2"])
        out.append({
            "iso2": r["iso2"], "name": c.name if c else None,
            "name_ar": r["names_ar"].split("|")[0], "lat": lat, "lon": lon,
        })
    return out


def _admin1_points() -> list[dict[str, Any]]:
    from rasad.gazetteer.index import default_index
    from rasad.resources import load_tsv

    index = default_index()
    out = []
    for r in load_tsv("gazetteer/admin1.tsv"):
        iso2, acled = r["gn_code"].split(".")[0], r["acled"]
        names = {acled.casefold(), *(a.casefold() for a in r["acled_alt"].split("|") if a)}
        point, capital = None, False
        if r["capital_ar"]:
            cands = [
                e for e in index.lookup(r["capital_ar"])
                if e.country == iso2 and e.feature_code.startswith("PPL")
            ]
            # the capital lies in its governorate: prefer entries the index places there
            cands.sort(key=lambda e: (e.admin1.casefold() not in names, -e.prior))
            if cands:
                point, capital = cands[0], True
        if point is None:
            point = next(
                (e for e in index.lookup(r["name_ar"])
                 if e.country == iso2 and e.feature_code == "ADM1"),
                None,
            )
        if point is None:
            log.info("no map point for governorate %s (%s)", acled, r["gn_code"])
            continue
        out.append({
            "country": iso2, "admin1": acled, "admin1_ar": r["name_ar"],
            "name": point.name, "name_ar": r["capital_ar"] if capital else r["name_ar"],
            "lat": point.lat, "lon": point.lon, "capital": capital,
        })
    return out


@lru_cache(maxsize=1)
def reference() -> dict[str, Any]:
    """Event types, countries and governorate points; built once (under a second)."""
    from rasad.taxonomy import EVENT_TYPES

    return {
        "event_types": list(EVENT_TYPES),
        "countries": _countries(),
        "admin1": _admin1_points(),
    }
