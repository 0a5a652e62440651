"""fixes.tsv ``name``: an English name the source damaged is mended ("Dar a", Daraa with its
ayn lost, reads "Dara" as ACLED writes it); the Arabic names and the other fields stay."""

from __future__ import annotations

import pytest

import rasad
from rasad.errors import GazetteerError
from rasad.gazetteer.index import Entry, _apply_fixes


def _entry() -> Entry:
    return Entry("1", "Dar a", "درعا", "SY", "Dara", "", 32.62, 36.10, "PPL", 0, "test")


def test_name_fix_sets_the_english_name_only():
    e, variants = _apply_fixes(_entry(), ["درعا"], [("name", "Dara")])
    assert e is not None
    assert (e.name, e.name_ar, e.admin1, variants) == ("Dara", "درعا", "Dara", ["درعا"])


def test_unknown_fix_action_is_still_an_error():
    with pytest.raises(GazetteerError):
        _apply_fixes(_entry(), ["درعا"], [("rename", "Dara")])


def test_daraa_city_reads_dara():
    places = rasad.extract("سقطت قذائف على حي طريق السد في مدينة درعا.", published="2020-07-01")
    names = {p["name"] for p in places["places"]}
    assert "Dara" in names
    assert "Dar a" not in names
