"""Actors from word order and markers, places, dates, fatalities, attribution and certainty."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.events.stage import Events

from .helpers import make_doc, only_event, run

D = dt.date


# ---- word order, passives, markers ------------------------------------------------------------
def test_vso_subject_after_the_verb_is_actor1() -> None:
    e = only_event("اشتبكت قوات النظام مع هيئة تحرير الشام في ريف سراقب.")
    assert e.actor1 == "Military Forces of Syria (2000-2024)"
    assert e.actor2 == "HTS: Hayat Tahrir al Sham"


def test_svo_subject_before_the_verb_is_actor1() -> None:
    e = only_event("هيئة تحرير الشام اشتبكت مع قوات النظام في ريف سراقب.")
    assert e.actor1 == "HTS: Hayat Tahrir al Sham"
    assert e.actor2 == "Military Forces of Syria (2000-2024)"


def test_between_x_and_y() -> None:
    e = only_event("دارت معارك بين قسد وداعش في ريف الرقة.")
    assert {e.actor1, e.actor2} == {"QSD: Syrian Democratic Forces", "Islamic State (Syria)"}
    assert e.actor1 == "QSD: Syrian Democratic Forces"


def test_passive_with_bombardment_by_names_the_agent() -> None:
    e = only_event("قُتل 4 مدنيين بقصف لقوات النظام على مدينة سراقب.")
    assert e.actor1 == "Military Forces of Syria (2000-2024)"
    assert e.actor2 == "Civilians (Syria)"
    assert e.fatalities == 4
    assert e.event_type == "Explosions/Remote violence"


def test_passive_with_min_qibal_names_the_agent() -> None:
    e = only_event("اختطف صحفي من قبل هيئة تحرير الشام في إدلب.")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert e.actor1 == "HTS: Hayat Tahrir al Sham"
    assert e.actor2 == "Civilians (Syria)"


def test_verbal_noun_with_li_names_the_agent() -> None:
    e = only_event("قتل 5 مدنيين بغارات للطيران الروسي على مدينة معرة النعمان.")
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 == "Military Forces of Russia (2000-)"
    assert e.actor2 == "Civilians (Syria)"
    assert e.fatalities == 5


def test_against_marks_the_other_side() -> None:
    e = only_event("شنت القوات العراقية هجوما ضد داعش قرب الموصل.")
    assert e.event_type == "Battles"
    assert e.actor1.startswith("Military Forces of Iraq")
    assert e.actor2 == "Islamic State (Syria)"


def test_self_announced_takeover_takes_the_speaker_as_actor1_and_is_asserted() -> None:
    e = only_event("أعلنت قوات النظام، اليوم، عن سيطرتها على مدينة دوما.")
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1 == "Military Forces of Syria (2000-2024)"
    assert e.certainty == "asserted"


def test_unidentified_gunmen() -> None:
    e = only_event("اغتال مسلحون مجهولون مختار قرية قرب الرقة.")
    assert e.actor1 == "Unidentified Armed Group (Syria)"
    assert e.sub_event_type == "Attack"


def test_trigger_inside_an_actor_name_is_ignored() -> None:
    doc = run("زار وفد من هيئة تحرير الشام مدينة إدلب.")
    assert doc.events == ()
    assert [t.value.status for t in doc.layer("triggers")] == ["in_name"]


# ---- place -------------------------------------------------------------------------------------
def test_place_of_the_sentence_with_country_and_iso() -> None:
    e = only_event("قصفت قوات النظام مدينة سراقب بقذائف الهاون.")
    assert (e.location, e.country, e.iso, e.admin1) == ("Saraqab", "Syria", "760", "Idleb")
    assert (e.latitude, e.longitude, e.geo_precision) == (35.86, 36.8, 1)


def test_iso_codes_follow_acled() -> None:
    assert only_event("انفجرت عبوة ناسفة في بغداد.").iso == "368"
    assert only_event("قصف الحوثيون مدينة تعز.").iso == "887"
    assert only_event("اندلعت اشتباكات في طرابلس.").iso == "434"


def test_event_location_preferred_over_destination() -> None:
    e = only_event(
        "تقدمت قوات النظام من سراقب باتجاه معرة النعمان.",
        roles={"سراقب": "origin", "معرة النعمان": "destination"},
    )
    assert e.location == "Saraqab"


def test_place_from_an_earlier_sentence_of_the_paragraph() -> None:
    doc = run("تشهد مدينة سراقب توترا. وقصفت قوات النظام الأحياء السكنية بالمدفعية.")
    assert [e.location for e in doc.events] == ["Saraqab"]


def test_no_place_at_all_gives_no_location_at_low_precision() -> None:
    e = only_event("قصفت قوات النظام مواقع الفصائل.", with_places=False)
    assert e.location is None and e.geo_precision == 3
    assert e.country == "Syria"  # from the actor's name


# ---- date --------------------------------------------------------------------------------------
def test_date_in_the_sentence_wins_over_publication() -> None:
    e = only_event(
        "قصفت قوات النظام يوم الأحد مدينة سراقب.",
        dates={"يوم الأحد": (D(2021, 3, 7), D(2021, 3, 7), 1, None)},
    )
    assert (e.event_date, e.time_precision) == ("2021-03-07", 1)


def test_date_from_an_earlier_sentence_of_the_paragraph() -> None:
    doc = run(
        "شهد يوم الاثنين توترا. وقصفت قوات النظام مدينة سراقب.",
        dates={"يوم الاثنين": (D(2021, 3, 8), D(2021, 3, 8), 1, None)},
    )
    assert [e.event_date for e in doc.events] == ["2021-03-08"]


def test_night_spanning_two_days_is_coded_on_the_first_day() -> None:
    e = only_event(
        "قصفت قوات النظام ليل السبت-الأحد مدينة سراقب.",
        dates={"ليل السبت-الأحد": (D(2021, 3, 6), D(2021, 3, 7), 1, "night")},
    )
    assert (e.event_date, e.time_precision) == ("2021-03-06", 1)


def test_a_week_is_coded_on_its_midpoint_with_precision_2() -> None:
    e = only_event(
        "قصفت قوات النظام الأسبوع الماضي مدينة سراقب.",
        dates={"الأسبوع الماضي": (D(2021, 3, 1), D(2021, 3, 7), 2, None)},
    )
    assert (e.event_date, e.time_precision) == ("2021-03-04", 2)


def test_no_date_and_no_publication_date_gives_none() -> None:
    e = only_event("قصفت قوات النظام مدينة سراقب.", published=None)
    assert e.event_date is None


# ---- fatalities --------------------------------------------------------------------------------
def test_injuries_are_not_deaths() -> None:
    e = only_event("انفجرت عبوة ناسفة في بغداد ما أدى إلى إصابة 7 أشخاص.")
    assert e.fatalities == 0


def test_deaths_and_injuries_in_one_sentence() -> None:
    e = only_event("انفجرت عبوة ناسفة في بغداد ما أدى إلى مقتل 3 أشخاص وإصابة 7 آخرين.")
    assert e.fatalities == 3


def test_number_before_the_death_noun() -> None:
    e = only_event("سقط 6 قتلى في قصف لقوات النظام على سراقب.")
    assert e.fatalities == 6


def test_vague_count_tens_is_10() -> None:
    # ACLED and gold/README.md: "العشرات" (tens) → 10
    e = only_event("قتل عشرات المدنيين في غارات جوية على سراقب.")
    assert e.fatalities == 10
    e = only_event("أعلنت مصادر عسكرية مقتل العشرات من عناصر داعش في اشتباكات قرب سراقب.")
    assert e.fatalities == 10


def test_deaths_without_a_number_limited_3_significant_10() -> None:
    assert only_event("قتل مدنيون في قصف مدفعي على سراقب.").fatalities == 3
    assert only_event("ارتكبت قوات النظام مجزرة بحق المدنيين في دوما.").fatalities == 10


def test_no_deaths_means_zero() -> None:
    assert only_event("قصفت قوات النظام مدينة سراقب.").fatalities == 0


def test_no_casualties_negated_is_zero() -> None:
    e = only_event("قصفت قوات النظام مدينة سراقب دون وقوع ضحايا.")
    assert e.fatalities == 0


def test_repeated_reports_keep_the_most_conservative_figure() -> None:
    doc = run("قتل 7 مدنيين بغارة جوية على سراقب. وقال ناشطون إن الغارة على سراقب قتلت 9 مدنيين.")
    assert [e.fatalities for e in doc.events] == [7]


# ---- attribution and certainty -----------------------------------------------------------------
def test_report_of_a_named_monitor_is_asserted_with_the_source() -> None:
    e = only_event("وقال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت مدينة سراقب.")
    assert e.certainty == "asserted"  # gold/README.md: a named source states the event
    assert e.claimed_by and "Syrian Observatory" in e.claimed_by


def test_bihasab_after_the_event_attributes_it() -> None:
    e = only_event("قصفت قوات النظام مدينة سراقب، بحسب ناشطين.")
    assert e.certainty == "reported" and e.claimed_by == "Activists"


def test_outlet_statement_is_asserted_without_claimant() -> None:
    e = only_event("قصفت قوات النظام مدينة سراقب بالمدفعية.")
    assert (e.certainty, e.claimed_by) == ("asserted", None)


def test_continuation_verb_keeps_the_previous_source() -> None:
    doc = run("وقال ناشطون إن الحوثيين قصفوا مدينة تعز. وأضافوا أن الحوثيين اقتحموا قرية قرب مأرب.")
    assert [e.claimed_by for e in doc.events] == ["Activists", "Activists"]


def test_denial_marks_the_reported_event_denied_and_keeps_it() -> None:
    e = only_event(
        "قال ناشطون إن قوات النظام توصلت إلى اتفاق مع الفصائل في دوما. "
        "ونفت قوات النظام التوصل إلى اتفاق مع الفصائل."
    )
    assert e.sub_event_type == "Agreement"
    assert e.certainty == "denied"


def test_conflicting_reports_lower_confidence() -> None:
    plain = only_event("سيطرت قوات النظام على مدينة سراقب.")
    hedged = only_event("تضاربت الأنباء حول سيطرة قوات النظام على مدينة سراقب.")
    assert hedged.confidence < plain.confidence
    assert 0 <= hedged.confidence <= 1


# ---- evidence, notes, triggers layer -----------------------------------------------------------
def test_evidence_is_the_sentence_and_the_trigger_is_in_the_triggers_layer() -> None:
    text = "تشهد المنطقة هدوءا. وسيطرت قوات النظام على مدينة سراقب."
    doc = run(text)
    ev = doc.events[0].evidence
    assert ev.text == text[ev.start : ev.end] == "وسيطرت قوات النظام على مدينة سراقب."
    triggers = [t for t in doc.layer("triggers") if t.value.status == "event"]
    assert [text[t.start : t.end] for t in triggers] == ["سيطرت"]
    assert ev.start <= triggers[0].start < triggers[0].end <= ev.end


def test_notes_is_one_acled_style_english_sentence() -> None:
    e = only_event(
        "سيطرت قوات النظام على مدينة سراقب.",
        dates={"": (D(2021, 3, 7), D(2021, 3, 7), 1, None)} if False else None,
    )
    assert e.notes.startswith("On 10 March 2021, Military Forces of Syria regained control of")
    assert "Saraqab" in e.notes and e.notes.endswith(".") and e.notes.count(". ") == 0


def test_triggers_layer_records_every_trigger_with_its_status() -> None:
    doc = run("لم تقصف قوات النظام سراقب. وقصفت قوات النظام دوما.")
    statuses = [(t.text(doc), t.value.status) for t in doc.layer("triggers")]
    assert statuses == [("تقصف", "negated"), ("قصفت", "event")]
    assert all(t.label == "TRIGGER" for t in doc.layer("triggers"))


def test_supporting_force_goes_to_assoc_actor_not_to_actor2(monkeypatch) -> None:
    from rasad.events import context

    doc = make_doc("سيطرت قوات النظام بدعم من الطيران الروسي على مدينة سراقب.")
    actors = {a.kb_id: a for a in doc.layer("actors")}
    pair = (
        actors["Military Forces of Syria (2000-2024)"],
        actors["Military Forces of Russia (2000-)"],
    )
    # who supports whom is the actors stage's call (rasad.actors.find_support); fix it here
    monkeypatch.setattr(context, "_find_support", lambda d, norm=None: [pair])
    event = Events()(doc).events[0]
    assert event.actor1 == "Military Forces of Syria (2000-2024)"
    assert event.actor2 != "Military Forces of Russia (2000-)"  # its foe may be filled
    assert event.assoc_actor_1 == "Military Forces of Russia (2000-)"


def test_real_support_finder_is_used_when_available() -> None:
    pytest.importorskip("rasad.actors")
    doc = make_doc("سيطرت قوات النظام بدعم من الطيران الروسي على مدينة سراقب.")
    event = Events()(doc).events[0]
    assert event.actor2 != "Military Forces of Russia (2000-)"


def test_dateline_place_is_not_the_event_location() -> None:
    doc = run("بغداد (رويترز) - قصفت قوات النظام مدينة سراقب.")
    assert [e.location for e in doc.events] == ["Saraqab"]
    doc = run("بغداد (رويترز) - قصفت قوات النظام مواقع الفصائل.")
    assert [e.location for e in doc.events] == [None]


def test_byline_is_not_reporting() -> None:
    assert run("(إعداد أحمد للنشرة العربية - تحرير سامي)").events == ()


def test_nationality_of_the_aircraft_names_the_air_force() -> None:
    e = only_event("شنت طائرات حربية روسية غارات على مدينة سراقب.")
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 == "Military Forces of Russia (2000-)"


def test_the_body_an_unnamed_source_belongs_to_is_not_an_actor() -> None:
    e = only_event("وقال ضابط في الجيش العراقي إن سيارة مفخخة انفجرت في سوق شعبي في بغداد.")
    assert e.actor1 == "Unidentified Armed Group (Iraq)"  # an unclaimed bomb, not the army's
