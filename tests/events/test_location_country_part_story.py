"""An act told only in a part of "البلاد" ("في انفجار شرقي البلاد") is set in that part of the
country, not in a town the story names in another sentence that does not lie there."""

from __future__ import annotations

import rasad

_STORY = (
    "ذكر مسؤولون في أفغانستان اليوم الجمعة أن جنديا من قوات حلف شمال الأطلسي لقي حتفه.\n"
    'وقال الجيش الافغاني في بيان: "قتل احد عناصر قوة ايساف في انفجار قنبلة {part} البلاد".\n'
    "وقال مسؤول إن مسلحا قتل خمسة من عناصر الشرطة في ولاية بادغيس."
)


def _bomb_places(part: str) -> list[str | None]:
    out = rasad.extract(_STORY.format(part=part), published="2013-03-22")
    return [
        e["location"]
        for e in out["events"]
        if e["sub_event_type"] == "Remote explosive/landmine/IED"
    ]


def test_a_part_of_the_country_beats_a_town_told_elsewhere() -> None:
    # Badghis lies in the north-west: the bomb in the east is placed at the country
    assert _bomb_places("شرقي") == ["Afghanistan"]


def test_a_town_told_elsewhere_that_lies_in_that_part_stays() -> None:
    assert _bomb_places("غربي") == ["Badghis"]


def test_a_part_of_the_country_beats_another_country_told_of_something_else() -> None:
    text = (
        "أصيب متظاهران برصاص الشرطة في بوجمبورا عاصمة بوروندي.\n"
        "دارت معارك بين الجيش البوروندي والجماعات المسلحة في شمال البلاد، بعد أن هاجمت مجموعة"
        " مسلحة مواقع للجيش على أطراف غابة كيبيرا التي تمتد في رواندا."
    )
    out = rasad.extract(text, published="2015-07-19")
    assert [e["location"] for e in out["events"] if e["sub_event_type"] == "Armed clash"] == [
        "Burundi"
    ]
