"""A street, square or market named after a city or country lies in the town that qualifies it:
"شارع فلسطين وسط بغداد" is a Baghdad street, not Palestine."""

from __future__ import annotations

import pytest

from rasad.gazetteer.unlisted import UNLISTED_PREFIX

from .conftest import run_places


def _by_text(results):
    return {text: span for text, span in results}


@pytest.mark.parametrize(
    ("text", "facility", "namesake", "town"),
    [
        ("قتل مدنيان في قصف على سوق حلب في مدينة إدلب.", "سوق حلب", "حلب", "إدلب"),
        ("انفجرت عبوة ناسفة في شارع سوريا وسط بغداد.", "شارع سوريا", "سوريا", "بغداد"),
        ("سقطت قذيفة هاون على ساحة دمشق في مدينة حمص.", "ساحة دمشق", "دمشق", "حمص"),
    ],
)
def test_facility_named_after_a_far_place_is_in_its_town(small_index, text, facility, namesake,
                                                        town):
    places = _by_text(run_places(text, small_index))
    assert namesake not in places, places.keys()
    span, qual = places[facility], places[town]
    assert span.kb_id.startswith(UNLISTED_PREFIX)
    assert (span.value.lat, span.value.lon) == (qual.value.lat, qual.value.lon)


def test_listed_place_near_its_qualifier_stays_itself(small_index):
    # Jobar lies in Damascus: "سوق جوبر في دمشق" is still Jobar, resolved as listed
    places = _by_text(run_places("سقطت قذيفة على سوق جوبر في دمشق.", small_index))
    assert "جوبر" in places and "سوق جوبر" not in places
    assert places["جوبر"].value.name == "Jobar (Damascus)"


def test_packaged_country_named_street(packaged_index):
    places = _by_text(run_places("انفجرت عبوة ناسفة في شارع فلسطين وسط بغداد.", packaged_index))
    assert "فلسطين" not in places and "شارع فلسطين" in places
    assert places["شارع فلسطين"].value.country == "IQ"


def test_bearing_puts_the_place_outside_the_town(small_index):
    # "شمال X" places the market outside X: nothing says it is not the listed place's market
    places = _by_text(run_places("سقطت قذيفة على سوق حلب شمال إدلب.", small_index))
    assert "حلب" in places and "سوق حلب" not in places


def test_park_named_after_a_far_town_is_in_its_quarter(small_index):
    # "متنزه X في Y": a park is a kept head like a street
    places = _by_text(run_places("فجر انتحاري نفسه عند مدخل متنزه حلب في بغداد.", small_index))
    assert "حلب" not in places
    assert places["متنزه حلب"].value.country == "IQ"
