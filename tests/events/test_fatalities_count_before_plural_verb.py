"""A count some words before a plural death verb counts people even when its noun is not a
known word for them (the verb's "وا" agrees with people only), and one person named before
it with an accusative adjective is one more dead."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-05-01")["events"]]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the counted noun and its adjective stand between the figure and the verb
        ("قال الجيش إن 30 متمردا انفصاليا قتلوا في معارك قرب بلدة كيدال.", 30),
        ("أفاد مسؤول بأن أكثر من 12 متطرفا أجنبيا، قتلوا في اشتباك في ولاية ديالى.", 12),
        # one soldier with his adjective joined by "و" to the count: one more dead
        ("قال متحدث إن جنديا تشاديا و15 متمردا قتلوا في معركة شمال مالي.", 16),
        # the one named with a few words of rank and group before "و"
        ("ذكر مسؤول أن ضابطا كبيرا في الجيش الصومالي وسبعة متمردين آخرين قتلوا قرب كسمايو.", 8),
    ],
)
def test_count_before_plural_death_verb(text: str, dead: int) -> None:
    assert fatalities(text) == [dead]


def test_things_before_a_singular_verb_are_not_dead() -> None:
    # the rockets take a feminine singular verb: the three are the dead, not the 20
    found = fatalities("أطلق المسلحون 20 صاروخا محليا قتلت ثلاثة أشخاص في مدينة بعقوبة.")
    assert not set(found) & {20, 23}


def test_verb_after_a_subordinator_has_its_own_subject() -> None:
    # the 90 prisoners were freed; "بعدما" opens the gunmen's clause, the dead are the two
    text = "اقتحم مسلحون سجنا في ولاية بورنو وأطلقوا السجناء وعددهم 90 سجينا بعدما قتلوا حارسين."
    assert 90 not in fatalities(text) and 92 not in fatalities(text)
