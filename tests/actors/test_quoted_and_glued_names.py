"""A group's name quoted after its head noun ("تنظيم «القاعدة»"), the Yemeni president's name
glued as the wires print it ("منصورهادي"), and al-Qaeda's branch in Iraq."""

from __future__ import annotations

from tests.events.helpers import events_of

from rasad.actors.dictionary import quoted_variants


def test_a_quoted_name_after_its_head_noun_is_the_group() -> None:
    text = "اعتقلت قوة أمنية قياديا في تنظيم «القاعدة» غرب الموصل يوم السبت."
    events = events_of(text, "2013-06-02")
    assert events, "no event read"
    assert events[0]["actor2"] == "Islamic State (Iraq)"


def test_quoted_variants_open_the_name_after_a_head_noun_only() -> None:
    assert quoted_variants("تنظيم القاعدة") == ['تنظيم "القاعدة']
    assert quoted_variants("قوات الشرعية") == []
    assert quoted_variants("تنظيم") == []


def test_the_president_s_glued_name_names_his_forces() -> None:
    text = (
        "اندلعت اشتباكات عنيفة في كريتر بين القوات الموالية للرئيس عبدربه منصورهادي "
        "ومسلحي الحوثي أمس."
    )
    events = events_of(text, "2015-07-26")
    assert events, "no event read"
    sides = {events[0]["actor1"], events[0]["actor2"]}
    assert "Military Forces of Yemen (2012-2022)" in sides
    assert "Military Forces of Yemen (2015-2017) Houthi-Saleh" in sides
