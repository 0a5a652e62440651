"""Words that are also the names of small places: a verb ("أرحب" I welcome, "تقطنه" inhabited
by) or a noun ("حوار" an interview) is no place unless a place noun or locative says so."""

from __future__ import annotations

import pytest

import rasad


def _mentions(text: str) -> set[str]:
    return {p["mention"] for p in rasad.extract(text, published="2018-05-01")["places"]}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال الوزير في مؤتمر صحفي: أرحب بالقرار الذي اتخذه مجلس الأمن.", "أرحب"),
        ("عاش الصحافي أشهرا في الرقة وحلب. وفي حوار خاص مع الوكالة يروي ما رآه.", "حوار"),
        (
            "قتل عشرة في تفجير في الموصل. وقالت شرطة الموصل إن القنبلة انفجرت في حي تقطنه "
            "أغلبية من الأكراد.",
            "تقطنه",
        ),
        ("سقطت قذيفة على حي تسكنه عائلات نازحة في مدينة حمص.", "تسكنه"),
        ("فاز الفيلم بجائزة في الدورة الحادية والسبعين لمهرجان كان.", "السبعين"),
        ("بعد لوم شديد من الجمهور اعتذر الفنان.", "لوم"),
        ("يقوم بإطالة اللحية وهو ملمحه الثابت منذ سنوات.", "اللحية"),
        ("وكتب الباحث عن التصحيف في المتون القديمة.", "المتون"),
    ],
)
def test_word_is_no_place(text, word):
    assert not any(word in m.split() for m in _mentions(text))


def test_district_named_after_a_place_noun_is_kept():
    assert "أرحب" in _mentions("قتل خمسة مسلحين في مديرية أرحب شمال صنعاء.")


@pytest.mark.parametrize(
    "text",
    [
        "السيارة الجديدة تتحدث دومًا إلى سائقها.",
        "السيارة الجديدة تتحدث دوماً إلى سائقها.",
        "هاجم أراضيها جاعلاً منها صيدًا سهلاً.",
    ],
)
def test_a_word_with_tanween_is_no_place(text):
    # names take no tanween, whether written after the final alif or on the letter before it
    assert _mentions(text) == set()


def test_place_names_without_tanween_are_read():
    assert {"دوما", "صيدا"} <= _mentions("قتل ثلاثة في قصف على دوما، وانفجرت عبوة في صيدا.")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("قتل مدنيون في قصف النظام على حي باب عمرو في حمص.", "اب"),  # the gate, not ب + Ibb
        ("السيارة الجديدة كسرت جميع القواعد في التصميم.", "سرت"),  # broke, not ك + Sirte
        ("وأغلقت بابها ولم تغادر الغرفة طوال اليوم.", "ابها"),  # her door, not ب + Abha
    ],
)
def test_a_common_word_is_no_proclitic_and_city(text, city):
    assert city not in _mentions(text)


def test_the_cities_themselves_are_read():
    assert {"إب", "سرت"} <= _mentions("قتل خمسة في غارة على مدينة إب، وسيطرت القوات على سرت.")


def test_al_bab_after_a_locative_stays_a_place():
    # "باب" (a gate) is no place, but "الباب" after "في" is still the Aleppo town
    assert "الباب" in _mentions("اشتباكات عنيفة في الباب بريف حلب الشرقي.")


def test_a_movement_is_no_town():
    # "الحراك الفني" (the art movement) is no Al-Harak; "بلدة الحراك" in Daraa still is
    assert "الحراك" not in _mentions("وتطرق الحوار إلى الحراك الفني في السعودية.")
    assert "الحراك" in _mentions("قصفت قوات النظام بلدة الحراك في ريف درعا الشرقي.")
