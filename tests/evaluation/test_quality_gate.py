"""Quality gate: the full pipeline on the project's own event dev gold (gold/events_dev.jsonl).

Floors are pinned a little under the measured figures (see BENCHMARKS.md); a change may raise
them, never silently lower them. The held-out sets (gold/*_test.jsonl) are reported in
BENCHMARKS.md but not gated, so that nobody tunes against them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SHARED

GOLD = Path(__file__).resolve().parents[2] / "gold" / "events_dev.jsonl"

# Measured 2026-11-26 (end of the fourth session) on the dev set: F1 0.727, sub-type 0.966,
# actor1 0.865, date 0.944, fatalities 0.910; end of the fifth session: F1 0.738, sub-type
# 0.967, actor1 0.889, date 0.956, fatalities 0.933; sixth session: F1 0.754, sub-type 0.967,
# actor1 0.902, date 0.957, fatalities 0.935; seventh session: F1 0.763, the rest unchanged;
# eighth session: F1 0.778, sub-type 0.968, actor1 0.903, date 0.946, fatalities 0.925 (one more
# event matched with the wrong day and toll: the counts right stayed 88 and 86); ninth session:
# F1 0.783, date 0.957 (a weekday beside its full date, "بعد N أيام من"), the rest about equal;
# tenth and eleventh sessions: F1 0.797, sub-type 0.969, actor1 0.917, actor2 0.833, date 0.958,
# fatalities 0.927; twelfth session: F1 0.808 (precision 0.758, recall 0.866), actor1 0.907,
# actor2 0.825, date 0.959, fatalities 0.928 (targets: 0.80 / 0.85 / 0.85 / 0.90 / 0.90);
# thirteenth session: actor1 0.918 (air forces named with their country), the rest unchanged;
# fourteenth session: F1 0.815 (precision 0.770), actor2 0.835, the rest unchanged; fifteenth
# session: actor1 0.928, duplicates 4 → 3, the rest unchanged; sixteenth session: F1 0.819
# (duplicates 3 → 2), date 0.969 (a paragraph's day carried to the acts after it), the rest
# unchanged; seventeenth session: F1 0.822 (armed men a group seizes are
# taken in its fight, no abduction), the rest unchanged; eighteenth session: F1 0.819 (one gold
# event found only by a nationwide tally merged into it is lost), sub-type 0.979, actor2 0.845,
# fatalities 0.938 (a nationwide toll no longer given to a town's event); twenty-first session:
# F1 0.822, sub-type 0.990, actor1 0.938 (a withdrawal forced by fighting keeps its territory type);
# twenty-second session: F1 0.826 (identical rows of one article merged), actor1 0.948 (a battle
# told by a country's interior or defence ministry has that body's forces as the other side).
FLOORS = {
    "f1": 0.81,
    "sub_event_type_accuracy": 0.98,
    "actor1_accuracy": 0.94,
    # actor2: 0.663 at the start of the seventh session, 0.826 at its end (foes from the
    # dictionary's wars, sides across a date set off by commas); 0.839 at the end of the eighth
    "actor2_accuracy": 0.84,
    "date_exact": 0.96,
    "fatalities_exact": 0.93,
    # certainty follows gold/README.md (named source → asserted): 0.989 measured 2026-11-26
    "certainty_accuracy": 0.98,
}

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_event_quality_floors():
    if not (SHARED / "data").exists():
        pytest.skip("needs ../shared/data (the gold set's article texts)")
    from rasad.evaluation.run import evaluate

    report = evaluate(GOLD, score_places=False)
    assert report.failed == 0, "articles failed in the pipeline"
    metrics = report.events.metrics()
    below = {k: (round(metrics[k], 3), floor) for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not below, f"quality fell below the pinned floors (measured, floor): {below}"
