"""A relative pronoun after a noun of time ("في الوقت الذي قصفت فيه الطائرات …") opens an
adverb of time ("at the time when", "while"): the act it tells is news told alongside the main
clause, not an event the reader is assumed to know, so it makes its own event."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2016-05-12") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_an_air_raid_told_in_a_while_clause_is_an_event() -> None:
    text = (
        "أفاد ناشطون، اليوم الخميس، بانسحاب عناصر من الفصائل من مقر لهم في مدينة حماة، "
        "في الوقت الذي قصفت فيه طائرات النظام حي الوعر بمدينة حمص."
    )
    events = _events(text)
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes, events
    assert strikes[0]["actor1"] == "Military Forces of Syria (2000-2024)"


def test_a_while_clause_with_an_auxiliary_verb_is_an_event() -> None:
    text = (
        "قال مسؤول محلي إن الأهالي نزحوا من القرية، اليوم الخميس، في الوقت الذي كانت "
        "تقصف فيه المقاتلات الروسية بلدة كفرنبل بريف إدلب الجنوبي."
    )
    events = _events(text)
    assert any(e["sub_event_type"] == "Air/drone strike" for e in events), events


def test_a_relative_clause_on_a_noun_of_people_stays_background() -> None:
    # the relative clause describes the villagers: the strike is presupposed, no event of its own
    text = (
        "وصل إلى مدينة إدلب، اليوم الخميس، عشرات النازحين الذين قصفت طائرات النظام "
        "قراهم في ريف حماة."
    )
    events = _events(text)
    assert not any(e["sub_event_type"] == "Air/drone strike" for e in events), events
