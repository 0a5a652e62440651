"""Notes wording, country codes and atomic merging."""

from __future__ import annotations

import datetime as dt

from rasad.events.notes import make_note, short_actor
from rasad.events.record import country_name

from .helpers import run

D = dt.date


def test_note_for_a_reported_denied_event_with_fatalities() -> None:
    note = make_note(
        sub_event_type="Agreement",
        event_date="2018-05-19",
        actor1="Military Forces of Syria (2000-2024)",
        actor2="Islamic State (Syria)",
        location="Yarmouk camp",
        admin1="Damascus",
        fatalities=2,
        claimed_by="Activists",
        certainty="denied",
    )
    assert note == (
        "On 19 May 2018, Military Forces of Syria reached an agreement with Islamic "
        "State (Syria) concerning Yarmouk camp (Damascus), according to Activists, "
        "a report that was denied, with 2 reported fatalities."
    )


def test_note_handles_missing_fields_and_month_precision() -> None:
    note = make_note(
        sub_event_type="Shelling/artillery/missile attack",
        event_date="2020-05-15",
        actor1=None,
        actor2=None,
        location=None,
        admin1=None,
        fatalities=0,
        claimed_by=None,
        certainty="asserted",
        time_precision=3,
    )
    assert note == "In the month of May 2020, unidentified actors shelled an unspecified location."


def test_short_actor_drops_the_period() -> None:
    assert short_actor("Military Forces of Syria (2000-2024)", "") == "Military Forces of Syria"
    assert short_actor("Military Forces of Russia (2000-)", "") == "Military Forces of Russia"


def test_country_names_and_iso_numeric_like_acled() -> None:
    assert country_name("SY") == ("Syria", "760")
    assert country_name("PS") == ("Palestine", "275")
    assert country_name("SD") == ("Sudan", "729")
    assert country_name("LB") == ("Lebanon", "422")


def test_same_event_told_twice_is_one_event_with_the_finest_place() -> None:
    doc = run(
        "سيطرت قوات النظام على أحياء جنوب دمشق. وقال ناشطون إن قوات النظام سيطرت على مخيم اليرموك."
    )
    assert [(e.sub_event_type, e.location) for e in doc.events] == [
        ("Government regains territory", "Yarmouk camp")
    ]
    assert doc.events[0].claimed_by == "Activists"


def test_different_days_are_different_events() -> None:
    doc = run(
        "قصفت قوات النظام سراقب يوم السبت. وقصفت قوات النظام سراقب يوم الأحد.",
        dates={
            "يوم السبت": (D(2021, 3, 6), D(2021, 3, 6), 1, None),
            "يوم الأحد": (D(2021, 3, 7), D(2021, 3, 7), 1, None),
        },
    )
    assert sorted(e.event_date for e in doc.events) == ["2021-03-06", "2021-03-07"]


def test_different_villages_are_different_events() -> None:
    doc = run("قصفت قوات النظام سراقب. وقصفت قوات النظام معرة النعمان.")
    assert sorted(e.location for e in doc.events) == ["Maaret An Nuaman", "Saraqab"]


def test_different_actor_pairs_are_different_events() -> None:
    doc = run("اشتبكت قوات النظام مع داعش في البادية. واشتبكت قسد مع داعش في الرقة.")
    assert len(doc.events) == 2


def test_shelling_within_a_battle_sentence_merges_into_the_battle() -> None:
    doc = run("دارت اشتباكات عنيفة بين قوات النظام والفصائل في سراقب تخللها قصف مدفعي.")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Battles", "Armed clash")]


def test_empty_document_gives_no_events() -> None:
    from rasad.document import Document
    from rasad.events.stage import Events

    doc = Events()(Document(id="x", text=""))
    assert doc.events == () and doc.claims == ()


def test_missing_layers_mean_no_information_not_a_crash() -> None:
    from rasad.document import Document
    from rasad.events.stage import Events

    doc = Events(min_confidence=0)(Document(id="x", text="قصفت قوات النظام مدينة سراقب."))
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]
    assert doc.events[0].actor1 is None and doc.events[0].location is None


def test_min_confidence_drops_passing_references_and_is_validated() -> None:
    import pytest

    from rasad.errors import ConfigError
    from rasad.events.stage import Events

    from .helpers import make_doc

    doc = make_doc("وقصفت قوات النظام مواقع.", with_places=False)
    assert Events(min_confidence=0)(doc).events
    assert Events(min_confidence=0.99)(doc).events == ()
    with pytest.raises(ConfigError, match="min_confidence"):
        Events(min_confidence=2)
