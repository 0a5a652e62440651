"""An act its own sentence does not place is set at the place told last before it in the
paragraph; when that place is only the qualifier of the town before it ("مدينة طفس في ريف
درعا", "مدينة حيس جنوب الحديدة"), the town it qualifies is the scene."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-05-01")["events"]]


def test_an_unplaced_act_takes_the_town_not_its_countryside():
    text = (
        "تعيش مدينة طفس في ريف درعا الغربي حالة من التوتر الأمني. وقتل شاب برصاص مسلحين"
        " مجهولين مساء أمس."
    )
    assert _locations(text) == ["Tafas"]


def test_an_unplaced_act_takes_the_town_not_the_province_that_locates_it():
    text = (
        "يسود الهدوء الحذر مدينة الشيخ مسكين شمالي درعا. وأصيب عنصران من الشرطة بانفجار"
        " عبوة ناسفة صباح اليوم."
    )
    assert _locations(text) == ["Shaykh Miskin"]


def test_a_place_of_its_own_told_last_stays_the_scene():
    # two towns told side by side: the last is no qualifier, the act is set there
    text = (
        "وصلت تعزيزات عسكرية من مدينة إزرع إلى بلدة الصنمين. وقتل عنصر من قوات النظام برصاص"
        " مجهولين مساء أمس."
    )
    assert _locations(text)[-1] == "As sanamayn"


def test_an_unplaced_act_takes_the_province_not_the_city_it_is_measured_from():
    text = (
        "تنتشر حركة طالبان في ولاية لوغار جنوب كابول. وقتل ثلاثة جنود في اشتباكات مع"
        " مسلحي الحركة مساء أمس."
    )
    assert _locations(text) == ["Logar"]
