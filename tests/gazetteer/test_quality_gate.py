"""Quality gate on the project's place gold set (gold/places_dev.jsonl; texts in ../shared).

Floors pinned at the measured level minus a small margin: a change may raise them, not silently
lower them. Measured 2026-11-25: accuracy@10km 0.782, precision 0.968, admin1 0.945,
role 0.781, recall 0.844; then, with provinces abroad, the container-place role rule and the
foreign-village rule: 0.797, 0.974, 0.958, 0.814, 0.856 (targets: 0.92 within 10 km, 0.95
precision). Round 2 (governorates at their capitals, names inside longer names, statement and
spread roles, spacing and hamza variants, direction-aware qualifiers): 0.805, 0.983, 0.959,
0.855, 0.869. Round 3 (unlisted local places located by their qualifier or the article's city,
name-opening words, mined overlay names): 0.833, 0.981, 0.963, 0.852, 0.903. 2026-11-26 (mined
common words and given names, Dubai's centre, "في بغداد اليوم"): 0.838, 0.984, 0.963, 0.850, 0.908.
Fifth session (bare-listed names after a place noun, qualifier contradictions, distance roles,
mined glued words and world-city variants): 0.838, 0.986, 0.966, 0.853, 0.905. Eighth session
(usual news referents such as the Red Sea, Iraqi towns given to namesakes, city quarters):
0.854, 0.984, 0.969, 0.847, 0.921. Tenth and eleventh sessions (official-title seats, clans,
borders, launch points, provinces containing their places): 0.862, 0.984, 0.970, 0.856, 0.926.
Thirteenth session (streets named after far places, adverbs and tanween forms that are no
places, Nigeria's north-east): 0.864, 0.987, 0.970, 0.859, 0.928. Sixteenth session: 0.918,
0.987, 0.970, 0.855, 0.941 — of the +0.05 within 10 km, about two thirds are corrections of
gold entries that broke the set's own guideline 4 (governorates at their capital) or named no
place (see the git log of gold/places_dev.jsonl); the rest are rules (a village placed at its
named district, directional countryside, hamlets named again bare, agency datelines).
Seventeenth session: 0.920, 0.987, 0.970, 0.858, 0.943 (a town after "its seat", WOF names typed
with Persian kaf and yeh, a place dated by a past year in its clause is history). Eighteenth
session: 0.920, 0.987, 0.970, 0.875, 0.943 (people seized "from" a place seized there, "X
القريبة من Y" a qualifier, "في X" closing "إلى <place noun>" a destination).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.arabic.stages import Tokenize
from rasad.document import Document
from rasad.gazetteer.stage import Places

from .conftest import SHARED

GOLD = Path(__file__).resolve().parents[2] / "gold" / "places_dev.jsonl"

FLOORS = {
    "accuracy_10km": 0.91,
    "precision": 0.98,
    "admin1_accuracy": 0.96,
    "role_accuracy": 0.87,
    "recall": 0.93,
}

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_places_quality_floors():
    if not SHARED.exists() or not GOLD.exists():
        pytest.skip("needs ../shared and gold/places_dev.jsonl")
    from rasad.corpora import load_ref
    from rasad.evaluation.places import PlaceScores, score_places

    stage, tok = Places(), Tokenize()
    total = PlaceScores()
    with GOLD.open(encoding="utf-8") as fh:
        for line in fh:
            gold = json.loads(line)
            doc = stage(tok(Document(gold["id"], load_ref(gold["ref"]).text)))
            predicted = [
                {
                    "mention": doc.text[s.start : s.end],
                    "lat": s.value.lat,
                    "lon": s.value.lon,
                    "country": s.value.country,
                    "admin1": s.value.admin1,
                    "role": s.value.role,
                }
                for s in doc.layer("places")
            ]
            total = total + score_places(gold["places"], predicted)
    metrics = total.metrics()
    low = {k: round(metrics[k], 3) for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not low, f"below the floors {FLOORS}: {low} (all: {metrics})"
