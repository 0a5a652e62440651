"""A device named among the arms seized, found or shipped is a cache disrupted, no bombing
(events/seized_lists.py; the "listed" refinement in triggers.yaml)."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2016-03-14")]


def test_belts_at_the_end_of_a_seized_list_are_no_suicide_bombing() -> None:
    subs = _subs(
        "وذكر مصدر في الشرطة أن قوة أمنية ضبطت خلال تفتيش منزل في قضاء الفلوجة كميات من "
        "البنادق والذخائر وقذائف الهاون وعبوات ناسفة وأحزمة ناسفة معدة للتفجير."
    )
    assert "Suicide bomb" not in subs
    assert "Remote explosive/landmine/IED" not in subs
    assert "Disrupted weapons use" in subs


def test_a_shipment_listing_belts_and_detonators_is_no_bombing() -> None:
    subs = _subs(
        "وقال الناطق باسم خفر السواحل في مصراتة إن الشحنة المضبوطة حوت مسدسات وبنادق آلية "
        "وصواعق، وأحزمة ناسفة وأجهزة تفجير عن بعد."
    )
    assert "Suicide bomb" not in subs
    assert "Remote explosive/landmine/IED" not in subs


def test_the_same_arms_used_in_an_attack_are_still_a_bombing() -> None:
    subs = _subs(
        "وهاجم مسلحون فجر الأحد نقطة تفتيش للجيش قرب الرمادي بالرشاشات والعبوات الناسفة "
        "مما أسفر عن مقتل جنديين."
    )
    assert "Disrupted weapons use" not in subs


def test_a_body_found_of_a_man_killed_by_a_device_is_no_seizure() -> None:
    subs = _subs(
        "وعثرت الشرطة صباح اليوم في حي الجهاد على جثة جندي قتله انفجار عبوة ناسفة وحزام "
        "ناسف فجره انتحاري."
    )
    assert "Suicide bomb" in subs


def test_high_explosives_found_in_a_hideout_are_no_explosion() -> None:
    subs = _subs(
        "أعلن الجيش المصري تدمير أهداف للمسلحين في وسط سيناء. كما داهمت القوات ودمرت 40 "
        "وكرا ومخبأ عثر بداخلها على كمية من الذخائر والأغذية والعبوات الناسفة ومواد شديدة "
        "الانفجار وأجهزة اتصال."
    )
    assert "Remote explosive/landmine/IED" not in subs
