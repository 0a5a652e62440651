"""A death told as the time of another act ("بعد مقتل", "عقب مقتله", "إثر مقتل") is an earlier
event: its dead are not the toll of the act it dates (ACLED codes each event's own deaths)."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    events = rasad.extract(text, published="2024-05-06")["events"]
    assert events, "no event read"
    return events


def test_an_abduction_after_a_leaders_death_kills_no_one() -> None:
    text = (
        "قال مصدر محلي إن ميليشيا الحوثي اختطفت عشرة مدنيين في مدينة إب يوم الأحد بعد مقتل "
        "أحد قادتها."
    )
    (ev,) = [e for e in _events(text) if e["sub_event_type"].startswith("Abduction")]
    assert ev["fatalities"] == 0


def test_shelling_after_soldiers_were_killed_does_not_take_their_dead() -> None:
    text = "قصفت القوات الحكومية بلدة كفرنبل بالمدفعية يوم الأحد بعد مقتل ثلاثة جنود."
    assert _events(text)[0]["fatalities"] == 0


def test_an_abduction_dated_by_a_death_after_eqb_kills_no_one() -> None:
    text = "خطف مسلحون خمسة عمال في مدينة درنة يوم الأحد عقب مقتل شرطيين."
    assert _events(text)[0]["fatalities"] == 0


def test_the_killing_itself_keeps_the_dead_it_counts() -> None:
    text = "قتل مسلحون جنديين في مدينة العريش يوم الأحد بعد ساعات من مقتل ضابط."
    assert _events(text)[0]["fatalities"] == 2


def test_the_attack_told_as_the_means_of_the_death_keeps_its_dead() -> None:
    text = (
        "أعلنت السلطات حالة الطوارئ في مدينة العريش يوم الأحد بعد مقتل خمسة جنود في هجوم "
        "انتحاري على حاجز للجيش."
    )
    lethal = [e for e in _events(text) if e["fatalities"]]
    assert lethal and lethal[0]["fatalities"] == 5


def test_a_death_dating_a_later_clause_of_its_own_stays_the_acts() -> None:
    text = (
        "لقي مسلح مصرعه بعد أن فجر نفسه بحزام ناسف في سوق بمدينة الرقة يوم الأحد. وقال مصدر إن "
        "المسلح الذي فجر نفسه في عملية انتحارية في الرقة، كان قياديا في التنظيم، وقبيل مصرعه "
        "كان مسؤولا عن التجنيد."
    )
    assert _events(text)[0]["fatalities"] == 1


def test_a_fight_keeps_the_dead_told_as_its_stage() -> None:
    text = (
        "شنت القوات الحكومية هجوما على مواقع المسلحين في بلدة حيس يوم الأحد، وتمكنت من "
        "السيطرة على مواقعهم، بعد مقتل 12 منهم."
    )
    assert _events(text)[0]["fatalities"] == 12


def test_strikes_referred_to_keep_the_dead_of_the_strike_told_beside() -> None:
    text = (
        "وأتت الغارات بعد مقتل تسعة مقاتلين موالين للنظام في مدينة الكسوة ليل الثلاثاء جراء "
        "قصف صاروخي استهدف مواقعهم."
    )
    lethal = [e for e in _events(text) if e["fatalities"]]
    assert lethal and lethal[0]["fatalities"] == 9
