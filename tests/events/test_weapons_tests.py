"""A weapons test ("تجربة نووية", "تجربة صاروخية") is no attack: its blast or launch hits no
one. A toll told by its own trigger in the same sentence stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-09-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_blast_of_a_nuclear_test_is_no_bombing() -> None:
    text = (
        "أعلنت بيونغ يانغ أمس أنها أجرت تجربة نووية سادسة، وقالت إن التفجير الذي وقع في "
        "موقع تحت الأرض شمال البلاد كان ناجحا."
    )
    assert _subs(text) == []


def test_a_missile_launched_in_a_test_is_no_shelling() -> None:
    text = (
        "أجرت كوريا الشمالية الثلاثاء تجربة صاروخية جديدة أطلقت خلالها صاروخا باليستيا "
        "سقط في بحر اليابان."
    )
    assert _subs(text) == []


def test_a_deadly_shelling_beside_a_test_stays_an_event() -> None:
    text = (
        "قتل خمسة مدنيين أمس في قصف مدفعي على بلدة في ريف حلب، فيما أجرت كوريا الشمالية "
        "تجربة صاروخية جديدة."
    )
    assert "Shelling/artillery/missile attack" in _subs(text)


def test_a_missile_strike_without_a_test_stays_an_event() -> None:
    text = "أطلق الحوثيون أمس صاروخا باليستيا على مدينة مأرب، وسقط قرب مبنى المحافظة."
    assert _subs(text) == ["Shelling/artillery/missile attack"]
