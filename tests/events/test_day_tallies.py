"""A day's toll counted over a country, or a toll broken down over places, is a claim."""

from __future__ import annotations

from tests.events.helpers import events_of, run


def test_a_days_tally_over_the_country_is_a_claim() -> None:
    doc = run(
        "وقال ناشطون إن حصيلة القتلى الذين سقطوا برصاص قوات النظام ليوم الأحد بلغت 119 قتيلا "
        "في دوما."
    )
    assert list(doc.events) == []
    assert [c.value for c in doc.claims] == [119]


def test_the_dead_of_a_weekday_are_a_tally() -> None:
    events = events_of(
        "أكد معارضون سوريون ارتفاع حصيلة قتلى السبت إلى 111، سقط أغلبهم بقصف قوات النظام "
        "على مدينة داريا.",
        "2013-03-10",
    )
    assert [e["fatalities"] for e in events if e["fatalities"] == 111] == []


def test_a_toll_broken_down_over_places_is_a_claim() -> None:
    events = events_of(
        "قالت لجان التنسيق المحلية في سوريا إن عدد القتلى ارتفع اليوم إلى 120 قتيلا، منهم 40 "
        "في حمص و30 في درعا و20 في إدلب.",
        "2013-03-10",
    )
    assert events == []


def test_the_toll_of_one_attack_is_kept() -> None:
    events = events_of(
        "وارتفعت حصيلة ضحايا الهجوم الذي استهدف سوقا في مدينة حمص يوم الجمعة إلى 20 قتيلا.",
        "2013-05-11",
    )
    assert [e["fatalities"] for e in events] == [20]


def test_who_the_dead_were_is_no_breakdown() -> None:
    doc = run("وسقط 6 قتلى بينهم 4 أطفال في بلدة دوما، و5 قتلى في مدينة إدلب.")
    assert list(doc.claims) == []


def test_the_dead_of_yesterday_by_a_force_are_a_tally() -> None:
    events = events_of(
        "وقدر ناشطون في سوريا حصيلة القتلى الذين سقطوا برصاص القوات الموالية للنظام، أمس "
        "الجمعة، بـ144 قتيلا، فيما أعلنت مصادر بالمعارضة عن سيطرة الثوار على كتيبة التسليح "
        "في خان طومان بريف حلب.",
        "2013-03-16",
    )
    assert [e["fatalities"] for e in events if e["fatalities"]] == []


def test_the_toll_of_a_bombing_of_yesterday_is_kept() -> None:
    events = events_of(
        "وارتفعت حصيلة القتلى في تفجير مدينة حمص أمس الجمعة إلى 20 قتيلا.", "2013-05-11"
    )
    assert [e["fatalities"] for e in events] == [20]
