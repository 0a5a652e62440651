"""An unidentified doer in one account of an act and the group named in another are one doer:
the merged event is coded to the group, and the unnamed group does not come back as the side
the act hit."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_bomber_named_in_the_next_sentence_is_no_second_side() -> None:
    text = (
        "قال المتحدث في مؤتمر صحافي في أنقرة، إن الانفجار نتج عن هجوم انتحاري قام به داعش. "
        "ولمحت صحف تركية إلى إمكانية أن يكون شاب (انتحاري) يناهز العشرين من العمر هو الذي "
        "نفذ الهجوم."
    )
    events = [e for e in events_of(text, "2015-07-21") if e["sub_event_type"] == "Suicide bomb"]
    assert [(e["actor1"], e["actor2"]) for e in events] == [("Islamic State (Turkey)", None)]
