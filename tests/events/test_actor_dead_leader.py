"""A death word before a group's leader named with the group ("مقتل أمير داعش") tells the
group's loss: the group is the side hit, not the one who struck, and one leader is one dead."""

from __future__ import annotations

import rasad

IS_IRAQ = "Islamic State (Iraq)"


def test_the_emirs_group_is_the_side_hit_by_the_strike() -> None:
    text = "أعلن الجيش مقتل أمير داعش في الفلوجة بغارة جوية أمس."
    events = rasad.extract(text, published="2015-07-31")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] != IS_IRAQ
    assert events[0]["actor2"] == IS_IRAQ
    assert events[0]["fatalities"] == 1


def test_a_governor_of_the_group_killed_is_one_dead() -> None:
    text = "أعلن رئيس المجلس مقتل والي الصقلاوية بقصف لطيران التحالف الدولي أمس."
    events = rasad.extract(text, published="2015-07-31")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 1


def test_a_governor_named_with_his_province_and_group_is_the_groups_loss() -> None:
    # "والي" keeps its و: it is no conjunction before "الي"
    text = "أعلن الجيش العراقي مقتل والي كركوك في تنظيم داعش بغارة جوية قرب الحويجة أمس."
    events = rasad.extract(text, published="2016-05-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] != IS_IRAQ
    assert events[0]["actor2"] == IS_IRAQ
