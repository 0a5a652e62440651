"""Event locations on whole sentences through ``rasad.extract`` (events/location.py): the scene
ACLED codes, not a reference point, a backer or a government named in the same sentence."""

from __future__ import annotations

import pytest

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-03-10")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "أصيب قائد شرطة كركوك، شمال بغداد، بجروح إثر تعرضه لإطلاق نار من قبل مسلحين مجهولين.",
        "أصيب منسق تظاهرات كركوك، شمال بغداد، بجراح إثر تعرضه لإطلاق نار من مسلحين مجهولين.",
    ],
)
def test_a_city_told_after_a_direction_is_a_reference_point_not_the_scene(text: str) -> None:
    # "كركوك، شمال بغداد": Kirkuk lies 240 km north of Baghdad, which only says where it is
    locs = _locations(text)
    assert locs and set(locs) == {"Kirkuk"}


def test_a_country_named_as_the_coalition_leader_is_not_the_scene() -> None:
    # "التحالف الذي تقوده السعودية": the leader of the coalition, not where the strikes fell
    text = (
        "شن التحالف غارات على مواقع الحوثيين في صنعاء.\n"
        "وأدت غارات التحالف الذي تقوده السعودية إلى مقتل خمسة مدنيين بالقرب من مقر وزارة الداخلية."
    )
    locs = _locations(text)
    assert locs and "Saudi Arabia" not in locs


def test_a_quarter_is_placed_in_the_city_told_after_it_not_at_a_far_namesake() -> None:
    # "حي المغاير في حلب": a quarter of Aleppo, not the village Qirq Maghar 40 km away
    locs = _locations("قتل 18 مدنيا في سقوط صاروخ أطلقته قوات النظام على حي المغاير الشعبي في حلب.")
    assert locs and "Qirq Maghar" not in locs


def test_a_foreign_country_that_witnesses_the_event_stays_its_scene() -> None:
    text = (
        "أعلنت السلطات في مدينة تورونتو الكندية اعتقال رجل.\n"
        "وتشهد الكويت اليوم تظاهرات تنظمها المعارضة للمطالبة بإصلاحات سياسية."
    )
    assert "Kuwait" in _locations(text)


def test_a_capital_named_for_its_authorities_is_not_the_scene() -> None:
    # "سلطات أنقرة": the Turkish authorities that announced it, not where the post was attacked
    text = (
        "هاجم مسلحون مخفرا للشرطة قرب الحدود مع العراق وقتلوا ثلاثة من عناصره، "
        "بحسب ما أعلنت سلطات أنقرة."
    )
    assert "Ankara" not in _locations(text)


def test_a_city_that_stands_for_a_government_is_not_the_scene() -> None:
    # "تل أبيب كانت وراء": Israel's government, not an attack in Tel Aviv
    text = (
        "قتل ضابط سوري في انفجار عبوة ناسفة استهدفت سيارته في مدينة مصياف. "
        "وقال مسؤولون إن تل أبيب كانت وراء اغتياله."
    )
    assert "Tel Aviv" not in _locations(text)
    # told as a scene it stays one
    assert "Tel Aviv" in _locations("أصيب ثلاثة إسرائيليين في انفجار عبوة ناسفة في تل أبيب.")
