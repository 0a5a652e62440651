"""Event scoring against gold annotations: one-to-one matching and the DESIGN.md metrics.

A predicted event matches a gold event when they have the same ``event_type``, dates within one
day (or both unknown) and locations within 25 km (or the same name). Names are compared as
spelling-tolerant keys (see :func:`location_keys`): a gold file written by someone else spells
"Idleb" where the gazetteer says "Idlib", or names the place in Arabic. Matching is greedy over
candidate pairs ranked by how well they agree, which is close to optimal for the handful of
events an article carries. Gold events marked ``"required": false`` are borderline: a prediction
matched to one is neither a true nor a false positive, and missing one is not a false negative.

Attribute accuracies (sub-type, actors, date, fatalities, certainty) are measured over matched
pairs whose gold event is required. Actor names are compared after dropping ACLED's period tags
("(2000-)", "(2000-2024)"): the tag says which government a force belonged to, and a coder's
choice between an older and a newer spelling of the same period is not an extraction error. A
predicted name that adds a unit after the gold force ("... Syrian Arab Air Force") or leaves
it off also counts as correct. Battles carry no direction in ACLED, so their actor pair is
compared without order; every other type keeps the order (Violence against civilians always has
the civilians as actor2).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

import regex

from rasad.evaluation.places import haversine_km, mention_key
from rasad.taxonomy import EVENT_TYPES as ACLED_SUB_EVENT_TYPES

CERTAINTIES = ("asserted", "reported", "denied")

MATCH_KM = 25.0
DATE_SLACK_DAYS = 1

_PERIOD_TAG = regex.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class EventView:
    """The fields scoring needs, read from either a gold or a predicted event."""

    event_type: str | None
    sub_event_type: str | None
    alt_sub_event_types: tuple[str, ...]
    date: dt.date | None
    location: str | None
    names: frozenset[str]  # location_keys of the location and of its other names
    lat: float | None
    lon: float | None
    actor1: str | None
    actor2: str | None
    fatalities: int
    certainty: str
    required: bool


def _as_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _as_float(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def _as_int(value: Any) -> int:
    try:
        return 0 if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return 0


def _first(event: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if event.get(key) not in (None, ""):
            return event[key]
    return None


def view(event: Mapping[str, Any], other_names: Iterable[str] = ()) -> EventView:
    """Read a gold event (``date``/``lat``/``lon``) or an extraction event
    (``event_date``/``latitude``/``longitude``) into one shape.

    ``other_names`` are more names of the same location (for a prediction: the Arabic name and
    the mentions of the place it was resolved from); they widen the same-name rule.
    """
    alts = event.get("alt_sub_event_types") or ()
    names: set[str] = set()
    for name in (event.get("location"), *other_names):
        names |= location_keys(name)
    return EventView(
        event_type=event.get("event_type"),
        sub_event_type=event.get("sub_event_type"),
        alt_sub_event_types=tuple(alts),
        date=_as_date(_first(event, "date", "event_date")),
        location=event.get("location"),
        names=frozenset(names),
        lat=_as_float(_first(event, "lat", "latitude")),
        lon=_as_float(_first(event, "lon", "longitude")),
        actor1=event.get("actor1") or None,
        actor2=event.get("actor2") or None,
        fatalities=_as_int(event.get("fatalities")),
        certainty=(event.get("certainty") or "asserted"),
        required=bool(event.get("required", True)),
    )


# Romanisations of one Arabic name differ in vowels, doubled letters, the article and q/k:
# Idlib/Idleb, Deir ez-Zor/Dayr al-Zawr, Raqqa/Ar-Raqqah, Khan Shaykhun/Khan Sheikhoun.
_LATIN_ARTICLE = regex.compile(r"(?<![a-z])[ae][lnrstdzh]{1,2}[-\s]")
_FINAL_H = regex.compile(r"(?<=[aeiou])h(?![a-z])")
_NOT_LETTER = regex.compile(r"[^a-z]+")
_VOWELS = str.maketrans("", "", "aeiouyw")
_DOUBLED = regex.compile(r"(.)\1+")
_MIN_SKELETON = 2


def _latin_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c) and c not in "'`")
    text = _FINAL_H.sub("", _LATIN_ARTICLE.sub(" ", f" {text}"))
    letters = _NOT_LETTER.sub("", text).replace("q", "k")
    head = "a" if letters[:1] in "aeiou" else letters[:1]  # Ain/Ein/Ayn, Umm/Om, Idlib/Edlib
    skeleton = _DOUBLED.sub(r"\1", head + letters[1:].translate(_VOWELS))
    return skeleton if len(skeleton) >= _MIN_SKELETON else letters


def location_keys(name: str | None) -> set[str]:
    """Spelling-tolerant comparison keys of a place name, Latin or Arabic (empty for none).

    Latin names become a consonant skeleton (vowels after the first letter, y/w, doubled letters,
    the article, a final ta-marbuta "h" dropped; q = k; any first vowel is "a"); Arabic names
    their normalised form without "ال".
    """
    if not name or not name.strip():
        return set()
    if regex.search(r"\p{Arabic}", name):
        words = (mention_key(w) for w in name.split())
        return {"ar:" + " ".join(w for w in words if w)}
    return {"la:" + _latin_key(name)}


def actor_key(name: str | None) -> str:
    """An actor name without ACLED period tags, case and spacing: the comparison key."""
    return _SPACES.sub(" ", _PERIOD_TAG.sub(" ", (name or "").casefold())).strip()


def actors_agree(gold: str | None, predicted: str | None) -> bool:
    """Same actor, ignoring period tags; a unit added to or left off the gold force counts."""
    g, p = actor_key(gold), actor_key(predicted)
    if g == p:
        return True
    if not g or not p:
        return False
    return p.startswith(g + " ") or g.startswith(p + " ")


def distance_km(gold: EventView, pred: EventView) -> float | None:
    if None in (gold.lat, gold.lon, pred.lat, pred.lon):
        return None
    return haversine_km(gold.lat, gold.lon, pred.lat, pred.lon)  # type: ignore[arg-type]


def can_match(gold: EventView, pred: EventView) -> bool:
    """DESIGN.md: same type, dates within a day (or both null), within 25 km or the same name."""
    if gold.event_type != pred.event_type:
        return False
    if gold.date is None or pred.date is None:
        if gold.date is not pred.date:
            return False
    elif abs((gold.date - pred.date).days) > DATE_SLACK_DAYS:
        return False
    same_name = not gold.names.isdisjoint(pred.names)
    km = distance_km(gold, pred)
    return same_name or (km is not None and km <= MATCH_KM)


def _failed_conditions(gold: EventView, pred: EventView) -> list[str]:
    """Which of can_match's three conditions (type, date, location) the pair fails."""
    failed = []
    if gold.event_type != pred.event_type:
        failed.append("type")
    if gold.date is None or pred.date is None:
        if gold.date is not pred.date:
            failed.append("date")
    elif abs((gold.date - pred.date).days) > DATE_SLACK_DAYS:
        failed.append("date")
    km = distance_km(gold, pred)
    if gold.names.isdisjoint(pred.names) and not (km is not None and km <= MATCH_KM):
        failed.append("location")
    return failed


# Why an event went unmatched, most telling first. "wrong_type" / "wrong_date" /
# "wrong_location": an event on the other side fails only that condition; "duplicate": a
# prediction that would match a gold event another prediction already took.
_SPURIOUS_ORDER = ("duplicate", "wrong_location", "wrong_date", "wrong_type")
_MISSED_ORDER = ("wrong_location", "wrong_date", "wrong_type")


def _near_misses(one: EventView, others: Sequence[EventView], *, gold_side: bool) -> set[str]:
    reasons = set()
    for other in others:
        gold, pred = (one, other) if gold_side else (other, one)
        failed = _failed_conditions(gold, pred)
        if not failed:
            reasons.add("duplicate")
        elif len(failed) == 1:
            reasons.add("wrong_" + failed[0])
    return reasons


def spurious_reason(pred: EventView, gold: Sequence[EventView]) -> str:
    """Why an unmatched prediction is a false positive (see _SPURIOUS_ORDER)."""
    if not gold:
        return "no_gold_event"
    reasons = _near_misses(pred, gold, gold_side=False)
    return next((r for r in _SPURIOUS_ORDER if r in reasons), "unsupported")


def missed_reason(gold: EventView, predicted: Sequence[EventView]) -> str:
    """Why a required gold event went unmatched (see _MISSED_ORDER)."""
    reasons = _near_misses(gold, predicted, gold_side=True)
    return next((r for r in _MISSED_ORDER if r in reasons), "not_detected")


def subtype_ok(gold: EventView, pred: EventView) -> bool:
    return pred.sub_event_type is not None and (
        pred.sub_event_type == gold.sub_event_type
        or pred.sub_event_type in gold.alt_sub_event_types
    )


def actor_pair(gold: EventView, pred: EventView) -> tuple[bool, bool]:
    """(actor1 correct, actor2 correct); Battles compared without direction."""
    straight = (actors_agree(gold.actor1, pred.actor1), actors_agree(gold.actor2, pred.actor2))
    if gold.event_type != "Battles":
        return straight
    swapped = (actors_agree(gold.actor1, pred.actor2), actors_agree(gold.actor2, pred.actor1))
    return max(straight, swapped, key=sum)


def _pair_score(gold: EventView, pred: EventView) -> float:
    a1, a2 = actor_pair(gold, pred)
    km = distance_km(gold, pred)
    return (
        4.0 * (gold.date == pred.date)
        + 2.0 * subtype_ok(gold, pred)
        + 1.0 * a1
        + 1.0 * a2
        + 0.5 * (gold.fatalities == pred.fatalities)
        + (1.0 - km / MATCH_KM if km is not None else 0.5)
    )


def match_events(
    gold: Sequence[EventView], predicted: Sequence[EventView]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: required gold first, then by agreement score.

    Returns (gold index, predicted index) pairs.
    """
    candidates = [
        (gold[g].required, _pair_score(gold[g], predicted[p]), -g, -p, g, p)
        for g in range(len(gold))
        for p in range(len(predicted))
        if can_match(gold[g], predicted[p])
    ]
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, g, p in candidates:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return sorted(pairs)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class EventScores:
    """Counts over one or many articles; add them up, then read ``.metrics()``."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0  # predictions matched to "required": false gold events
    attr_n: int = 0  # matched pairs with a required gold event: the attribute denominator
    subtype_correct: int = 0
    actor1_correct: int = 0
    actor2_correct: int = 0
    date_correct: int = 0
    fatalities_correct: int = 0
    certainty_correct: int = 0

    def __add__(self, other: EventScores) -> EventScores:
        if not isinstance(other, EventScores):
            return NotImplemented
        return EventScores(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    def metrics(self) -> dict[str, float | int | None]:
        precision = _ratio(self.tp, self.tp + self.fp)
        recall = _ratio(self.tp, self.tp + self.fn)
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall
            else (0.0 if precision is not None and recall is not None else None)
        )
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "optional_matched": self.optional_matched,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "matched": self.attr_n,
            "sub_event_type_accuracy": _ratio(self.subtype_correct, self.attr_n),
            "actor1_accuracy": _ratio(self.actor1_correct, self.attr_n),
            "actor2_accuracy": _ratio(self.actor2_correct, self.attr_n),
            "date_exact": _ratio(self.date_correct, self.attr_n),
            "fatalities_exact": _ratio(self.fatalities_correct, self.attr_n),
            "certainty_accuracy": _ratio(self.certainty_correct, self.attr_n),
        }


@dataclass(frozen=True, slots=True)
class ArticleEventResult:
    scores: EventScores
    pairs: tuple[tuple[int, int], ...]
    missed: tuple[int, ...]  # required gold events nobody matched
    spurious: tuple[int, ...]  # predictions matched to nothing
    missed_why: tuple[str, ...] = ()  # missed_reason of each missed event
    spurious_why: tuple[str, ...] = ()  # spurious_reason of each spurious prediction


def score_events(
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Mapping[str, Any]],
    place_names: Mapping[str, Iterable[str]] | None = None,
) -> ArticleEventResult:
    """Score one article's predicted events against its gold events.

    ``place_names`` maps a predicted location's English name to its other names (the extraction's
    ``places``: Arabic name and mentions), so a gold location written in Arabic can match by name.
    """
    names = place_names or {}
    g_views = [view(e) for e in gold]
    p_views = [view(e, names.get(e.get("location") or "", ())) for e in predicted]
    pairs = match_events(g_views, p_views)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    counts = dict.fromkeys((f.name for f in fields(EventScores)), 0)
    for g, p in pairs:
        gv, pv = g_views[g], p_views[p]
        if not gv.required:
            counts["optional_matched"] += 1
            continue
        a1, a2 = actor_pair(gv, pv)
        counts["tp"] += 1
        counts["attr_n"] += 1
        counts["subtype_correct"] += subtype_ok(gv, pv)
        counts["actor1_correct"] += a1
        counts["actor2_correct"] += a2
        counts["date_correct"] += gv.date == pv.date
        counts["fatalities_correct"] += gv.fatalities == pv.fatalities
        counts["certainty_correct"] += gv.certainty == pv.certainty
    missed = tuple(i for i, gv in enumerate(g_views) if gv.required and i not in matched_g)
    spurious = tuple(i for i in range(len(p_views)) if i not in matched_p)
    counts["fn"] = len(missed)
    counts["fp"] = len(spurious)
    return ArticleEventResult(
        EventScores(**counts),
        tuple(pairs),
        missed,
        spurious,
        tuple(missed_reason(g_views[i], p_views) for i in missed),
        tuple(spurious_reason(p_views[i], g_views) for i in spurious),
    )


def validate_gold_event(event: Mapping[str, Any]) -> list[str]:
    """Problems with one gold event (empty when it is well-formed)."""
    problems: list[str] = []
    etype, sub = event.get("event_type"), event.get("sub_event_type")
    if etype not in ACLED_SUB_EVENT_TYPES:
        problems.append(f"event_type {etype!r} is not one of ACLED's {list(ACLED_SUB_EVENT_TYPES)}")
    else:
        allowed = ACLED_SUB_EVENT_TYPES[etype]
        for s in (sub, *(event.get("alt_sub_event_types") or ())):
            if s not in allowed:
                problems.append(f"sub_event_type {s!r} is not an ACLED sub-type of {etype!r}")
    date = _first(event, "date", "event_date")
    if date is not None and _as_date(date) is None:
        problems.append(f"date {date!r} is not YYYY-MM-DD")
    lat = _as_float(_first(event, "lat", "latitude"))
    lon = _as_float(_first(event, "lon", "longitude"))
    if (lat is None) != (lon is None):
        problems.append("lat and lon must both be given or both be null")
    if lat is not None and not -90 <= lat <= 90:
        problems.append(f"lat {lat} is outside [-90, 90]")
    if lon is not None and not -180 <= lon <= 180:
        problems.append(f"lon {lon} is outside [-180, 180]")
    if lat is None and not event.get("location"):
        problems.append("an event needs a location name or coordinates to be matchable")
    fat = event.get("fatalities")
    if fat is not None and (not isinstance(fat, int) or fat < 0):
        problems.append(f"fatalities {fat!r} must be a non-negative integer or null")
    if event.get("certainty", "asserted") not in CERTAINTIES:
        problems.append(f"certainty {event.get('certainty')!r} is not one of {CERTAINTIES}")
    if not isinstance(event.get("required", True), bool):
        problems.append("required must be true or false")
    return problems
