"""An attack named by its arm ("هجمة جوية", "هجوم جوي", "الهجمات الجوية") is an air strike of
its own: the singular "هجمة" is no generic attack word, and the strike needs no death toll."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-06-28") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_air_attacks_counted_on_a_town_are_a_strike() -> None:
    text = (
        "وقال المرصد إن الطائرات الروسية نفذت 35 هجمة جوية على الأقل على بلدة المسيفرة "
        "في ريف درعا."
    )
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]
    assert events[0]["location"] == "Al Musayfirah"
    assert "Russia" in (events[0]["actor1"] or "")


def test_two_air_attacks_told_in_the_dual_are_a_strike() -> None:
    text = "نفذ الطيران العراقي هجمتين جويتين مساء الأربعاء على مقر لتنظيم داعش في بلدة الحويجة."
    events = _events(text)
    assert any(e["sub_event_type"] == "Air/drone strike" for e in events)


def test_a_site_named_as_a_possible_target_of_an_air_attack_is_no_strike() -> None:
    text = "وحدد التقرير محطة الكهرباء الكبرى في مدينة بقيق شرق السعودية كهدف محتمل لهجوم جوي."
    assert _events(text, published="2013-03-22") == []
