"""A force named with the adjective of a country the dictionary had no nisba for ("الجيش
البوروندي") is that country's army, not an unidentified group of the event's country."""

from __future__ import annotations

import rasad


def test_burundian_army_fights_armed_groups() -> None:
    text = "دارت معارك بين الجيش البوروندي والجماعات المسلحة في شمال بوروندي أمس."
    events = rasad.extract(text, published="2015-07-20")["events"]
    assert events, "no clash read"
    assert "Military Forces of Burundi" in {events[0]["actor1"], events[0]["actor2"]}


def test_rwandan_police_named_by_adjective() -> None:
    text = "اعتقلت الشرطة الرواندية خمسة أشخاص في العاصمة كيغالي."
    events = rasad.extract(text, published="2015-07-20")["events"]
    assert events, "no arrest read"
    assert events[0]["actor1"] == "Police Forces of Rwanda"


def test_malian_army_named_by_adjective_is_hit() -> None:
    text = "قتل جنديان من الجيش المالي في انفجار لغم بمنطقة موبتي يوم السبت."
    events = rasad.extract(text, published="2019-06-01")["events"]
    assert events, "no blast read"
    assert events[0]["actor2"] == "Military Forces of Mali"


def test_financial_adjective_names_no_force() -> None:
    # "المالي" is Mali's only after a force's name; "دعم مالي" is money
    text = "أعلنت وزارة المالية عن دعم مالي للقوات المسلحة لمواجهة المسلحين في موبتي."
    mentions = [a["mention"] for a in rasad.extract(text, published="2019-06-01")["actors"]]
    assert not any("مالي" in m for m in mentions)
