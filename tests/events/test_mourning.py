"""A funeral, a mourning hall or a vigil held for the dead of an act ("جنازة لضحايا الهجوم",
"وقفة حداد على أرواح ضحايا التفجير") tells no new killing, and the crowd of mourners ("شارك
المئات في تشييع جثمانه") is no count of the dead. A killing at the funeral stays news."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-05-10") -> list[tuple[str, int]]:
    return [
        (e["sub_event_type"], e["fatalities"])
        for e in rasad.extract(text, published=published)["events"]
    ]


def test_a_funeral_for_the_victims_of_an_attack_is_no_attack() -> None:
    assert _events("أقيمت في مدينة الفلوجة أمس جنازة لضحايا الهجوم الذي استهدف السوق.") == []


def test_a_vigil_for_the_victims_of_a_bombing_is_no_bombing() -> None:
    assert _events("نظم العشرات في مدينة إب وقفة حداد على أرواح ضحايا التفجير.") == []


def test_the_victims_of_a_bombing_told_as_news_stay_an_event() -> None:
    text = "سقط عشرة قتلى من ضحايا التفجير الذي ضرب سوق مدينة إب اليوم."
    assert [sub for sub, _ in _events(text)] == ["Remote explosive/landmine/IED"]


def test_mourners_are_no_dead() -> None:
    text = "قتل شاب أمس برصاص قناص في مدينة الضالع، وشارك المئات في تشييع جثمانه اليوم."
    assert _events(text) == [("Attack", 1)]


def test_dozens_killed_at_a_funeral_stay_significant() -> None:
    text = "قتل العشرات خلال تشييع جنازة في مدينة كركوك اليوم إثر انفجار سيارة مفخخة."
    assert _events(text) == [("Remote explosive/landmine/IED", 10)]


def test_shots_at_mourners_stay_an_attack() -> None:
    text = "فتحت قوات الأمن النار على المشيعين خلال الجنازة فسقط ضحايا في مدينة الضالع اليوم."
    assert [sub for sub, _ in _events(text)] == ["Attack"]


def test_the_dead_named_at_a_funeral_are_no_new_clash() -> None:
    text = "شارك المئات أمس في تشييع الشبان الأربعة ضحايا الاشتباكات التي وقعت في مدينة السويس."
    assert _events(text) == []


def test_dozens_of_dead_buried_stay_significant() -> None:
    text = (
        "قتلت القوات الإسرائيلية اليوم فلسطينيين قرب حدود قطاع غزة، ويستعد الأهالي لتشييع "
        "عشرات الشهداء."
    )
    assert [fat for _, fat in _events(text)] == [10]
