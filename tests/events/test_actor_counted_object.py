""""قتل مسلحون ثلاثة من رجال الشرطة": without diacritics the death verb may be passive ("قُتل
مسلحون", gunmen were killed) or active; a count of people right after the actor is its object,
so the verb is active and the actor its subject."""

from __future__ import annotations

import rasad


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    events = rasad.extract(text, published="2019-05-09")["events"]
    return [(e["actor1"], e["actor2"]) for e in events]


def test_gunmen_who_killed_three_policemen_are_the_doers() -> None:
    assert _sides("قتل مسلحون مجهولون ثلاثة من رجال الشرطة في مدينة بعقوبة.") == [
        ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2018-2020)")
    ]


def test_a_count_in_digits_of_soldiers_is_the_object_too() -> None:
    assert _sides("قتل مسلحون 3 من عناصر الجيش العراقي في هجوم على قرية في كركوك.") == [
        ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2018-2020)")
    ]


def test_gunmen_killed_in_an_air_strike_stay_the_side_hit() -> None:
    sides = _sides("قتل مسلحون من تنظيم داعش في غارة جوية على مدينة الرقة.")
    assert [a2 for _a1, a2 in sides] == ["Islamic State (Syria)"]
