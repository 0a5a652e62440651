"""A force named after a participle of backing ("مسنودا بـ", "مدعوما بـ") backs the side before
it: an associated actor of that side, never its foe."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت قوات الجيش الوطني مسنودا بقوات التحالف على مدينة ميدي في محافظة حجة أمس.",
        "تقدم الجيش الوطني مدعوما بطيران التحالف في مديرية نهم شرق صنعاء أمس.",
    ],
)
def test_a_force_after_masnudan_or_madumun_bi_backs_the_army(text: str) -> None:
    events = rasad.extract(text, published="2016-03-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Yemen (2012-2022)"
    assert events[0]["actor2"] != "Operation Restoring Hope"
    assert events[0]["assoc_actor_1"] == "Operation Restoring Hope"


@pytest.mark.parametrize(
    "text",
    [
        "هاجمت قوات الجيش اليمني، مسنودة بالمقاومة الشعبية وطيران التحالف، مواقع الحوثيين في نهم.",
        "تقدمت قوات الجيش، مدعومة بالمقاومة ومقاتلات التحالف، نحو مواقع الحوثيين في صرواح أمس.",
    ],
)
def test_aircraft_joined_by_wa_to_a_backer_also_back_the_side(text: str) -> None:
    events = rasad.extract(text, published="2020-03-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Yemen (2012-2022)"
    assert events[0]["actor2"] == "Military Forces of Yemen (2017-) Houthi"


def test_a_group_after_wa_behind_a_backer_is_still_the_other_side() -> None:
    text = "اندلعت اشتباكات بين قوات الجيش المدعومة من التحالف والحوثيين في مديرية نهم أمس."
    events = rasad.extract(text, published="2020-03-01")["events"]
    assert events, "no event read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {
        "Military Forces of Yemen (2012-2022)", "Military Forces of Yemen (2017-) Houthi"
    }


def test_a_backer_behind_air_cover_adjectives_is_no_side() -> None:
    text = (
        "وكانت قوات النظام، مدعومة بغطاء جوي كثيف من الطائرات الحربية الروسية، قد استعادت"
        " السيطرة على بلدة اللطامنة من تنظيم داعش في ريف حماة."
    )
    events = rasad.extract(text, published="2019-06-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Syria (2000-2024)"
    assert events[0]["actor2"] == "Islamic State (Syria)"


def test_the_whole_a_backer_is_part_of_backs_the_side_too() -> None:
    # "ضمن التحالف العربي": the coalition the backing force belongs to is no side of its own
    text = (
        "تمكنت قوات المقاومة، بإسناد من القوات المسلحة الإماراتية ضمن التحالف العربي، السبت، "
        "من تحرير مديرية الوازعية غربي تعز بالكامل."
    )
    events = rasad.extract(text, published="2018-05-16")["events"]
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Popular Resistance", "Military Forces of Yemen (2017-) Houthi")
    ]
