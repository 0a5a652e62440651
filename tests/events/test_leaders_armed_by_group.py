"""A leader ("قيادي") is a fighter only when an armed group's name follows him: a party's
leader assassinated is an attack on a civilian, a leader of an armed group killed a clash."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


# ---- a leader is armed only with an armed group's name ---------------------------------------
def test_the_assassination_of_a_party_leader_is_an_attack() -> None:
    text = "اتهمت عائلته حزبا منافسا بالوقوف وراء اغتيال القيادي محمود سالم في مدينة صفاقس."
    assert _subs(text) == ["Attack"]


def test_gunmen_killing_a_leader_of_a_party_named_by_him_is_an_attack() -> None:
    text = "اغتال مسلحون مجهولون مساء الاثنين القيادي البارز محمود سالم في مدينة صفاقس التونسية."
    assert _subs(text) == ["Attack"]


def test_the_assassination_of_a_leader_of_an_armed_group_is_still_a_clash() -> None:
    text = "اغتال مسلحون مجهولون الاثنين القيادي في جبهة النصرة أبو خالد في مدينة إدلب."
    assert _subs(text) == ["Armed clash"]


def test_a_leader_named_by_an_armed_groups_adjective_is_a_fighter() -> None:
    text = (
        "أقرت ميليشيات الحوثي، الجمعة، بمقتل أحد قادتها في مديرية حرض (شمال غرب اليمن)، مع "
        "عدد من مرافقيه، بغارة جوية لمقاتلات التحالف.\n"
        "ويأتي مقتل القيادي الحوثي، علي سالم، المكنى \"أبو علي\"، والذي هو بحسب مصادر حوثية "
        "من القادة البارزين."
    )
    events = rasad.extract(text, published="2018-06-23")["events"]
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]
    assert events[0].get("actor2") != "Civilians (Yemen)"
