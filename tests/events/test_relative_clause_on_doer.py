"""A relative clause describing the doer ("حركة الشباب التي تأسست عام 2006") tells of the group,
not of the act: its year does not make the act history when the act has a day of its own, and
the people counted after it are the act's object (an active verb, not a passive one)."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2019-06-18") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_year_of_the_group_is_not_the_acts() -> None:
    text = (
        "هاجم مسلحو حركة الشباب التي تأسست عام 2006 قاعدة للجيش الصومالي أمس الاثنين "
        "في إقليم شبيلي السفلى."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert events[0]["event_date"] == "2019-06-17"
    assert events[0]["actor1"] == "Al Shabaab"


def test_soldiers_counted_past_the_clause_are_the_object() -> None:
    text = (
        "قتلت جماعة بوكو حرام التي ظهرت في نيجيريا عام 2009 ثلاثة جنود يوم الأحد في هجوم "
        "على قاعدة عسكرية في ولاية بورنو."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert events[0]["actor1"].startswith("Boko Haram")
    assert (events[0]["actor2"] or "").startswith("Military Forces of Nigeria")
    assert events[0]["sub_event_type"] == "Armed clash"


def test_year_of_the_attack_itself_is_still_history() -> None:
    text = (
        "قتل 20 شخصا في الهجوم الذي شنه التنظيم في يونيو 2014 على سوق المدينة، "
        "حسبما ذكرت الصحيفة الأحد."
    )
    assert not [e for e in _events(text) if e["event_date"] >= "2019-01-01"]


def test_relative_clause_telling_an_act_keeps_the_passive() -> None:
    text = "قتل المسلحون الذين هاجموا ثلاثة جنود في ولاية بورنو يوم الأحد."
    events = _events(text)
    assert events, "no event read"
    # the gunmen were killed: the soldiers they attacked are not the side hit
    assert not (events[0]["actor2"] or "").startswith("Military Forces")
