"""A place noun after a demonstrative ("في هذه المدينة", "بتلك البلدة") names again the last
place the article named with that noun: the event is set there."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-05-01")["events"]]


def test_in_this_city_is_the_city_named_before():
    text = (
        "عاد الهدوء الحذر إلى مدينة الفلوجة بعد أسابيع من التوتر، بحسب مسؤولين في بغداد."
        " وقتل أربعة أشخاص أمس في انفجار عبوة ناسفة في سوق شعبي بهذه المدينة."
    )
    assert _locations(text) == ["Fallujah"]


def test_a_preposition_then_the_demonstrative():
    text = (
        "عاد الهدوء الحذر إلى مدينة الفلوجة بعد أسابيع من التوتر، بحسب مسؤولين في بغداد."
        " وقتل أربعة أشخاص أمس في انفجار عبوة ناسفة في سوق شعبي في هذه المدينة."
    )
    assert _locations(text) == ["Fallujah"]
