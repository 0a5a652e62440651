"""Acts joined by و to the one a threat verb governs with "بـ" are threatened, not done."""

from __future__ import annotations

from tests.events.helpers import run


def test_act_joined_far_after_a_threat_is_threatened() -> None:
    doc = run(
        "وتوعدت الفصائل خلال الأيام القليلة الماضية مرارا بضرب مواقع قوات النظام "
        "المنتشرة في ريف إدلب الجنوبي والشرقي بكل الأسلحة وقصف مطاراتها العسكرية."
    )
    assert list(doc.events) == []


def test_verb_with_its_own_doer_after_a_long_threat_is_an_act() -> None:
    doc = run(
        "وتوعدت الفصائل خلال الأيام القليلة الماضية مرارا بضرب مواقع قوات النظام "
        "المنتشرة في ريف إدلب الجنوبي والشرقي بكل الأسلحة وقصفت قوات النظام بلدة سراقب."
    )
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]


def test_a_comma_ends_what_the_threat_governs() -> None:
    doc = run(
        "وتوعدت الفصائل خلال الأيام القليلة الماضية مرارا بضرب مواقع قوات النظام "
        "المنتشرة في ريف إدلب الجنوبي والشرقي بكل الأسلحة، وقصف الطيران الروسي بلدة سراقب."
    )
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
