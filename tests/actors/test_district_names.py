""" "في حي الشرطة", "شارع الجيش": a force's word inside a district's or a street's name is part
of a place's name, no actor; the same word after another noun ("دورية للشرطة") still is."""

from __future__ import annotations

import rasad


def _police_named(text: str) -> bool:
    found = rasad.extract(text, published="2018-06-10")["actors"]
    return any(a["mention"].endswith("شرطة") for a in found)


def test_force_word_in_a_district_name_is_no_actor() -> None:
    assert not _police_named("سقطت قذيفة هاون على منزل في حي الشرطة بمدينة كركوك يوم الاثنين.")


def test_force_word_after_another_noun_is_an_actor() -> None:
    assert _police_named("سقطت قذيفة هاون على دورية للشرطة بمدينة كركوك يوم الاثنين.")
