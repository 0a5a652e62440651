"""A captor named after the men it holds: "محتجزين لدى هيئة تحرير الشام" (held by) makes the
holder actor1 of the abduction told in the sentence, the men held its other side."""

from __future__ import annotations

from tests.events.helpers import events_of


def _sides(text: str, published: str = "2021-03-10") -> list[tuple[str, str | None]]:
    return [(e["actor1"], e["actor2"]) for e in events_of(text, published)]


def test_holder_after_the_held_journalists_is_the_abductor() -> None:
    text = "اختطف صحفيان في مدينة إدلب أمس وما زالا محتجزين لدى هيئة تحرير الشام حتى اليوم."
    assert _sides(text) == [("HTS: Hayat Tahrir al Sham", "Civilians (Syria)")]


def test_held_civilians_read_as_subject_are_the_side_held() -> None:
    text = (
        "أفادت مصادر بأن ثلاثة مدنيين خطفوا في مدينة الموصل أمس وما زالوا محتجزين لدى "
        "تنظيم داعش."
    )
    assert _sides(text, "2015-03-10") == [("Islamic State (Iraq)", "Civilians (Iraq)")]
