"""A country's name that is the adjective of "العاصمة" before the capital's name names no place.

"في العاصمة السعودية الرياض", "العاصمة السعودية، الرياض": "السعودية" is the feminine adjective
(Saudi) of the capital, whose name follows; the place told is Riyadh, not the country. Only a
country name written like its adjective is read here, and only when the capital of that same
country is the very next name, so "العاصمة السعودية" alone is left as it was.
"""

from __future__ import annotations

from itertools import pairwise

from rasad.arabic.normalize import normalize_key
from rasad.gazetteer.resolve import Mention

_CAPITAL_NOUN = normalize_key("العاصمة")
_MAX_GAP = 3  # " ", "، ": the capital's name right after


def drop_country_before_its_capital(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a country read from "العاصمة <adjective>" before its capital."""
    drop = set()
    for i, (m, nxt) in enumerate(pairwise(mentions)):
        if m.noun != _CAPITAL_NOUN or m.extra.get("prefix") or nxt.start - m.end > _MAX_GAP:
            continue
        countries = {e.country for e in m.candidates if e.feature_code.startswith("PCL")}
        if countries and any(
            e.feature_code == "PPLC" and e.country in countries for e in nxt.candidates
        ):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions
