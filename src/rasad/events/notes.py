"""One English sentence per event, ACLED style, generated from the event's fields only."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

_PERIOD = regex.compile(r"\s*\(\d{4}-\d{0,4}\)")

# sub-event type → clause after "On <date>, "; {a1} {a2} {loc} are filled in, {from_a2} is
# " from <actor2>" when known.
TEMPLATES: dict[str, str] = {
    "Government regains territory": "{a1} regained control of {loc}{from_a2}",
    "Non-state actor overtakes territory": "{a1} took control of {loc}{from_a2}",
    "Armed clash": "{a1} clashed with {a2} in {loc}",
    "Chemical weapon": "{a1} carried out a chemical weapon attack on {loc}",
    "Air/drone strike": "{a1} carried out air or drone strikes on {loc}",
    "Suicide bomb": "{a1} carried out a suicide bombing in {loc}",
    "Shelling/artillery/missile attack": "{a1} shelled {loc}",
    "Remote explosive/landmine/IED": "an explosive device attributed to {a1} detonated in {loc}",
    "Grenade": "{a1} threw a grenade in {loc}",
    "Sexual violence": "{a1} committed sexual violence against {a2} in {loc}",
    "Attack": "{a1} attacked {a2} in {loc}",
    "Abduction/forced disappearance": "{a1} abducted {a2} in {loc}",
    "Peaceful protest": "{a1} demonstrated in {loc}",
    "Protest with intervention": "{a1} demonstrated in {loc} and were dispersed by {a2}",
    "Excessive force against protesters": "{a2} used lethal force against {a1} in {loc}",
    "Violent demonstration": "{a1} rioted in {loc}",
    "Mob violence": "{a1} attacked {a2} in {loc}",
    "Agreement": "{a1} reached an agreement with {a2} concerning {loc}",
    "Arrests": "{a1} arrested {a2} in {loc}",
    "Change to group/activity": "{a1} changed its activity or deployment in {loc}",
    "Disrupted weapons use": "{a1} disrupted a weapons attack in {loc}",
    "Headquarters or base established": "{a1} established a base in {loc}",
    "Looting/property destruction": "{a1} looted or destroyed property in {loc}",
    "Non-violent transfer of territory": "{a1} took over {loc} without fighting{from_a2}",
    "Other": "a strategic development involving {a1} was reported in {loc}",
}


def short_actor(name: str | None, default: str) -> str:
    """ "Military Forces of Syria (2000-2024)" → "Military Forces of Syria"."""
    return _PERIOD.sub("", name).strip() if name else default


@lru_cache(maxsize=4096)
def format_date(date: str | None) -> str:
    """ "2018-05-21" → "21 May 2018" (kept per date: every event's note formats one, and
    strftime is slow)."""
    if not date:
        return "an unreported date"
    d = dt.date.fromisoformat(date)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def make_note(
    *,
    sub_event_type: str,
    event_date: str | None,
    actor1: str | None,
    actor2: str | None,
    location: str | None,
    admin1: str | None,
    fatalities: int | None,
    claimed_by: str | None,
    certainty: str,
    time_precision: int = 1,
) -> str:
    a1 = short_actor(actor1, "unidentified actors")
    a2 = short_actor(actor2, "an unidentified party")
    loc = location or "an unspecified location"
    if location and admin1 and admin1 not in location:
        loc = f"{location} ({admin1})"
    body = TEMPLATES.get(sub_event_type, "{a1} was involved in an event in {loc}").format(
        a1=a1, a2=a2, loc=loc, from_a2=f" from {a2}" if actor2 else ""
    )
    when = format_date(event_date)
    lead = {1: "On", 2: "Around", 3: "In the month of"}.get(time_precision, "On")
    if time_precision == 3 and event_date:
        d = dt.date.fromisoformat(event_date)
        when = f"{d.strftime('%B')} {d.year}"
    parts = [f"{lead} {when}, {body}"]
    if claimed_by and certainty != "asserted":
        parts.append(f"according to {claimed_by}")
    if certainty == "denied":
        parts.append("a report that was denied")
    if fatalities:
        parts.append(f"with {fatalities} reported fatalit{'y' if fatalities == 1 else 'ies'}")
    sentence = ", ".join(parts) + "."
    return sentence[0].upper() + sentence[1:]
