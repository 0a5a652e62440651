"""ACLED codes an event's fatalities as the dead of all its sides: figures for the dead of
different sides of one clash add up, in one sentence joined by "بينما"/"فيما"/"و" or in two
sentences about the same clash; figures for the same side's dead are rival reports, of which
the most conservative stands."""

from __future__ import annotations

import pytest

import rasad


def _tolls(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2024-03-10")["events"]]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "قتل 24 من ميليشيا الحوثي في مواجهات مع المقاومة الشعبية غرب مدينة تعز، بينما قتل "
            "2 من رجال المقاومة.",
            26,
        ),
        (
            "قتل 9 من عناصر تنظيم داعش في اشتباكات مع قوات البيشمركة قرب كركوك، فيما قتل 4 من "
            "مقاتلي البيشمركة.",
            13,
        ),
        # soldiers with no army named are the dead of the one state force in the clash
        ("قتل 15 من عناصر تنظيم داعش في اشتباكات مع الجيش العراقي قرب الموصل، وقتل 3 جنود.", 18),
    ],
)
def test_the_dead_of_both_sides_in_one_sentence_add_up(text: str, dead: int) -> None:
    assert _tolls(text) == [dead]


def test_the_dead_of_the_other_side_told_in_the_next_sentence_add_up() -> None:
    text = (
        "قتل 24 من ميليشيا الحوثي في مواجهات مع المقاومة الشعبية غرب مدينة تعز. وقتل 2 من "
        "رجال المقاومة في المواجهات."
    )
    assert _tolls(text) == [26]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # two reports of the soldiers' dead: the lower one
        (
            "قتل 5 جنود في هجوم لمسلحين على حاجز في شمال سيناء، فيما قالت مصادر أخرى إن 7 جنود "
            "قتلوا.",
            5,
        ),
        # civilians named in two ways are one side
        (
            "أسفر انفجار عبوة ناسفة في سوق ببغداد عن مقتل أربعة أشخاص، فيما قالت الشرطة إن "
            "ثلاثة مدنيين قتلوا.",
            3,
        ),
    ],
)
def test_figures_for_the_same_side_stay_rival_reports(text: str, dead: int) -> None:
    assert _tolls(text) == [dead]
