"""A toll one side claims, answered in the same sentence by another side's report of no dead
(injuries only, or deaths denied): ACLED's most conservative figure is 0. A contrast that
reports nothing, or a rival with dead of its own, leaves the toll to the usual rules."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str = "2019-05-02") -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published=published)["events"]]


def test_claim_answered_by_injuries_only_counts_no_dead() -> None:
    text = (
        "قال متمردون إنهم قتلوا أكثر من 200 جندي في هجوم على قاعدة في مدينة الفاشر أمس، لكن "
        "الحكومة قالت إن قواتها منيت فقط بعدد من الإصابات."
    )
    assert _fatalities(text) == [0]


def test_claim_answered_by_a_denial_of_deaths_counts_no_dead() -> None:
    text = (
        "قال متمردون إنهم قتلوا 50 جنديا في هجوم على قاعدة في مدينة الفاشر أمس، لكن الجيش "
        "نفى سقوط قتلى في صفوفه."
    )
    assert _fatalities(text) == [0]


def test_claim_answered_by_losses_limited_to_wounds_counts_no_dead() -> None:
    text = (
        "قال متمردون إنهم قتلوا 50 جنديا في هجوم على قاعدة في مدينة الفاشر أمس، لكن الجيش "
        "قال إن الهجوم اقتصر على إصابة عدد من الجنود."
    )
    assert _fatalities(text) == [0]


def test_rival_with_dead_of_its_own_gives_the_lower_figure() -> None:
    text = (
        "قال متمردون إنهم قتلوا 50 جنديا في هجوم على قاعدة في مدينة الفاشر أمس، بينما قال "
        "الجيش إن جنديين قتلا في الهجوم."
    )
    assert _fatalities(text) == [2]


def test_contrast_without_a_report_keeps_the_dead() -> None:
    text = (
        "قتل ثلاثة أشخاص في الانفجار الأول في مدينة بغداد أمس، بينما اقتصرت أضرار الانفجار "
        "الثاني على إصابة أربعة."
    )
    assert _fatalities(text) == [3]
