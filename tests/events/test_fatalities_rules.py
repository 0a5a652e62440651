"""Death counts told far from their death word, and deaths that belong to background."""

from __future__ import annotations

import regex

from rasad.document import Span

from .helpers import _STAGE, Quantity, make_doc, only_event


def test_counted_subject_of_a_plural_death_verb_far_after_it() -> None:
    e = only_event(
        "قال مسؤول إن 5 عناصر من تنظيم الدولة، من بينهم قيادي بارز، قتلوا في غارة على الرقة."
    )
    assert e.fatalities == 5


def test_a_number_far_before_a_singular_death_word_is_not_its_count() -> None:
    e = only_event(
        "قال مسؤول إن 5 عناصر من تنظيم الدولة وصلوا إلى الرقة، ثم قتل قيادي في غارة عليها."
    )
    assert e.fatalities != 5


def test_deaths_of_a_background_event_are_not_counted() -> None:
    e = only_event(
        "سيطرت الفصائل على مدينة سراقب، بعد عام على اقتحامها من قوات النظام وقتل 100 من سكانها."
    )
    assert e.fatalities == 0


_EARLIER = (
    "بعد سلسلة من تفجيرات السيارات المفخخة في وسط مدينة إدلب الأسبوع الماضي "
    "قال ناشطون إن أخطرها قتل 60 شخصا."
)


def test_deaths_told_after_a_background_event_are_not_this_events() -> None:
    from .helpers import run

    doc = run("هز انفجار مدينة سراقب اليوم. ويأتي الانفجار " + _EARLIER)
    assert [e.fatalities for e in doc.events] == [0]
    alone = run("ويأتي الانفجار في سراقب " + _EARLIER)
    assert [e.fatalities for e in alone.events] == [0]


def test_a_named_victim_with_his_title_is_one_death() -> None:
    e = only_event("قتل أحمد الخالد، المسؤول المحلي في مدينة سراقب، بقصف لقوات النظام اليوم.")
    assert e.fatalities == 1


def test_a_singular_subject_before_the_death_verb_is_one_death() -> None:
    e = only_event("قال مسؤول إن شخصا قتل بقصف لقوات النظام على مدينة سراقب.")
    assert e.fatalities == 1


def test_deaths_over_two_days_are_a_total_not_the_events() -> None:
    from .helpers import run

    doc = run("وقال المسؤول إن 6 أشخاص قتلوا خلال اليومين الماضيين في اشتباكات في البصرة.")
    assert all(e.fatalities == 0 for e in doc.events)
    assert [(c.kind, c.value) for c in doc.claims] == [("casualty_total", 6)]


def test_a_number_counting_the_wounded_is_not_added_to_the_dead() -> None:
    e = only_event("أفاد مصدر بسقوط 9 قتلى وعشرات الجرحى في قصف لقوات النظام على مدينة سراقب.")
    assert e.fatalities == 9
    e = only_event("أسفر قصف لقوات النظام على مدينة سراقب عن مقتل 7 وإصابة 12 آخرين.")
    assert e.fatalities == 7


def test_a_toll_spread_over_several_places_is_a_total() -> None:
    from .helpers import run

    doc = run(
        "أفاد ناشطون أن عدد القتلى بنيران قوات النظام وصل إلى 105، أغلبهم في إدلب والرقة ودوما."
    )
    assert all(e.fatalities == 0 for e in doc.events)
    assert [c.value for c in doc.claims] == [105]


def test_hours_and_distances_are_not_counted_as_dead() -> None:
    e = only_event("قتل 9 مدنيين خلال 24 ساعة بغارات على بلدة قرب الرقة على بعد 20 كيلومترا منها.")
    assert e.fatalities == 9


def test_a_year_is_not_a_count_of_dead() -> None:
    import datetime as dt

    text = "وقتل 4 من عناصر داعش في عام 2017 بغارة جوية على الموصل."
    assert only_event(text, published=dt.date(2017, 5, 1)).fatalities == 4


# ---------------------------------------------------------------- breakdowns and earlier totals
def test_a_breakdown_after_wa_bainahum_is_not_the_toll() -> None:
    e = only_event(
        "قال المرصد إن القتلى من جنسيات عدة، وبينهم 8 أطفال، وأشار إلى مقتل 11 عنصرا من داعش "
        "في غارة للطيران الروسي على الرقة."
    )
    assert e.fatalities == 11


def test_n_of_them_after_the_total_is_a_breakdown() -> None:
    e = only_event("قتل 17 شخصا في قصف لقوات النظام على سراقب، قتل 10 منهم في سوق شعبي.")
    assert e.fatalities == 17


def test_the_earlier_total_a_toll_is_added_to_is_not_counted() -> None:
    e = only_event(
        "قتل 5 أشخاص في قصف لقوات النظام على سراقب، وتضاف هذه الحصيلة إلى 40 قتيلا سقطوا أمس."
    )
    assert e.fatalities == 5


def test_more_dead_in_addition_are_still_added() -> None:
    e = only_event("قتل 26 من قوات النظام إضافة إلى 9 من الطيران الروسي في هجوم لداعش على سراقب.")
    assert e.fatalities == 35


def test_a_kunya_after_the_death_word_is_one_person() -> None:
    e = only_event("قتل أبو محمد الشامي في غارة للطيران الروسي على سراقب.")
    assert e.fatalities == 1


def test_met_their_death_split_around_a_counted_subject() -> None:
    e = only_event(
        "لقي 27 عنصرا من الحوثيين الموالين لإيران مصرعهم، الجمعة، جراء قصف للتحالف على مأرب."
    )
    assert e.fatalities == 27


def test_one_after_an_attack_noun_counts_attacks_not_dead() -> None:
    doc = make_doc("قال المرصد إن 17 شخصا قتلوا في غارة واحدة على سراقب.")
    number = regex.search("واحدة", doc.text)
    assert number is not None
    one = Span(number.start(), number.end(), "NUMBER", value=Quantity(1, kind="words"))
    doc = doc.with_layer("numbers", [*doc.layer("numbers"), one])
    events = _STAGE(doc).events
    assert [e.fatalities for e in events] == [17]


def test_one_after_a_death_word_is_still_a_count() -> None:
    doc = make_doc("قتل اثنان من المدنيين في غارة على سراقب.")
    number = regex.search("اثنان", doc.text)
    assert number is not None
    two = Span(number.start(), number.end(), "NUMBER", value=Quantity(2, kind="words"))
    events = _STAGE(doc.with_layer("numbers", [two])).events
    assert [e.fatalities for e in events] == [2]


def test_a_dual_death_noun_counts_two_dead() -> None:
    doc = make_doc("شن الطيران الروسي غارات على سراقب، مما أسفر عن قتيلين على الأقل.")
    number = regex.search("قتيلين", doc.text)
    assert number is not None
    dual = Span(number.start(), number.end(), "NUMBER", value=Quantity(2, kind="dual"))
    events = _STAGE(doc.with_layer("numbers", [dual])).events
    assert [e.fatalities for e in events] == [2]


def test_a_dual_of_another_noun_is_no_death_count() -> None:
    doc = make_doc("قتل مدنيون في انفجار عبوتين في سراقب.")
    number = regex.search("عبوتين", doc.text)
    assert number is not None
    dual = Span(number.start(), number.end(), "NUMBER", value=Quantity(2, kind="dual"))
    events = _STAGE(doc.with_layer("numbers", [dual])).events
    assert [e.fatalities for e in events] == [3]


def test_each_different_person_named_dead_counts_one() -> None:
    e = only_event(
        "تسببت غارات الطيران الروسي على سراقب بمقتل عنصر من هيئة تحرير الشام وإصابة 14 آخرين، "
        "إضافة إلى مقتل مدني وإصابة 4 آخرين."
    )
    assert e.fatalities == 2


def test_the_same_person_named_twice_is_one_dead() -> None:
    e = only_event("قتل قائد ميداني في غارة للطيران الروسي على سراقب، وأكد مصدر مقتل القائد.")
    assert e.fatalities == 1


def test_a_singular_death_noun_is_one_dead_not_the_unnumbered_three() -> None:
    for text in (
        "أطلق عناصر من داعش النار على طبيب في سراقب وأردوه قتيلا.",
        "سقط قتيل وجريحان بقصف مدفعي لقوات النظام على سراقب.",
    ):
        assert only_event(text).fatalities == 1, text
    assert only_event("سقط قتلى بقصف مدفعي لقوات النظام على سراقب.").fatalities == 3


def test_a_relative_named_by_kinship_is_one_dead() -> None:
    e = only_event("انفجرت عبوة ناسفة بمنزل في الموصل، ما أدى إلى مقتل زوجته وإصابة أبنائه.")
    assert e.fatalities == 1


def test_a_breakdown_of_the_wounded_does_not_make_the_toll_counted() -> None:
    from rasad.pipeline import extract  # the real number layer reads "ثلاثة عشر" and "طفلان"

    text = "أفادت مصادر بمقتل مدني وإصابة ثلاثة عشر آخرين بينهم طفلان في قصف على مدينة تعز."
    assert [e["fatalities"] for e in extract(text, published="2016-05-10")["events"]] == [1]


def test_a_possible_death_is_no_toll_and_a_commanders_group_is_no_second_victim() -> None:
    from rasad.pipeline import extract

    def deaths(text: str) -> list[int]:
        return [e["fatalities"] for e in extract(text, published="2013-03-25")["events"]]

    where = "في انفجار قنبلة بسيارته في دير الزور."
    assert deaths(f"أصيب القائد العسكري للمتمردين وربما قتل {where}") == [0]
    assert deaths(f"قتل القائد العسكري للمتمردين {where}") == [1]  # the rebels' commander


def test_no_death_reported_across_reporting_words_counts_none() -> None:
    # the only numbers count the wounded; the death word is negated from afar
    e = only_event(
        "قصفت طائرات حربية إسرائيلية مواقع في بلدة بيت حانون بقطاع غزة. وأصيب 4 مسلحين بجروح، "
        "بينما لم يتم الإعلان على الفور عن سقوط ضحايا في بيت حانون."
    )
    assert e.fatalities == 0
    e = only_event("انفجرت عبوة ناسفة في سوق بمدينة الحلة، ولم يسفر الانفجار عن سقوط قتلى.")
    assert e.fatalities == 0


def test_deaths_reported_without_a_number_still_count() -> None:
    e = only_event("انفجرت عبوة ناسفة في سوق بمدينة الحلة، وأسفر الانفجار عن سقوط قتلى.")
    assert e.fatalities == 3
