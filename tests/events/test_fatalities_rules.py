"""Death counts told far from their death word, and deaths that belong to background."""

from __future__ import annotations

from .helpers import only_event


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
