"""No act told: an act waited for ("ننتظر منكم مظاهرات"), a person's part in acts of a kind
("متورطا في عمليات اغتيال"), animals slaughtered ("ذبح الطيور"). The acts themselves stay."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_protests_waited_for_are_no_protest() -> None:
    assert _subs("ننتظر منكم مسيرات ومظاهرات حاشدة في كل المدن.") == []


def test_protests_held_are_a_protest() -> None:
    assert _subs("وخرجت مظاهرات في مدينة درعا أمس.") == ["Peaceful protest"]


def test_a_part_in_assassinations_is_a_record_no_attack() -> None:
    assert _subs("وكان الضابط متورطا في عمليات اغتيال لناشطين.") == []


def test_a_part_in_one_named_assassination_keeps_the_assassination() -> None:
    text = "وأعلنت السلطات التونسية عن تورط شخصين في اغتيال المعارض شكري بلعيد أمس."
    assert _subs(text) == ["Attack"]


def test_birds_slaughtered_are_no_attack() -> None:
    assert _subs("وقام العمال بذبح الطيور المصابة في المزرعة.") == []


def test_civilians_slaughtered_are_an_attack() -> None:
    assert _subs("وذبح مسلحو داعش خمسة مدنيين في الرقة أمس.") == ["Attack"]
