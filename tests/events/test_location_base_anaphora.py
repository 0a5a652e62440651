"""A base named again as "القاعدة الجوية" / "القاعدة العسكرية" is the base named before."""

from __future__ import annotations

import rasad

_OPENING = (
    "دمرت طائرات التحالف صاروخا كان الحوثيون يستعدون لإطلاقه من قاعدة الديلمي العسكرية"
    " شمالي صنعاء.\n\nوفي صعدة، قتل ثلاثة مدنيين في قصف على سوق شعبي.\n\n"
)


def _events(text: str) -> list[tuple[str, str | None]]:
    return [
        (e["sub_event_type"], e["location"])
        for e in rasad.extract(text, published="2018-04-05")["events"]
    ]


def test_strikes_inside_the_air_base_are_placed_at_the_base_named_before():
    text = _OPENING + "كما قصفت طائرات التحالف مخازن أسلحة داخل القاعدة الجوية."
    assert ("Air/drone strike", "Al-Dailami Air Base") in _events(text)


def test_al_qaeda_is_not_read_as_the_base():
    text = _OPENING + "وقال مسؤول إن قياديا في القاعدة قتل في غارة أمريكية."
    events = _events(text)
    at_base = [e for e in _events(_OPENING) if e[1] == "Al-Dailami Air Base"]  # the opening's
    assert events and [e for e in events if e[1] == "Al-Dailami Air Base"] == at_base
