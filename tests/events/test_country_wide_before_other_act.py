"""A tally told spread over a country is no account of a town another act of its sentence names."""

from __future__ import annotations

import rasad


def rows(text: str, published: str) -> list[tuple[str, str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return sorted((e["sub_event_type"], e["location"], e["fatalities"]) for e in events)


def test_nationwide_toll_is_not_placed_at_the_town_of_another_act() -> None:
    # Hama is where the helicopter was downed; the 87 dead are a tally across Syria
    text = (
        "قالت مصادر المعارضة إن 87 قتيلا سقطوا في المواجهات بين القوات الحكومية ومسلحي "
        "المعارضة، في مختلف أنحاء سوريا الأحد، وأشارت إلى أن مقاتلي المعارضة تمكنوا من "
        "إسقاط مروحية تابعة للجيش، في حماة."
    )
    assert all(f != 87 for _s, _loc, f in rows(text, "2013-04-08"))


def test_toll_told_at_a_town_keeps_it_beside_another_act() -> None:
    text = (
        "قالت مصادر المعارضة إن 87 قتيلا سقطوا في المواجهات بين القوات الحكومية ومسلحي "
        "المعارضة في مدينة حماة الأحد، وأشارت إلى أن مقاتلي المعارضة تمكنوا من إسقاط مروحية "
        "تابعة للجيش في إدلب."
    )
    assert ("Armed clash", "Hama", 87) in rows(text, "2013-04-08")
