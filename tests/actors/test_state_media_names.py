"""State media's own words: "جيشنا الباسل" (our valiant army) is the country's army, and
"مجموعة إرهابية مسلحة" the unnamed armed group it fights."""

from __future__ import annotations

import rasad


def _actors(text: str) -> dict[str, str]:
    actors = rasad.extract(text, published="2013-04-10")["actors"]
    return {a["mention"]: a["canonical"] for a in actors}


def test_our_valiant_army_and_an_armed_terrorist_group() -> None:
    text = (
        "دمشق - قالت وكالة سانا إن وحدات من جيشنا الباسل قتلت عددا من أفراد مجموعات إرهابية "
        "مسلحة في حي جوبر بدمشق."
    )
    assert _actors(text) == {
        "جيشنا الباسل": "Military Forces of Syria (2000-2024)",
        "مجموعات إرهابية مسلحة": "Unidentified Armed Group (Syria)",
    }
