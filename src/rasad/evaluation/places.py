"""Place-resolution scoring against a gold set (see gold/README.md, "## Places").

Gold places are one entry per distinct place in an article (``mention`` plus optional ``aliases``:
other surface forms in the text naming the same place). Predicted places are the extraction
JSON ``places`` dicts, one per occurrence. Both sides are keyed by their normalised mention with a
leading "ال" stripped, so "اليرموك" and "يرموك", "سورية" and "سوريه" compare equal.

A predicted distinct mention that names no gold place is a false place. A gold place counts as
matched when any predicted mention equals its mention or one of its aliases; its coordinates
are those of the first predicted occurrence that carries coordinates, and its role is right when
any predicted occurrence has the gold role. A gold place with ``"place_type": "country"`` counts as
within 10 km when the prediction names the same country: country centroids differ by tens of
kilometres between gazetteers, and the distance says nothing about the resolution.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from rasad.arabic.normalize import normalize_key
from rasad.geo import haversine_km

WITHIN_KM = 10.0


@dataclass(frozen=True, slots=True)
class PlaceScores:
    gold: int = 0
    predicted: int = 0  # distinct predicted mentions
    matched: int = 0
    within_10km: int = 0
    admin1_correct: int = 0
    role_correct: int = 0
    false_places: int = 0

    def __add__(self, other: PlaceScores) -> PlaceScores:
        if not isinstance(other, PlaceScores):
            return NotImplemented
        return PlaceScores(**{f.name: getattr(self, f.name) + getattr(other, f.name)
                              for f in fields(self)})

    def metrics(self) -> dict[str, float]:
        """Ratios; a ratio over an empty denominator is 0.0 (nothing to score, nothing earned)."""
        def ratio(num: int, den: int) -> float:
            return num / den if den else 0.0

        return {
            "accuracy_10km": ratio(self.within_10km, self.gold),
            "precision": ratio(self.predicted - self.false_places, self.predicted),
            "admin1_accuracy": ratio(self.admin1_correct, self.matched),
            "role_accuracy": ratio(self.role_correct, self.matched),
            "recall": ratio(self.matched, self.gold),
        }


def mention_key(mention: str) -> str:
    """Comparison key: normalise_key, then drop one leading definite article."""
    key = normalize_key(mention)
    if key.startswith("ال") and len(key) > 3:
        key = key[2:]
    return key


def _same_admin1(gold: Any, predicted: Any) -> bool:
    if not gold and not predicted:
        return True
    if not gold or not predicted:
        return False
    return _admin_key(str(gold)) == _admin_key(str(predicted))


def _admin_key(name: str) -> str:
    # "Dar'a" / "Dar`a" / "dar a", "Deir-ez-Zor" / "Deir ez Zor": spelling noise, same unit
    return "".join(ch for ch in normalize_key(name) if ch.isalnum())


def _first_located(group: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    return next((p for p in group if p.get("lat") is not None and p.get("lon") is not None), None)


def score_places(gold: list[dict], predicted: list[dict]) -> PlaceScores:
    """Score one article's predicted places against its gold places."""
    return compare_places(gold, predicted)[0]


def compare_places(
    gold: list[dict], predicted: list[dict]
) -> tuple[PlaceScores, dict[str, list[Any]]]:
    """Scores plus what went wrong, for a reader to check: gold places never found
    (``missed``), found but over 10 km away (``far``), and predicted mentions naming no gold
    place (``false``)."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for p in predicted:
        groups.setdefault(mention_key(str(p.get("mention", ""))), []).append(p)

    key_to_gold: dict[str, int] = {}
    for i, g in enumerate(gold):
        for form in _forms(g):
            key_to_gold.setdefault(mention_key(form), i)

    per_gold: dict[int, list[Mapping[str, Any]]] = {}
    false: list[str] = []
    for key, group in groups.items():
        gi = key_to_gold.get(key)
        if gi is None:
            false.append(str(group[0].get("mention", "")))
        else:
            per_gold.setdefault(gi, []).extend(group)

    within = admin1_ok = role_ok = 0
    far: list[dict[str, Any]] = []
    for gi, group in per_gold.items():
        g = gold[gi]
        located = _first_located(group)
        if g.get("place_type") == "country":
            within += any(str(p.get("country") or "").upper() == str(g.get("country")).upper()
                          for p in group)
        elif located is not None and g.get("lat") is not None and g.get("lon") is not None:
            dist = haversine_km(float(g["lat"]), float(g["lon"]),
                                float(located["lat"]), float(located["lon"]))
            within += dist <= WITHIN_KM
            if dist > WITHIN_KM:
                far.append({"mention": g["mention"], "gold": g.get("name"),
                            "predicted": located.get("name"), "km": round(dist, 1)})
        if _same_admin1(g.get("admin1"), (located or group[0]).get("admin1")):
            admin1_ok += 1
        if any(p.get("role") == g.get("role") for p in group):
            role_ok += 1

    scores = PlaceScores(gold=len(gold), predicted=len(groups), matched=len(per_gold),
                         within_10km=within, admin1_correct=admin1_ok, role_correct=role_ok,
                         false_places=len(false))
    missed = [str(g["mention"]) for i, g in enumerate(gold) if i not in per_gold]
    return scores, {"missed": missed, "far": far, "false": false}


def score_corpus(pairs: Iterable[tuple[list[dict], list[dict]]]) -> PlaceScores:
    """Sum of ``score_places`` over (gold, predicted) pairs, one pair per article."""
    total = PlaceScores()
    for gold, predicted in pairs:
        total = total + score_places(gold, predicted)
    return total


def _forms(g: Mapping[str, Any]) -> list[str]:
    return [str(g["mention"]), *(str(a) for a in g.get("aliases", ()) or ())]
