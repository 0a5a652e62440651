"""An account told at a country alone does not outrank the town another account goes on from."""

from __future__ import annotations

import rasad

_BLAST = "قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة قندهار جنوب أفغانستان الاثنين."


def _locations_from(text: str, opening: str) -> set[str | None]:
    start = text.index(opening)
    events = rasad.extract(text, published="2021-06-14")["events"]
    return {e["location"] for e in events if e["evidence"]["start"] == start}


def test_a_series_told_at_the_country_leaves_the_clash_at_the_town_before():
    text = (
        _BLAST + " واندلعت اشتباكات بين قوات الأمن الأفغانية ومسلحين بعد ذلك.\n"
        "والهجوم هو الأحدث ضمن سلسلة هجمات تشهدها أفغانستان هذا العام."
    )
    assert _locations_from(text, "واندلعت") == {"Kandahar"}


def test_the_clash_called_the_fiercest_in_the_country_stays_at_the_town():
    text = (
        _BLAST + " واندلعت اشتباكات بين قوات الأمن الأفغانية ومسلحين بعد ذلك.\n"
        "والاشتباكات هي الأعنف في أفغانستان منذ أشهر."
    )
    assert _locations_from(text, "واندلعت") == {"Kandahar"}


def test_a_clash_placed_only_by_the_story_lead_keeps_the_country_told():
    text = (
        _BLAST + "\nواندلعت اشتباكات بين قوات الأمن الأفغانية ومسلحين.\n"
        "والاشتباكات هي الأعنف في أفغانستان منذ أشهر."
    )
    assert "Kandahar" not in _locations_from(text, "واندلعت")
