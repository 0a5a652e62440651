""" "جبهة النصرة التي تحتجز عددا من عناصر الجيش …": the group a relative clause says holds
men is the captor of an abduction told in its sentence; the men are the side held. A demand
for the release of men held for a year tells no abduction at all (ACLED codes the taking)."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2015-07-20") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _abductions(text: str) -> list[dict]:
    events = _events(text)
    return [e for e in events if e["sub_event_type"] == "Abduction/forced disappearance"]


def test_the_group_that_holds_soldiers_is_the_captor_of_a_new_abduction() -> None:
    events = _abductions(
        "عرسال - قالت مصادر أمنية إن جبهة النصرة التي تحتجز عددا من عناصر الجيش اللبناني في"
        " جرود عرسال خطفت الثلاثاء جنديين آخرين قرب البلدة."
    )
    assert events, "no abduction read"
    assert events[0]["actor1"] == "Jabhat al Nusra"
    assert events[0]["actor2"] == "Military Forces of Lebanon (2021-)"


def test_a_demand_to_free_men_held_for_a_year_is_no_abduction() -> None:
    # "جنود مخطوفين منذ عام": the participle names the men held, not an act of the day
    assert not _abductions(
        "عرسال - طالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش وقوى الأمن اللبنانية في جرود"
        " عرسال، بالإفراج عن سجينات في السجون اللبنانية مقابل إطلاق سراح أربعة جنود مخطوفين"
        " منذ عام."
    )
