"""Who is actor1 and who actor2: relative-clause agents, sources, "بين", counted dead, "الطرفين"."""

from __future__ import annotations

from rasad.document import Place, Span
from rasad.events.stage import Events

from .helpers import make_doc, only_event, run

RESISTANCE = {"المقاومة الشعبية": ("Popular Resistance", 3)}
# the real actors stage recognises the aircraft word with the group ("مقاتلات التحالف")
JETS = {"مقاتلات التحالف": ("Operation Restoring Hope", 8)}
IRAQ = {
    "الشرطة العراقية": ("Police Forces of Iraq (2020-)", 1),
    "الجيش العراقي": ("Military Forces of Iraq (2020-)", 1),
}
HOUTHI = "Ansar Allah"
COALITION = "Operation Restoring Hope"


def _sides(e) -> set[str | None]:
    return {e.actor1, e.actor2}


# ---- an agent in a relative clause, far from the death word --------------------------------------
def test_relative_clause_agent_far_after_a_death_word_is_actor1() -> None:
    e = only_event(
        "قتل ثلاثة عناصر من الحوثيين وجرح اثنان آخران، في هجوم نفذته صباح اليوم "
        "المقاومة الشعبية على موقع لهم في تعز.",
        extra_actors=RESISTANCE,
    )
    assert e.actor1 == "Popular Resistance"
    assert e.actor2 == HOUTHI


def test_relative_clause_agent_with_the_victims_told_first_svo() -> None:
    e = only_event(
        "عناصر من الحوثيين لقوا مصرعهم مساء الأحد في كمين محكم على طريق فرعي "
        "شنته المقاومة الشعبية قرب تعز.",
        extra_actors=RESISTANCE,
    )
    assert _sides(e) == {"Popular Resistance", HOUTHI}


# ---- sources speak, they do not fight -----------------------------------------------------------
def test_police_source_of_a_bomb_report_is_not_its_planter() -> None:
    e = only_event(
        "قال مصدر بالشرطة العراقية إن سيارة ملغومة انفجرت في سوق شعبي ببغداد، ما أدى إلى "
        "مقتل 3 مدنيين.",
        extra_actors=IRAQ,
    )
    assert e.actor1 == "Unidentified Armed Group (Iraq)"
    assert e.actor2 == "Civilians (Iraq)"


def test_speaker_after_the_trigger_is_not_the_victim() -> None:
    e = only_event(
        "انفجرت سيارة مفخخة قرب سوق البصرة فيما قالت الشرطة العراقية إن خمسة مدنيين قتلوا.",
        extra_actors=IRAQ,
    )
    assert e.actor1 == "Unidentified Armed Group (Iraq)"
    assert e.actor2 == "Civilians (Iraq)"


def test_army_spokesman_is_no_side_of_the_attack_he_reports() -> None:
    e = only_event(
        "وقال المتحدث باسم الجيش العراقي إن مسلحين مجهولين فتحوا النار على مدنيين في بغداد.",
        extra_actors=IRAQ,
    )
    assert e.actor1 == "Unidentified Armed Group (Iraq)"
    assert e.actor2 == "Civilians (Iraq)"


# ---- "بين X و Y" when one side's long name is not an actor ---------------------------------------
def test_between_keeps_the_recognised_side_when_the_other_is_unnamed() -> None:
    e = only_event(
        "وتدور اشتباكات عنيفة في أحياء تعز القديمة بين القوات الموالية للحكومة المعترف بها "
        "ومسلحي الحوثيين."
    )
    assert e.event_type == "Battles"
    assert HOUTHI in _sides(e)


# ---- the other side further on in the clause ---------------------------------------------
def test_repelled_attack_of_a_group_named_late_in_the_clause_is_actor2() -> None:
    e = only_event(
        "صدت قوات النظام، مساء أمس الخميس، هجوما واسعا ومنسقا لعناصر متشددة من "
        "هيئة تحرير الشام على أطراف سراقب."
    )
    assert e.actor1 == "Military Forces of Syria (2000-2024)"
    assert e.actor2 == "HTS: Hayat Tahrir al Sham"


# ---- the counted dead of a group are the side a strike hit ---------------------------------------
def test_counted_dead_before_the_strike_are_actor2() -> None:
    e = only_event(
        "وكان 12 عنصرا من الحوثيين قُتلوا فيما أصيب آخرون بجروح متفاوتة، السبت، جراء قصف "
        "مقاتلات التحالف لمواقعهم في مأرب.",
        extra_actors=JETS,
    )
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 == COALITION
    assert e.actor2 == HOUTHI


def test_counted_dead_after_the_death_word_are_actor2_of_an_air_strike() -> None:
    e = only_event("قتل 7 مسلحين من داعش في غارة لطائرات الطيران الروسي شمال الرقة.")
    assert e.actor1 == "Military Forces of Russia (2000-)"
    assert e.actor2 == "Islamic State (Syria)"


# ---- "بين الطرفين": the sides told in the sentence before ---------------------------------
def test_both_sides_refers_to_the_two_actors_told_before() -> None:
    doc = run(
        "وكانت قوات النظام قد دفعت بتعزيزات إلى محيط سراقب حيث تتمركز هيئة تحرير الشام منذ "
        "سنوات.\nواندلعت مواجهات عنيفة بين الطرفين صباح اليوم في سراقب."
    )
    battles = [e for e in doc.events if e.event_type == "Battles" and e.location == "Saraqab"]
    assert battles, [(e.event_type, e.location, e.actor1, e.actor2) for e in doc.events]
    assert _sides(battles[0]) == {
        "Military Forces of Syria (2000-2024)",
        "HTS: Hayat Tahrir al Sham",
    }


def test_both_sides_without_two_earlier_actors_names_nobody() -> None:
    doc = run("واندلعت مواجهات عنيفة بين الطرفين صباح اليوم في سراقب.")
    assert all(e.actor1 is None and e.actor2 is None for e in doc.events)


# ---- strikes with no named flier -----------------------------------------------------------------
def test_unnamed_strikes_keep_the_air_force_named_in_an_earlier_paragraph() -> None:
    doc = run(
        "شنت طائرات التحالف غارات على مأرب صباح اليوم.\n\n"
        "وفي تعز، قتل خمسة مدنيين في غارات جوية استهدفت سوقا شعبيا."
    )
    taizz = [e for e in doc.events if e.location == "Taizz"]
    assert taizz, [(e.location, e.actor1, e.actor2) for e in doc.events]
    assert taizz[0].actor1 == COALITION
    assert taizz[0].actor2 == "Civilians (Yemen)"


def test_a_ground_force_named_before_does_not_fly_unnamed_strikes() -> None:
    doc = run(
        "سيطرت قوات الأسد على قرية قرب إدلب أمس.\n\n"
        "وفي الرقة، استهدفت غارات جوية مواقع لداعش صباح اليوم."
    )
    raqqa = [e for e in doc.events if e.location == "Ar-Raqqa"]
    assert raqqa, [(e.location, e.actor1, e.actor2) for e in doc.events]
    assert raqqa[0].actor1 is None
    assert raqqa[0].actor2 == "Islamic State (Syria)"


# ---- markers -------------------------------------------------------------------------------------
def test_owner_after_an_adjective_of_the_strike_noun_is_its_agent() -> None:
    e = only_event(
        "سقط عدد من مسلحي الحوثيين بين قتيل وجريح في سلسلة غارات مكثفة لمقاتلات التحالف في مأرب.",
        extra_actors=JETS,
    )
    assert e.actor1 == COALITION
    assert e.actor2 == HOUTHI


def test_territory_taken_from_the_hands_of_a_group_makes_it_the_loser() -> None:
    e = only_event(
        "وحققت قوات النظام مكاسب متواضعة لكنها ما زالت بعيدة عن استعادة سراقب من أيدي "
        "هيئة تحرير الشام."
    )
    assert e.actor1 == "Military Forces of Syria (2000-2024)"
    assert e.actor2 == "HTS: Hayat Tahrir al Sham"


def test_by_after_a_plain_noun_names_no_attacker() -> None:
    doc = run(
        "ونفت الحكومة أي صلة لها بالهجوم على سوق مأرب، ووصفت الاتهامات بأنها ادعاءات "
        "مغرضة تروج لها منذ أيام من قبل الحوثيين."
    )
    assert all(e.actor1 != HOUTHI for e in doc.events)


def test_civilian_word_inside_a_place_name_does_not_make_civilian_victims() -> None:
    text = "قصفت طائرات التحالف مزارع الجر غرب مأرب صباح اليوم."
    doc = make_doc(text)
    start = text.index("مزارع الجر")
    place = Span(
        start,
        start + len("مزارع الجر"),
        "PLACE",
        kb_id="Mazari al Jarr",
        value=Place(
            name="Mazari al Jarr",
            name_ar="مزارع الجر",
            geonameid=None,
            lat=15.5,
            lon=45.2,
            country="YE",
            admin1="Marib",
            admin2=None,
            feature_code="PPL",
            role="event_location",
            geo_precision=1,
        ),
    )
    doc = doc.with_layer("places", sorted([*doc.layer("places"), place], key=lambda s: s.start))
    events = Events()(doc).events
    assert events and all(e.actor2 != "Civilians (Yemen)" for e in events), [
        (e.location, e.actor1, e.actor2) for e in events
    ]


def test_other_party_of_a_handover_deal_named_late_is_actor2() -> None:
    e = only_event(
        "سيطرت قوات النظام، الجمعة، على معبر حدودي قرب سراقب بموجب اتفاق مع الفصائل "
        "يقضي بخروج المسلحين."
    )
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.actor1 == "Military Forces of Syria (2000-2024)"
    assert e.actor2 == "Opposition Rebels (Syria)"


# ---- an attack noun followed by a group names the attacker ------------------------------------
def test_group_after_an_attack_noun_with_lam_is_the_attacker_of_a_passive_killing() -> None:
    e = only_event(
        "قتل خمسة أشخاص في هجوم للحوثيين على سوق شعبي في تعز اليوم.",
    )
    assert e.actor1 == HOUTHI and e.actor1 != e.actor2


def test_group_after_an_air_strike_noun_in_construct_is_the_attacker() -> None:
    e = only_event("قتل ثلاثة مدنيين بغارات مقاتلات التحالف على صعدة اليوم.", extra_actors=JETS)
    assert e.actor1 == COALITION


def test_group_after_an_attack_on_preposition_is_the_target_not_the_attacker() -> None:
    import rasad

    out = rasad.extract("قتل خمسة أشخاص في هجوم على الحوثيين في تعز اليوم.",
                        published="2016-05-03")
    assert out["events"], "the attack is an event"
    assert all("Houthi" not in (e["actor1"] or "") for e in out["events"])
