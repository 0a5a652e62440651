""""بين X وY" where X is a bare word no actor is read from ("القوات"): the recognised Y is the
second side named, not actor1; who did it is the doer the sentence names."""

from __future__ import annotations

import rasad


def _clash(text: str) -> dict:
    found = rasad.extract(text, published="2024-05-10")["events"]
    events = [e for e in found if e["event_type"] == "Battles"]
    assert events, "no clash read"
    return events[0]


def test_named_doer_keeps_actor1_when_first_side_is_unrecognised() -> None:
    e = _clash(
        "قتلت وحدات الجيش الجزائري إرهابيين اثنين أثناء اشتباكات جرت بين القوات ومجموعة "
        "إرهابية في ولاية تيبازة."
    )
    assert e["actor1"] == "Military Forces of Algeria"
    assert e["actor2"].startswith("Unidentified Armed Group")


def test_unrecognised_first_side_police() -> None:
    e = _clash(
        "هاجمت قوات الشرطة النيجيرية أمس خلال مواجهات دارت بين القوات وجماعة مسلحة في ولاية بورنو."
    )
    assert e["actor1"] == "Police Forces of Nigeria"
    assert e["actor2"] == "Unidentified Armed Group (Nigeria)"


def test_recognised_first_side_still_leads() -> None:
    e = _clash("اندلعت اشتباكات عنيفة بين قوات الجيش وعناصر داعش في ريف درعا الشرقي.")
    assert e["actor1"].startswith("Military Forces of Syria")
    assert e["actor2"] == "Islamic State (Syria)"
