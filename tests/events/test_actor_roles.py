"""actor_roles: supporters are no side, the doer of an adverbial event is not the target."""

from __future__ import annotations

from .helpers import only_event, run

RESISTANCE = {"المقاومة الشعبية": ("Popular Resistance", 3)}
SYRIA = "Military Forces of Syria (2000-2024)"
IS = "Islamic State (Syria)"
RUSSIA = "Military Forces of Russia (2000-)"


# ------------------------------------------------------------- supporters are associates
def test_a_supporter_after_support_nouns_is_not_the_other_side() -> None:
    e = only_event("اشتبكت قوات النظام مع داعش قرب سراقب، بدعم وإسناد من الطيران الروسي.")
    assert {e.actor1, e.actor2} == {SYRIA, IS}


def test_a_supporter_named_after_force_nouns_is_not_the_enemy() -> None:
    e = only_event(
        "وحظيت المقاومة الشعبية خلال المعارك في تعز بدعم وإسناد من قوات ومقاتلات التحالف.",
        extra_actors=RESISTANCE,
    )
    assert e.actor1 == "Popular Resistance"
    assert e.actor2 != "Operation Restoring Hope"


def test_backed_by_with_b_is_a_supporter() -> None:
    e = only_event(
        "هاجمت المقاومة الشعبية مسنودة بالتحالف مواقع الحوثيين في تعز.", extra_actors=RESISTANCE
    )
    assert e.actor1 == "Popular Resistance"
    assert e.actor2 == "Ansar Allah"


def test_an_enemy_after_from_is_still_a_side_without_a_support_noun() -> None:
    e = only_event("انسحبت قوات النظام من سراقب بعد هجوم من داعش.")
    assert IS in {e.actor1, e.actor2}


# ------------------------------------------- the doer of another, adverbial event
def test_the_subject_of_a_later_adverbial_event_is_not_the_looting_victim() -> None:
    doc = run("نهبت قوات النظام المحال في سراقب بعد تقدم الفصائل.")
    loot = [e for e in doc.events if e.sub_event_type == "Looting/property destruction"]
    assert loot and loot[0].actor1 == SYRIA
    assert loot[0].actor2 != "Opposition Rebels (Syria)"


def test_the_owner_of_targeted_areas_stays_the_target() -> None:
    e = only_event("قصفت قوات النظام مناطق سيطرة داعش في سراقب.")
    assert (e.actor1, e.actor2) == (SYRIA, IS)


def test_a_side_withdrawing_before_a_takeover_is_still_its_other_side() -> None:
    e = only_event("سيطرت قوات النظام على سراقب بعد انسحاب داعش منها.")
    assert {e.actor1, e.actor2} == {SYRIA, IS}


# ------------------------------------------------- a group's people named with ل
def test_leaders_of_a_group_with_li_act_for_it() -> None:
    doc = run("هربت القيادات الأجنبية لداعش من سراقب بعد أن نهبت ممتلكات المواطنين.")
    loot = [e for e in doc.events if e.sub_event_type == "Looting/property destruction"]
    assert loot and loot[0].actor1 == IS


def test_positions_of_a_group_with_li_are_still_its_target() -> None:
    e = only_event("قصفت قوات النظام مواقع لعناصر داعش قرب سراقب.")
    assert (e.actor1, e.actor2) == (SYRIA, IS)


# ------------------------------------------------- dictionary spellings the roles rely on
def test_indefinite_foreign_forces_are_named_actors() -> None:
    import datetime as dt

    from rasad.actors.matching import find_actors

    day = dt.date(2018, 4, 14)
    for text, name in (
        ("وشنت قوات أميركية وبريطانية ضربات جوية على حمص.", "Military Forces of the United States"),
        ("توغلت قوات تركية في ريف عفرين.", "Military Forces of Turkey"),
        ("وأطلق جنود إسرائيليون النار على المتظاهرين.", "Military Forces of Israel"),
    ):
        spans = find_actors(text, published=day)
        assert any((s.kb_id or "").startswith(name) for s in spans), (text, spans)


def test_a_group_claiming_responsibility_is_the_perpetrator() -> None:
    from rasad.pipeline import extract

    for text in (
        "تبنى تنظيم داعش تفجير سيارة مفخخة في الموصل.",
        "انفجرت سيارة مفخخة في الموصل. وتبنى تنظيم داعش التفجير.",
    ):
        [e] = extract(text, published="2018-10-10")["events"]
        assert e["actor1"] == "Islamic State (Iraq)", text
    [unclaimed] = extract("انفجرت سيارة مفخخة في الموصل.", published="2018-10-10")["events"]
    assert unclaimed["actor1"] == "Unidentified Armed Group (Iraq)"


def test_a_group_after_a_position_noun_in_the_accusative_is_the_target() -> None:
    from rasad.pipeline import extract

    text = "أعلن حزب الله أنه قصف موقعا للجيش الإسرائيلي."
    [e] = extract(text, published="2018-10-10")["events"]
    assert (e["actor1"], e["actor2"]) == ("Hezbollah", "Military Forces of Israel (2009-2021)")
