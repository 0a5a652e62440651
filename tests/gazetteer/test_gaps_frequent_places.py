"""Frequent conflict-news places the built index missed or gave to a far namesake.

The spellings come from the news (fixes.tsv ``add_name`` and overlay rows); each sentence names
the place the way a report would, and the place must land within 3 km of the village itself.
"""

from __future__ import annotations

import math

import pytest

from .conftest import run_places


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, enough to tell a village from its namesake abroad."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(
    ("text", "mention", "lat", "lon"),
    [
        ("قصفت الطائرات قرية الجنينة في ريف دير الزور الغربي.", "الجنينة", 35.364, 40.118),
        ("داهمت دورية منازل في قرية شقرا غربي دير الزور.", "شقرا", 35.391, 40.120),
        ("انفجرت عبوة ناسفة قرب بلدة الطيانة شرقي دير الزور.", "الطيانة", 34.978, 40.541),
        ("اشتباكات بين عشائر في بلدة جديد عكيدات بريف دير الزور.", "جديد عكيدات", 35.250, 40.360),
        ("استهدفت طائرة مسيرة موقعا في جرف الصخر شمالي بابل.", "جرف الصخر", 32.874, 44.194),
        ("قصف مدفعي على بلدة كنصفرة في جبل الزاوية.", "كنصفرة", 35.659, 36.485),
        ("سقطت قذائف على أطراف سفوهن في جبل الزاوية.", "سفوهن", 35.607, 36.463),
        ("تسلل عناصر إلى محور الشيخ عقيل في ريف حلب الغربي.", "الشيخ عقيل", 36.312, 36.940),
        ("هجوم حوثي على مواقع في مديرية المضاربة بمحافظة لحج.", "المضاربة", 12.840, 43.987),
        ("تجددت المعارك في جبهة فرضة نهم شرقي صنعاء.", "فرضة نهم", 15.850, 44.617),
        ("استقر أحد الصواريخ في باحة منزل بمدينة سيدروت.", "سيدروت", 31.525, 34.596),
        ("وقع التفجير في مركز ثقافي بمدينة سوروتش قرب الحدود السورية.", "سوروتش", 36.976, 38.425),
        ("استهدفت غارات إسرائيلية قاعدة تيفور الجوية في حمص.", "قاعدة تيفور", 34.522, 37.629),
    ],
)
def test_frequent_local_place_lands_on_the_village(packaged_index, text, mention, lat, lon):
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    place = places[mention]
    assert _km(place.lat, place.lon, lat, lon) < 3.0, (place.name, place.admin1)


def test_darfur_geneina_still_wins_outside_syria(packaged_index):
    text = "نزح الآلاف من مدينة الجنينة عاصمة ولاية غرب دارفور."
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    assert places["الجنينة"].country == "SD"


@pytest.mark.parametrize(
    "text",
    [
        "تراجعت الليرة بعد موجة من المضاربة في سوق الصرف.",
        "دعا الشيخ عقيل في خطبته إلى التهدئة.",
    ],
)
def test_added_names_that_are_also_words_need_a_place_context(packaged_index, text):
    assert run_places(text, packaged_index) == []


def test_shuqrah_of_abyan_takes_the_short_spelling(packaged_index):
    text = "قصفت طائرة مسيرة موقعا قرب بلدة شقرا في محافظة أبين."
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    assert places["شقرا"].admin1 == "Abyan"
