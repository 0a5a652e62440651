"""A count beats a vague word for the same dead; toll updates; ranked events and period totals;
present-tense states and habits with no day of their own."""

from __future__ import annotations

from .helpers import only_event, run


# ---------------------------------------------------------------- a count beats a vague word
def test_a_count_of_the_dead_wins_over_a_vague_word_for_them() -> None:
    e = only_event("قتل العشرات في غارات لقوات النظام على مدينة سراقب، وبلغ عدد القتلى 44 شخصا.")
    assert e.fatalities == 44  # not the 10 that stands in for "العشرات"


def test_a_count_told_in_another_sentence_wins_over_a_vague_word() -> None:
    e = only_event(
        "قتل العشرات في قصف لقوات النظام على سراقب. وقال مسؤول إن 30 شخصا قتلوا في القصف."
    )
    assert e.fatalities == 30


def test_two_counts_of_the_same_dead_keep_the_most_conservative() -> None:
    e = only_event(
        "قتل 7 أشخاص في قصف لقوات النظام على سراقب. وقال مسؤول إن 9 أشخاص قتلوا في القصف."
    )
    assert e.fatalities == 7  # ACLED: between precise figures, the lower


def test_a_vague_word_and_a_count_of_other_dead_still_add_up() -> None:
    e = only_event("قتل 3 من قوات النظام وعشرات من عناصر داعش في اشتباكات قرب مدينة سراقب.")
    assert e.fatalities == 13  # "3 … وعشرات": two groups of dead, 3 + 10 ("tens")


# ------------------------------------------------------------------------- toll updates
def test_a_toll_rising_to_a_new_total_replaces_the_first_figure() -> None:
    e = only_event("قتل 5 أشخاص في قصف لقوات النظام على مدينة سراقب، ثم ارتفعت حصيلة القتلى إلى 9.")
    assert e.fatalities == 9  # the latest total of the same dead, not 5 + 9


def test_more_dead_added_with_ila_are_still_added() -> None:
    e = only_event("قتل 26 من قوات النظام إضافة إلى 9 من عناصر داعش في اشتباكات قرب سراقب.")
    assert e.fatalities == 35


# ------------------------------------------------------------- ranked against a period
def test_an_event_ranked_against_past_months_is_an_event_not_a_total() -> None:
    doc = run("قتل 5 مدنيين في غارة لقوات النظام على سراقب، وهي الأعنف خلال الأشهر الماضية.")
    assert [e.fatalities for e in doc.events] == [5]
    assert not doc.claims


def test_deaths_over_past_months_without_a_ranking_are_a_total() -> None:
    doc = run("قتل 5 مدنيين في غارات لقوات النظام على سراقب خلال الأشهر الماضية.")
    assert not doc.events
    assert [(c.kind, c.value) for c in doc.claims] == [("casualty_total", 5)]


# ------------------------------------------------------------------------- statistics
_EVENT = "قتل 3 مدنيين في غارة للطيران الروسي على مدينة سراقب اليوم. "


def test_dead_of_strikes_since_a_date_are_a_total_not_another_event() -> None:
    doc = run(_EVENT + "وارتفع عدد قتلى الغارات على مدينة إدلب منذ بداية العام إلى 300 مدني.")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Saraqab", 3)]
    assert [(c.kind, c.value) for c in doc.claims] == [("casualty_total", 300)]


def test_a_toll_of_strikes_over_the_year_is_a_total_not_an_event() -> None:
    doc = run(_EVENT + "وقال مسؤول إن حصيلة قتلى الضربات على إدلب خلال العام بلغت 120 شخصا.")
    assert [e.location for e in doc.events] == ["Saraqab"]
    assert [c.value for c in doc.claims] == [120]


# ---------------------------------------------------------------- present states and habits
def test_a_habit_in_the_present_is_not_an_event() -> None:
    doc = run("وتقصف قوات النظام مدينة سراقب بشكل متكرر.")
    assert not doc.events


def test_a_present_state_with_no_day_in_its_paragraph_is_not_an_event() -> None:
    assert not run("ويحتجز داعش المدنيين في مدينة الرقة.").events


def test_a_present_act_of_today_is_an_event() -> None:
    e = only_event("وتقصف قوات النظام مدينة سراقب منذ صباح اليوم.")
    assert e.event_type == "Explosions/Remote violence"


def test_a_present_act_in_a_dated_paragraph_is_an_event() -> None:
    doc = run("شهدت مدينة الرقة اليوم توترا. ويحتجز داعش المدنيين في مدينة الرقة.")
    assert [e.sub_event_type for e in doc.events] == ["Abduction/forced disappearance"]


def test_a_date_in_another_paragraph_does_not_date_a_present_state() -> None:
    doc = run("شهدت مدينة الرقة اليوم توترا.\nويحتجز داعش المدنيين في مدينة الرقة.")
    assert not doc.events


def test_a_present_verb_after_bat_is_a_change_not_a_state() -> None:
    e = only_event("بات الجيش السوري يسيطر على مدينة سراقب بشكل كامل.")
    assert e.sub_event_type == "Government regains territory"


def test_the_wounded_after_a_reached_toll_are_not_counted_as_dead() -> None:
    e = only_event("شن داعش هجوما على مدينة الموصل اليوم، وبلغت حصيلته 23 قتيلا وإصابة 51 آخرين.")
    assert e.fatalities == 23


def test_a_reached_number_with_no_death_word_is_not_a_toll() -> None:
    doc = run(_EVENT + "وبلغ عدد الغارات على مدينة إدلب منذ بداية العام 300 غارة.")
    assert [e.fatalities for e in doc.events] == [3]
    assert not doc.claims


def test_a_relative_clause_sizing_a_wider_group_is_not_a_toll_update() -> None:
    e = only_event(
        "قتل 90 من ضحايا الهجوم الذين بلغ عددهم 130 في غارة لقوات النظام على مدينة سراقب اليوم."
    )
    assert e.fatalities == 90  # the 90 are part of the 130, not a newer toll of them


def test_a_toll_update_in_the_next_sentence_gives_the_latest_total() -> None:
    e = only_event(
        "قتل 5 أشخاص في قصف لقوات النظام على سراقب اليوم. وارتفعت حصيلة القتلى إلى 9 أشخاص."
    )
    assert e.fatalities == 9  # a newer figure for the same dead, not a rival report


def test_a_rival_figure_without_a_rise_keeps_the_lower_count() -> None:
    e = only_event(
        "قتل 5 أشخاص في قصف لقوات النظام على سراقب اليوم. وقال ناشطون إن القتلى 9 أشخاص."
    )
    assert e.fatalities == 5
