"""A vowelled homograph says which place it is: "عُمان" (damma on ع) is Oman, "عمّان" (shadda
on م) is Amman; bare "عمان" is left to the resolver."""

from __future__ import annotations

import rasad


def _first(text: str) -> dict:
    return rasad.extract(text, published="2018-05-01")["places"][0]


def test_a_damma_on_the_ain_names_oman():
    assert _first("ضرب الإعصار سواحل عُمان أمس.")["country"] == "OM"
    assert _first("صمم المهندس جامعا كبيرا بعُمان.")["country"] == "OM"


def test_a_shadda_on_the_mim_names_amman():
    assert _first("ضرب الإعصار سواحل عُمان أمس.")["country"] == "OM"  # (cached choice first)
    assert _first("وصل الوزير إلى عمّان أمس.")["name"] == "Amman"


def test_the_bare_name_is_resolved_as_before():
    assert _first("وصل الوزير إلى عمان أمس.")["name"] == "Amman"


def test_aims_written_with_madda_are_no_place():
    places = rasad.extract("جعلوا شبابنا وقودا لتنفيذ مآرب العدو.", published="2018-05-01")
    assert places["places"] == []
    assert _first("قتل جنود في هجوم على مأرب.")["name"].startswith("Ma")


def test_safavi_with_a_final_ya_is_no_place():
    assert rasad.extract("قال رحيم صفوي إن الحرب طويلة.", published="2018-05-01")["places"] == []
    assert _first("قتل شخص في صفوى بمحافظة القطيف.")["name"] == "Safwa"
