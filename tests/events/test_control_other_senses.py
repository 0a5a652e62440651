"""Control words used of things that are not ground: a feeling that takes hold, a faculty or
a status regained, a periodical edited, a hold consolidated, a liberation someone is ready
for. None is a takeover; a force taking a town or buildings stays one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_fear_taking_hold_of_a_street_is_no_takeover() -> None:
    assert _subs("سيطر الخوف على سكان مدينة طرابلس اليوم.") == []


def test_a_mood_told_as_a_wave_is_no_takeover() -> None:
    assert _subs("وافتتح المعرض في حلب وقت سيطرة موجة من الطقس الحار على المدينة.") == []


def test_regaining_consciousness_is_no_regaining_of_ground() -> None:
    text = "وقال المستشفى في برمنغهام: لقد استعادت وعيها وبدأت بالتحدث مع طاقم المستشفى."
    assert _subs(text) == []


def test_editors_named_as_heads_of_the_press_are_no_liberation() -> None:
    text = "وقال الوزير في لقاء مع رؤساء تحرير الصحف في عمان اليوم إن الخلية خططت لهجمات."
    assert "Non-state actor overtakes territory" not in _subs(text)


def test_editing_a_magazine_is_no_liberation() -> None:
    assert _subs("ويشرف على تحرير المجلة في بروكسل صحفي من أصل مغربي.") == []


def test_consolidating_a_hold_is_no_takeover() -> None:
    assert _subs("وهي فرصة لإسرائيل لتوطد سيطرتها على هضبة الجولان.") == []


def test_a_liberation_someone_stands_ready_for_is_still_to_come() -> None:
    text = "وقال الجنرال اليوم: نحن مستعدون فور تحرير دوما من المسلحين لإرسال خبراء."
    assert _subs(text) == []


def test_a_force_taking_a_town_stays_a_takeover() -> None:
    text = "سيطرت قوات المعارضة اليوم على مدينة الرقة بعد اشتباكات."
    assert _subs(text) == ["Non-state actor overtakes territory"]


def test_fighters_taking_broadcast_buildings_stay_a_takeover() -> None:
    text = "وسيطر المقاتلون اليوم على مباني الإذاعة والتلفزيون في عدن."
    assert _subs(text) == ["Non-state actor overtakes territory"]
