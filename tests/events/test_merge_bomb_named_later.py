"""An explosion told with nobody named (read as a planted bomb, "Unidentified armed group")
and told again as a suicide bombing that names the group are one bomb, coded to the group
(merge._one_kind). Full pipeline, texts written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2016-08-22"  # a Monday


def _bombs(text: str) -> list[dict]:
    out = rasad.extract(text, published=PUBLISHED)["events"]
    return [e for e in out if e["event_type"] == "Explosions/Remote violence"]


def test_an_explosion_then_the_suicide_bombing_named_is_one_event() -> None:
    text = (
        "قتل 22 شخصا، الاثنين، في انفجار استهدف حفل زفاف في مدينة غازي عنتاب جنوبي تركيا.\n"
        "وقال رئيس الوزراء إن التفجير الانتحاري الذي أوقع القتلى في غازي عنتاب نفذه تنظيم داعش."
    )
    bombs = _bombs(text)
    assert len(bombs) == 1, bombs
    assert bombs[0]["actor1"].startswith("Islamic State")
    assert bombs[0]["fatalities"] == 22
