"""Aircraft named by no owner ("الطيران الحربي") in one account of a strike and the owner
named in another ("طائرات حربية روسية") at the same place on the same day are one strike,
coded to the named owner (merge.py: unnamed_flier). Full pipeline, texts written for these
tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2019-05-14"  # a Tuesday
RUSSIA = "Military Forces of Russia (2000-)"


def _strikes(text: str) -> list[dict]:
    out = rasad.extract(text, published=PUBLISHED)["events"]
    return [e for e in out if e["sub_event_type"] == "Air/drone strike"]


def test_named_planes_then_unnamed_planes_at_the_town_are_one_strike() -> None:
    text = (
        "شنت طائرات حربية روسية، الثلاثاء، غارات جوية على بلدة كفرنبل في ريف إدلب الجنوبي، ما "
        "أدى إلى مقتل خمسة مدنيين.\n"
        "وقال المرصد السوري لحقوق الإنسان إن الطيران الحربي استهدف بلدة كفرنبل بعدة غارات، "
        "وأسفر القصف عن دمار كبير."
    )
    strikes = _strikes(text)
    assert len(strikes) == 1, strikes
    assert strikes[0]["actor1"] == RUSSIA
    assert strikes[0]["fatalities"] == 5


def test_unnamed_planes_first_take_the_owner_a_later_account_names() -> None:
    text = (
        "قصف الطيران الحربي، صباح الثلاثاء، بلدة خان شيخون في ريف إدلب الجنوبي، ما أدى إلى "
        "مقتل ستة مدنيين بينهم طفلان.\n"
        "وقال الدفاع المدني إن طائرات حربية روسية نفذت أربع غارات على البلدة."
    )
    strikes = _strikes(text)
    assert len(strikes) == 1, strikes
    assert strikes[0]["actor1"] == RUSSIA
    assert strikes[0]["actor2"] == "Civilians (Syria)"


def test_unnamed_planes_over_another_town_stay_their_own_strike() -> None:
    text = (
        "شنت طائرات حربية روسية، الثلاثاء، غارات على بلدة خان شيخون في ريف إدلب الجنوبي.\n"
        "وفي ريف حماة، قصف الطيران الحربي بلدة كفرزيتا، ما أدى إلى مقتل مدنيين اثنين."
    )
    strikes = _strikes(text)
    assert len(strikes) == 2, strikes
    assert {s["actor1"] for s in strikes} == {RUSSIA, "Military Forces of Syria (2000-2024)"}
