""" "اعتقلت السلطات الإيرانية 12 صحفيا": the authorities' country adjective names the police
that arrested, even when the sentence gives the arrest no place of its own."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_authorities_adjective_names_the_arresting_police_without_a_place() -> None:
    text = (
        "اعتقلت السلطات الإيرانية 12 صحفيا على الأقل يوم الأحد بتهم تتعلق بممارسة أنشطة "
        "معادية للثورة، وفقا لما نقلته وسائل إعلام محلية. وذكر موقع معارض أن مراسلا لصحيفة "
        "محلية اعتقل أيضا."
    )
    events = [e for e in events_of(text, "2013-02-01") if e["sub_event_type"] == "Arrests"]
    assert events and events[0]["actor1"] == "Police Forces of Iran"
