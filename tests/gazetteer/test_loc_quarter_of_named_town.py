"""A quarter or street with no place after it goes to the city an article is about (its home
city), unless its own sentence, or the one before, names another town: a paragraph on Taizz in a
story from Aden puts "شارع الأربعين" in Taizz."""

from __future__ import annotations

import rasad

_ADEN = (
    "قصفت الميليشيات أحياء مدينة عدن صباح اليوم. وسقط قتلى في مدينة عدن جراء القصف. "
    "وسيطرت المقاومة على مواقع جديدة في عدن. "
)


def _places(text: str) -> dict[str, dict]:
    return {p["mention"]: p for p in rasad.extract(text, published="2015-07-20")["places"]}


def test_a_street_in_a_paragraph_on_another_town():
    text = _ADEN + "وقال مصدر بتعز إن اشتباكات عنيفة اندلعت في شارع الأربعين."
    assert _places(text)["شارع الأربعين"]["admin1"] == "Taizz"


def test_a_street_of_the_home_city_stays_there():
    text = _ADEN + "وقال مصدر إن اشتباكات عنيفة اندلعت في شارع المعلا."
    assert _places(text)["شارع المعلا"]["admin1"] == "Aden"
