"""A territory taken after a fight with fighters the sentence names only as "المسلحين" or
"الإرهابيين" was taken from an unidentified armed group: not from the winner's main rival
state force, which no report calls gunmen or terrorists."""

from __future__ import annotations

import rasad


def _territory(text: str, published: str) -> dict:
    events = rasad.extract(text, published=published)["events"]
    taken = [e for e in events if e["sub_event_type"] == "Government regains territory"]
    assert taken, f"no territory event read in {text!r}: {events}"
    return taken[0]


def test_a_rival_government_is_not_the_terrorists_fought() -> None:
    text = (
        "أحكمت قوات الجيش الليبي سيطرتها على حي الليثي في بنغازي بعد اشتباكات عنيفة مع "
        "الإرهابيين."
    )
    event = _territory(text, "2017-03-03")
    assert event["actor1"].startswith("Military Forces of Libya (2014-) Haftar")
    assert event["actor2"] == "Unidentified Armed Group (Libya)"


def test_gunmen_driven_out_are_an_unidentified_armed_group() -> None:
    text = "استعاد الجيش الكيني السيطرة على بلدة في مقاطعة لامو بعد طرد المسلحين منها يوم الأحد."
    event = _territory(text, "2017-03-03")
    assert event["actor1"] == "Military Forces of Kenya"
    assert event["actor2"] == "Unidentified Armed Group (Kenya)"
