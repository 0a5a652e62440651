"""A dateline says where the reporter filed from: its country names the article's civilians
only when nothing else in the article names a country."""

from __future__ import annotations

import rasad
from rasad.actors.dateline import dateline_end


def _civilians(text: str) -> set[str]:
    events = rasad.extract(text, published="2012-06-03")["events"]
    return {e[k] for e in events for k in ("actor1", "actor2") if (e[k] or "").startswith("Civ")}


def test_the_nationals_told_of_outweigh_a_foreign_bureau_s_dateline() -> None:
    text = (
        "بيروت، لبنان (CNN)-- قال مسؤولون باكستانيون إن قصفا لقوات حلف الناتو أدى إلى مقتل "
        "ستة مدنيين."
    )
    assert _civilians(text) == {"Civilians (Pakistan)"}


def test_a_foreign_bureau_s_dateline_names_no_civilians_of_its_own() -> None:
    text = (
        "عمان، الأردن (CNN)-- قال مسؤول أفغاني إن غارة لقوات الناتو أدت إلى مقتل ثمانية "
        "مدنيين بينهم أطفال."
    )
    assert "Civilians (Jordan)" not in _civilians(text)
    assert _civilians(text) == {"Civilians (Afghanistan)"}


def test_a_local_dateline_still_names_the_country_when_nothing_else_does() -> None:
    text = "صنعاء (رويترز) - قتل خمسة مدنيين في غارة جوية أمس."
    assert _civilians(text) == {"Civilians (Yemen)"}


def test_dateline_end_covers_the_place_and_the_agency() -> None:
    text = "دبي، الإمارات العربية المتحدة (CNN)-- قال مسؤول"
    assert text[dateline_end(text):].startswith(" قال")
    assert dateline_end("قتل خمسة مدنيين (بينهم أطفال) في غارة") == 0


def test_the_country_told_of_most_wins_and_a_tie_goes_to_the_first_told() -> None:
    from rasad.actors.dateline import outside_dateline

    nisba = {"افغاني": "AF", "باكستاني": "PK"}
    text = "عمان (CNN)-- قال مسؤول باكستاني ومسؤول افغاني ثم مسؤول افغاني"
    assert outside_dateline(text, [], [], nisba)[2] == "AF"
    tie = "عمان (CNN)-- قال مسؤول باكستاني ومسؤول افغاني"
    assert outside_dateline(tie, [], [], nisba)[2] == "PK"
    # no national told of: the dateline's own country (none here) stands
    assert outside_dateline("عمان (CNN)-- قال مسؤول", [], [], nisba)[2] is None


def test_the_nationals_are_read_off_the_article_s_normalised_text_when_given() -> None:
    from rasad.actors.dateline import outside_dateline
    from rasad.arabic.normalize import normalize

    nisba = {"افغاني": "AF", "باكستاني": "PK"}
    # diacritics and a tatweel (deleted by normalisation) before and after the dateline, a
    # hamza form, a line break: the words read off normalize(text) are text_key's words
    text = (
        "عمّان (CNN)-- قال مسؤولٌ باكستانـي\nومسؤول أفغانيّ ثم مسؤول افغاني،"
        " وقال مسؤول باكستاني"
    )
    norm = normalize(text)
    assert outside_dateline(text, [], [], nisba, norm) == outside_dateline(text, [], [], nisba)
    assert outside_dateline(text, [], [], nisba, norm)[2] == "PK"
    tilted = "عمّان (CNN)-- قال مسؤول أفغانيّ ومسؤول باكستاني ثم مسؤول افغاني"
    assert outside_dateline(tilted, [], [], nisba, normalize(tilted))[2] == "AF"
