"""An act told as another one ("هجوم آخر", "غارة أخرى", "انفجار ثان") is an event of its own."""

from __future__ import annotations

import rasad


def rows(text: str, published: str) -> list[tuple[str, str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return sorted((e["sub_event_type"], e["location"], e["fatalities"]) for e in events)


def test_another_attack_at_a_named_place_stays_apart_from_the_strike_before() -> None:
    # the province the first act is told in holds the second's town: only "آخر" parts them
    text = (
        "شنت طائرات التحالف فجر الاثنين غارات على مواقع للحوثيين في محافظة الحديدة. وأكدت "
        "مصادر محلية أن الغارات استهدفت قافلة قرب مدينة باجل ما أدى إلى مقتل خمسة مسلحين. "
        "كذلك استهدفت غارات أخرى مواقع للميليشيات في منطقة رأس عيسى."
    )
    found = rows(text, "2018-06-04")
    assert len(found) == 2
    assert sorted(f for _s, _l, f in found) == [0, 5]


def test_other_strike_at_another_place_is_its_own_event() -> None:
    text = (
        "قتل خمسة مدنيين في غارة جوية على بلدة خان شيخون بريف إدلب الجنوبي صباح الثلاثاء، "
        "فيما قتل ثلاثة آخرون في غارة أخرى على مدينة معرة النعمان."
    )
    found = rows(text, "2019-05-14")
    assert len(found) == 2
    assert sorted(f for _s, _l, f in found) == [3, 5]


def test_another_man_killed_is_no_other_act() -> None:
    # "قتل آخر": another victim of the same act, not another act
    text = (
        "قتل جندي عراقي بانفجار عبوة ناسفة استهدفت دوريته في قضاء الطارمية شمال بغداد يوم "
        "الأحد، وقتل آخر متأثرا بجروحه."
    )
    assert len(rows(text, "2021-03-08")) == 1


def test_a_second_blast_with_no_place_is_the_same_attack() -> None:
    # ACLED: one event per day, place, actor pair and type
    text = (
        "قتل خمسة مصلين بتفجير داخل مسجد في بلدة موبي يوم الثلاثاء، وبينما فر المصلون وقع "
        "تفجير آخر."
    )
    assert len(rows(text, "2018-05-02")) == 1


def test_another_strike_at_the_same_place_is_the_same_event() -> None:
    text = (
        "دمرت غارة جوية منصة صواريخ في جبل هيلان غرب مأرب مساء الجمعة، كما دمرت غارة أخرى "
        "في ذات المكان طقما قادما من صنعاء."
    )
    assert len(rows(text, "2018-06-09")) == 1


def test_a_threat_of_other_attacks_tells_no_event() -> None:
    text = (
        "فجر انتحاري نفسه في سوق مدينة مقديشو يوم الجمعة ما أدى إلى مقتل سبعة مدنيين، "
        "وهددت حركة الشباب بهجمات أخرى."
    )
    assert len(rows(text, "2019-05-11")) == 1
