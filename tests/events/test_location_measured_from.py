"""A place a distance or a bracketed direction is measured from ("على بعد 25 كيلومترا شمال
غرب العاصمة السورية (دمشق)", "مدينة مأرب (شرق صنعاء)") tells where the scene lies; the town
told before it is the scene."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2013-02-02") -> list[tuple[str, str]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["location"]) for e in events]


def test_the_capital_a_distance_is_measured_from_is_not_the_scene():
    text = (
        "قتل شخصان في غارة جوية على مركز للأبحاث في بلدة جمرايا التي تقع على بعد 25 كيلومترا "
        "شمال غرب العاصمة السورية (دمشق)."
    )
    assert _rows(text) == [("Air/drone strike", "Jamraya")]


def test_a_town_past_a_distance_and_a_road_stays_the_scene():
    # near miss: "الطريق" is no word of direction or kind, the town is where it happened
    text = "قتل جنديان في اشتباكات اندلعت على بعد 3 كيلومترات من الطريق السريع في مدينة حمص."
    assert [loc for _sub, loc in _rows(text)] == ["Homs"]


def test_a_city_in_a_bracketed_direction_is_not_the_scene():
    text = (
        "انشق قائد عسكري ومسؤولون محليون في محافظة البيضاء، وسط اليمن، عن ميليشيات الحوثي، "
        "وانضموا إلى الشرعية، بعد نجاحهم في الوصول إلى مدينة مأرب (شرق صنعاء)."
    )
    assert "Sana'a" not in {loc for _sub, loc in _rows(text, "2018-06-02")}


def test_direction_aside_opens_only_a_bracketed_direction():
    from rasad.events.measured_from import direction_aside

    assert direction_aside(" (شرق ") == " شرق "
    assert direction_aside(" (الي الشمال من ") == " الي الشمال من "
    # near misses: a bracketed alias or country keeps its bracket
    assert direction_aside(" (") == " ("
    assert direction_aside(" (محافظه ") == " (محافظه "
