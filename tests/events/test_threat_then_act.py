"""A past verb opening a clause of its own after a threat is an act done, not threatened."""

from __future__ import annotations

from tests.events.helpers import run


def test_past_verb_after_a_comma_is_done() -> None:
    doc = run("وهدد الجيش بالرد، وقصفت قوات النظام بلدة سراقب صباح اليوم.")
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]


def test_abduction_after_a_vow_of_revenge_is_done() -> None:
    doc = run("وتوعد داعش بالانتقام، واختطف عناصره ثلاثة مدنيين من الرقة.")
    assert [e.sub_event_type for e in doc.events] == ["Abduction/forced disappearance"]


def test_verbal_noun_after_a_comma_is_still_threatened() -> None:
    doc = run("وهدد الجيش بالرد، وقصف مواقع الفصائل في سراقب.")
    assert list(doc.events) == []
