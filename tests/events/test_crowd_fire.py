"""People setting fires are rioters ("نزل شبان إلى الشوارع وأضرموا النيران في حاويات"); armed
men told just before the verb are not ("مسلحون أضرموا النار في المنازل")."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-03-09") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_young_men_in_the_streets_setting_fires_riot() -> None:
    text = (
        "وفي مرسيليا نزل مئات الشبان إلى الشوارع ليل الأحد وأضرموا النيران في حاويات وسيارات"
        " في أعمال عنف استمرت حتى الفجر."
    )
    assert _subs(text) == ["Violent demonstration"]


def test_demonstrators_setting_a_building_on_fire_riot() -> None:
    text = "وتظاهر المئات في مدينة البصرة يوم الأحد وأضرموا النيران في مبنى المحافظة."
    assert _subs(text) == ["Violent demonstration"]


def test_gunmen_burning_houses_are_no_rioters() -> None:
    text = "وقال شهود إن مسلحين أضرموا النار في منازل القرية في ريف حمص يوم الأحد."
    assert "Violent demonstration" not in _subs(text)


def test_a_named_group_burning_houses_is_no_riot() -> None:
    text = (
        "وقال شهود إن عناصر من تنظيم داعش أضرموا النار في منازل القرية في ريف حمص يوم الأحد."
    )
    assert "Violent demonstration" not in _subs(text)


def test_the_attackers_setting_fire_to_a_prison_building_are_no_rioters() -> None:
    text = (
        "وهاجم مسلحون سجنا في بلدة جوزا شمال نيجيريا الخميس. وأوضح أحد الحراس أن منفذي الهجوم"
        " أضرموا النيران في مبنى الإدارة ولكنهم لم يصلوا إلى الزنزانة."
    )
    assert "Violent demonstration" not in _subs(text, "2013-03-16")
