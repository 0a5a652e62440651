"""A word after a well-known name that is a place only if something vouches for it
("بالحجارة", with stones; also a Yemeni hamlet) does not qualify that name: "في القاهرة
بالحجارة" stays Cairo, not a Yemeni Al Qahirah near the hamlet. A named place after a
small one ("X بمحافظة Y", "X بتعز") still qualifies it."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    return [
        (p["name"], p["country"]) for p in rasad.extract(text, published="2019-03-01")["places"]
    ]


def test_stones_after_cairo_leave_cairo():
    text = "ورشق متظاهرون مبنى المحافظة في القاهرة بالحجارة مساء أمس."
    assert ("Cairo", "EG") in _places(text)
    assert all(c == "EG" for _, c in _places(text))


def test_cairo_without_the_stones_is_the_same():
    assert ("Cairo", "EG") in _places("ورشق متظاهرون مبنى المحافظة في القاهرة مساء أمس.")


def test_a_governorate_after_a_village_still_qualifies_it():
    # the near miss: a real qualifier after a small name keeps choosing its homonym
    places = _places("قتل مدنيان في قصف على قرية المطلة بمحافظة درعا.")
    assert ("Al Matallah", "SY") in places
