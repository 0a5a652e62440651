""" "من عائلة واحدة", "من أسرة واحدة": "one" agreeing with the family after a preposition
qualifies it and counts no one more; "one" after a person ("وامرأة واحدة") still counts."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2016-10-02")["events"]]


def test_members_of_one_family() -> None:
    text = (
        "قصفت طائرات حربية، الأحد، منزلا في بلدة كفرنبل ما أدى إلى مقتل ستة أشخاص من عائلة واحدة."
    )
    assert _fatalities(text) == [6]


def test_the_dead_said_to_be_of_one_family_after_the_count() -> None:
    text = (
        "قال الدفاع المدني إن سبعة مدنيين قتلوا، الأحد، في غارة جوية على بلدة كفرنبل. "
        "وأفاد ناشطون بأن القتلى من أسرة واحدة."
    )
    assert _fatalities(text) == [7]


def test_one_woman_joined_to_men_still_counts() -> None:
    text = "قتل مسلحون مجهولون، الأحد، ثلاثة رجال وامرأة واحدة في مدينة الرمادي."
    assert _fatalities(text) == [4]
