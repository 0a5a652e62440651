""" "التنظيم" refers back to the organisation named before ("داعش في العراق"), not to that
country's branch: an event in another country names the branch of that country (ACLED names
Islamic State actors by the country of the event)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_the_organisation_referred_back_to_in_syria_is_its_syrian_branch() -> None:
    text = (
        "نفذت قوات التحالف الدولي 20 غارة جوية ضد أهداف لتنظيم داعش في العراق أمس. وأضاف "
        "البيان أن التحالف شن أيضا 13 غارة جوية في سورية تركزت خمس منها قرب عين العرب وقصفت "
        "وحدات تكتيكية تابعة للتنظيم."
    )
    events = [e for e in events_of(text, "2015-07-27") if e["country"] == "Syria"]
    assert events, "no strike in Syria read"
    assert {e["actor2"] for e in events} == {"Islamic State (Syria)"}
