"""Two or more bombers blowing themselves up are a suicide bombing, like one (triggers.yaml
"suicide": the plural nouns and the dual or plural detonation verb with its reflexive
object)."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2015-07-04")]


def test_a_dual_verb_with_its_reflexive_is_a_suicide_bombing() -> None:
    subs = _subs("قتل خمسة أشخاص عندما دخل رجلان سوق مدينة كركوك وفجرا نفسيهما بين الناس.")
    assert subs == ["Suicide bomb"]


def test_a_plural_verb_with_a_plural_reflexive_is_a_suicide_bombing() -> None:
    subs = _subs("قالت الشرطة إن ثلاث فتيات فجرن أنفسهن في سوق مدينة مايدوغوري صباح اليوم.")
    assert subs == ["Suicide bomb"]


def test_the_plural_bombers_noun_is_a_suicide_bombing() -> None:
    assert _subs("استهدف انتحاريون مسجدا في مدينة كابول يوم الجمعة.") == ["Suicide bomb"]


def test_an_outbreak_and_a_reflexive_are_no_bombing() -> None:
    text = "وصل الجنود فجر اليوم ووجدوا أنفسهم محاصرين في مدينة الموصل بعد أن تفجرت الأزمة."
    assert _subs(text) == []
