"""Other senses of the control words: a complaint filed with the police ("حررت بلاغا"), unrest
brought under control ("سيطرت … على فوضى") and workers freed take no ground."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_complaint_filed_with_the_police_takes_no_ground() -> None:
    assert _subs("وقالت المواطنة إنها اتصلت بالشرطة وحررت بلاغا بما حدث في دبي أمس.") == []


def test_unrest_brought_under_control_takes_no_ground() -> None:
    text = (
        "وقال المتحدث إن الجهات الأمنية سيطرت اليوم على فوضى أحدثها عدد من المراجعين في"
        " مستشفى الرياض."
    )
    assert _subs(text) == []


def test_a_town_taken_is_still_ground() -> None:
    text = (
        "وقالت المصادر إن المسلحين سيطروا اليوم على بلدة صيدا في ريف درعا بعد معارك مع"
        " قوات النظام."
    )
    assert _subs(text) == ["Non-state actor overtakes territory"]
