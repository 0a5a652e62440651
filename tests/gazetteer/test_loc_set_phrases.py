"""Place names inside set phrases are not places: "كرة القدم" (football) is not the Damascus
quarter Qadam, "التضامن الخليجي" (Gulf solidarity) not Tadamon, "تاميل إيلام" not Ilam
(``not_places.tsv``, kind phrase)."""

from __future__ import annotations

import pytest

import rasad


def _mentions(text: str) -> list[str]:
    return [p["mention"] for p in rasad.extract(text, published="2015-05-01")["places"]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("توفي لاعب كرة القدم الشهير أمس.", "القدم"),
        ("تربط البلدين علاقات موغلة في القدم.", "القدم"),
        ("دعا الوزير إلى التضامن الخليجي في وجه الأزمة.", "التضامن"),
        ("أعلنت جبهة نمور تحرير تاميل إيلام الهدنة.", "إيلام"),
    ],
)
def test_a_place_name_in_a_set_phrase_is_no_place(text, word):
    assert word not in _mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("اندلعت اشتباكات عنيفة في حي القدم جنوب دمشق.", "القدم"),
        ("قصفت الطائرات حي التضامن في دمشق.", "التضامن"),
    ],
)
def test_the_place_outside_the_phrase_stays(text, word):
    assert word in _mentions(text)


def test_for_the_hajj_is_no_lahij():
    # "للحج" is ل + "الحج" (the Hajj), not ل + "لحج" (Lahij)
    assert "لحج" not in _mentions("لم يتقدم بطلب تأشيرة للحج أو العمرة.")
    assert "لحج" in _mentions("قتل جنديان في محافظة لحج.")


@pytest.mark.parametrize(
    "text",
    [
        "يعاني المريض من ضيق في الشعيرات الدموية.",
        "ركض الطفل حتى وصل إلى الباب الخارجي للمنزل.",
        "أغلق الحراس الباب الرئيسي للمبنى.",
    ],
)
def test_a_door_or_a_vessel_is_no_place(text):
    assert _mentions(text) == []


def test_the_town_and_the_air_base_stay():
    assert "الباب" in _mentions("سيطرت الفصائل على مدينة الباب.")
    assert "مطار الشعيرات" in _mentions("قصفت المدمرات مطار الشعيرات العسكري.")
