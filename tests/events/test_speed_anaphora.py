"""The place noun of a definite form, kept per form, is what reading the form gives."""

from __future__ import annotations

from rasad.events.place_anaphora import _BASE_NOUN, _noun_of


def test_the_place_noun_of_a_form_is_read_the_same_on_every_call():
    want = {
        "المدينه": "مدينه",
        "بالناحيه": "ناحيه",
        "وبالقريه": "قريه",
        "فبالمخيم": "مخيم",
        "والمحافظه": "محافظه",
        "مدينه": None,  # not definite: no reference back
        "للمدينه": None,
        "القاعده": None,
    }
    for _ in range(2):  # the second round reads the memo
        for form, noun in want.items():
            assert _noun_of(form) == noun, form
    assert _noun_of("القاعده", _BASE_NOUN) == "قاعده"
    assert _noun_of.cache_info().hits >= len(want)
