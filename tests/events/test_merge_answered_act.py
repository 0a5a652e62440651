"""An act told as what another act answers ("… ردا على قصف البلدة بالبراميل") is the other
side's act: never one event with the act that answers it, never the type of that event, and
who it names is no side of the answering act (merge.answers, presupposed.answered_act,
actor_roles). Full pipeline, texts written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2019-05-20"  # a Monday
REBELS = "Opposition Rebels (Syria)"
REGIME = "Military Forces of Syria (2000-2024)"


def _events(text: str, published: str = PUBLISHED) -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_rebel_shelling_in_answer_to_barrels_is_two_events() -> None:
    text = (
        "قصفت فصائل المعارضة، الاثنين، مواقع قوات النظام في بلدة مورك بريف حماة الشمالي "
        "بقذائف الهاون، في رد على قصف الطيران المروحي للبلدة بالبراميل المتفجرة."
    )
    by_type = {e["sub_event_type"]: e for e in _events(text)}
    assert set(by_type) == {"Shelling/artillery/missile attack", "Air/drone strike"}, by_type
    assert by_type["Shelling/artillery/missile attack"]["actor1"] == REBELS
    assert by_type["Air/drone strike"]["actor1"] == REGIME


def test_who_the_answered_act_names_is_no_side_of_the_answer() -> None:
    text = (
        "أطلقت فصائل المعارضة، الاثنين، قذائف صاروخية على مدينة محردة في ريف حماة، ردا على "
        "غارات شنتها طائرات حربية روسية على بلدة كفرنبودة."
    )
    events = _events(text)
    shelling = [e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1, events
    assert shelling[0]["actor1"] == REBELS
    assert "Military Forces of Russia (2000-)" not in (shelling[0]["actor1"], shelling[0]["actor2"])


def test_a_definite_act_answered_does_not_retype_the_event_it_joins() -> None:
    text = (
        "شنت الطائرات الحربية الإسرائيلية، الجمعة، غارات على مواقع لحركة حماس في قطاع غزة.\n"
        "وقصفت المدفعية الإسرائيلية نقطة رصد لحركة حماس شرق مدينة رفح، ما أدى إلى مقتل عنصرين "
        "من الحركة.\n"
        "وأطلق مسلحون فلسطينيون صواريخ على بلدات إسرائيلية في رفح ردا على الغارات الجوية "
        "الإسرائيلية."
    )
    at_rafah = [e for e in _events(text, "2018-07-20") if e["location"] == "Rafah"]
    assert len(at_rafah) == 1, at_rafah
    assert at_rafah[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert at_rafah[0]["fatalities"] == 2
