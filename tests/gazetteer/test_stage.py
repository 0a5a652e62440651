"""The places stage on sentences written for these tests: clitics, homonyms, qualifiers,
common-word traps, roles, organisation names, area expressions and precision."""

from __future__ import annotations

import pytest

from rasad.arabic.stages import Tokenize
from rasad.document import Document, Place
from rasad.gazetteer.stage import Places
from rasad.gazetteer.unlisted import UNLISTED_PREFIX

from .conftest import run_places


def _by_text(results):
    return {text: span.value for text, span in results}


# --- contract ---------------------------------------------------------------------------------
def test_stage_contract_and_no_argument_construction():
    stage = Places()
    assert stage.name == "places"
    assert stage.requires == ("tokens", "sentences")
    assert stage.provides == ("places",)
    doc = stage(Tokenize()(Document("d", "قتل مدني في قصف على مدينة إدلب.")))
    [span] = doc.layer("places")
    assert span.label == "PLACE" and isinstance(span.value, Place)
    assert doc.text[span.start : span.end] == "إدلب"
    assert span.kb_id == span.value.geonameid


def test_empty_document_has_no_places(small_index):
    assert run_places("", small_index) == []


def test_one_span_per_occurrence_with_offsets_into_text(small_index):
    text = "قصفت الطائرات حمص صباحا، ثم عادت وقصفت حمص مساء."
    results = run_places(text, small_index)
    assert [t for t, _ in results] == ["حمص", "حمص"]
    assert results[0][1].start < results[1][1].start


# --- clitics ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("اشتباكات عنيفة بدمشق منذ الصباح.", "دمشق"),
        ("وصلت التعزيزات وحمص تشهد هدوءا حذرا.", "حمص"),
        ("قتل ثلاثة في قصف على كفر تجربة فجر اليوم.", "كفر تجربة"),
        ("دخلت القوات لمخيم اليرموك ليلا.", "مخيم اليرموك"),
        ("وبالبادية السورية انتشر مقاتلو التنظيم.", "البادية السورية"),
    ],
)
def test_mention_span_excludes_proclitics(small_index, text, mention):
    assert mention in [t for t, _ in run_places(text, small_index)]


def test_clitic_forms_in_packaged_index():
    places = _by_text(run_places("قصفت الطائرات بلدات في ريف إدلب والحجر الأسود ولريف حلب."))
    assert places["الحجر الأسود"].admin1 == "Rural Damascus"
    assert places["ريف حلب"].admin1 == "Aleppo"


# --- homonyms and qualifiers ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        ("اندلعت اشتباكات في جوبر شرقي دمشق.", "جوبر", "Damascus"),
        ("قصف مدفعي على قرية جوبر في ريف حمص الغربي.", "جوبر", "Homs"),
        ("سقطت قذائف على برزة بريف إدلب الجنوبي.", "برزة", "Idleb"),
        ("سقطت قذائف على قرية برزة في محافظة حمص.", "برزة", "Homs"),
    ],
)
def test_explicit_qualifier_resolves_homonym(small_index, text, mention, admin1):
    assert _by_text(run_places(text, small_index))[mention].admin1 == admin1


def test_other_places_in_the_article_resolve_homonym(small_index):
    iraq = "سيطرت القوات على أحياء في بغداد. وفي اليرموك وقعت اشتباكات مع مسلحين."
    syria = "سيطرت القوات على أحياء في دمشق. وفي اليرموك وقعت اشتباكات مع مسلحين."
    assert _by_text(run_places(iraq, small_index))["اليرموك"].country == "IQ"
    assert _by_text(run_places(syria, small_index))["اليرموك"].country == "SY"


def test_homonym_default_prefers_the_better_known_place(small_index):
    # no qualifier, no context: the Damascus neighbourhood (curated) outranks the Homs village
    assert _by_text(run_places("تجددت الاشتباكات في جوبر.", small_index))["جوبر"].admin1 == (
        "Damascus"
    )


def test_packaged_index_homonyms():
    assert _by_text(run_places("قصف على حي جوبر في العاصمة دمشق."))["جوبر"].admin1 == "Damascus"
    assert _by_text(run_places("قصف على قرية جوبر بريف حمص."))["جوبر"].admin1 == "Homs"
    yarmouk = _by_text(run_places("دخلت القوات اليرموك في بغداد."))["اليرموك"]
    assert yarmouk.country == "IQ"


# --- common-word traps -------------------------------------------------------------------------
TRAPS = [
    "الحرب", "السلام", "النصر", "الثورة", "الأمن", "الجيش", "الحرية", "قرية", "مدينة",
    "الشعب", "المدينة", "محمد", "الدولة", "الباب", "العين",
]


@pytest.mark.parametrize("word", TRAPS)
def test_common_words_are_not_places(word):
    sentences = [
        f"قال المسؤول إن {word} لن تتوقف قريبا.",
        f"تحدث التقرير عن {word} في كلمته أمس.",
        f"وأكد أن {word} هو الهدف.",
    ]
    for text in sentences:
        assert run_places(text) == [], text


def test_common_word_after_a_place_noun_is_a_place(small_index):
    [(text, span)] = run_places("قصفت الطائرات قرية الحرية في ريف حماة.", small_index)
    assert text == "الحرية" and span.value.name == "Al Hurriya village"
    assert run_places("ناضل الشعب من أجل الحرية.", small_index) == []


def test_cue_word_is_a_place_after_a_locative_preposition():
    places = _by_text(run_places("تقدمت القوات نحو مدينة الباب شرق حلب."))
    assert places["الباب"].admin1 == "Aleppo"
    assert run_places("أغلق الباب أمام المفاوضات.") == []


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات عنيفة في العند شمال لحج.",
        "تقدمت قوات المقاومة باتجاه العند.",
        "قصف الحوثيون العند بالصواريخ.",
    ],
)
def test_a_name_made_of_the_article_and_a_preposition_is_no_common_word(text):
    # "عند" (at) is a common word, but a preposition takes no article: "العند" is the base
    places = _by_text(run_places(text))
    assert places["العند"].country == "YE" and places["العند"].admin1 == "Lahij"


def test_the_preposition_itself_is_still_no_place():
    assert run_places("التقى الوفدان عند الظهر في القاعة.") == []
    assert run_places("وقال إنه تحدث معه عند وصوله.") == []


def test_mined_common_words_are_not_places_and_a_mined_cue_word_needs_its_cue():
    assert run_places("اتفقت على أداء دور معيّن في المسلسل.") == []
    assert run_places("ونبهت الهيئة إلى أهمية أن تدرك شعوب العالم خطورة ذلك.") == []
    assert run_places("أكد أن المسجد الذي دمّر سيعاد بناؤه.") == []
    assert [t for t, _ in run_places("سقطت قذائف على حي دمر في دمشق.")] == ["دمر", "دمشق"]


def test_a_town_named_like_an_untanweened_adverb_needs_a_cue_or_its_area():
    # "دوما" (always) with its tanween left off is no town in a text about food or home
    assert run_places("نحرص دوما على تناول الخضروات الطازجة في فصل الشتاء.") == []
    text = "سافر إلى باريس وكان دوما يقول إن الرياضة مفيدة."
    assert [t for t, _ in run_places(text)] == ["باريس"]
    # a preposition or place noun makes it Douma anywhere; bare, the article's area does
    assert [t for t, _ in run_places("قتل خمسة مدنيين في دوما أمس.")] == ["دوما"]
    assert [t for t, _ in run_places("قصفت الطائرات مدينة دوما.")] == ["دوما"]
    text = "قصفت قوات النظام أحياء في دمشق، وشهدت دوما اشتباكات عنيفة."
    assert [t for t, _ in run_places(text)] == ["دمشق", "دوما"]


def test_a_fixed_expression_whose_word_reads_as_a_place_is_no_place():
    # "بلم شمل" (to reunite) is ب + "لم", not Belém ("بلم"); the city itself still resolves
    text = "أمرت قاضية فدرالية الحكومة بلم شمل الأسر التي فرقتها السلطات على الحدود."
    assert run_places(text) == []
    assert run_places("تسعى المنظمة إلى لم الشمل بين الأشقاء.") == []
    assert run_places("تطالب العائلات بلم شملهم في أقرب وقت.") == []
    places = _by_text(run_places("وصل وفد الحكومة إلى مدينة بلم البرازيلية أمس."))
    assert places["بلم"].country == "BR"


def test_a_family_name_after_a_listed_given_name_is_no_village():
    text = "وكتبت الناقدة ماجدة خير الله تدوينة عن الفنانة، وعلق عليها ماجد خير الله."
    assert run_places(text) == []
    assert [t for t, _ in run_places("قتل ثلاثة في قصف على مدينة ماجد.")] == ["ماجد"]


def test_a_name_opening_with_a_mined_given_name_is_a_person():
    assert run_places("أحد القتلى هو القيادي في التنظيم مساهر نجم عبد الله الجوالي.") == []


def test_an_outlet_named_place_plus_today_is_the_place_after_a_preposition():
    # "بغداد اليوم" and "حلب اليوم" are news outlets; "في بغداد اليوم" is Baghdad, today
    assert [t for t, _ in run_places("انفجرت سيارة مفخخة في بغداد اليوم.")] == ["بغداد"]
    assert [t for t, _ in run_places("قصفت الطائرات مدينة حلب اليوم.")] == ["حلب"]
    assert run_places("وقالت قناة حلب اليوم إن الطائرات قصفت المدينة.") == []
    assert run_places("وقال موقع بغداد اليوم إن الانفجار وقع.") == []


def test_a_qualifier_after_the_places_adjective_still_locates_it():
    # the only "الدشيشة" the index knows is a village in Hasakeh: the qualifier rules it out
    text = "ينتمون لمفرزة ناحية الدشيشة الأمنية في محافظة كركوك."
    assert [(t, span.value.admin1) for t, span in run_places(text)] == [("كركوك", "Kirkuk")]
    # the Kirkuk sub-district of that name agrees with the qualifier after the adjective
    text = "ينتمون لمفرزة ناحية الرشاد الأمنية في محافظة كركوك."
    assert [(t, span.value.admin1) for t, span in run_places(text)] == [
        ("الرشاد", "Kirkuk"), ("كركوك", "Kirkuk")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "سقطت قذيفة على ناحية الدبس شمال غرب كركوك.",
        "ينتمي المسلحان لمفرزة ناحية الدبس الأمنية في محافظة كركوك.",
    ],
)
def test_a_name_the_index_lists_without_its_article_is_found_after_a_place_noun(text):
    # the sources list Dibis bare ("دبس"); the news writes "ناحية الدبس"
    found = {t: span.value for t, span in run_places(text)}
    assert found["الدبس"].name == "Dibis" and found["الدبس"].admin1 == "Kirkuk"


def test_the_bare_form_alone_is_no_place():
    # "الصيف" is the summer, whatever village the sources list as "صيف"
    assert run_places("اشتدت المعارك في الصيف الماضي.") == []


def test_a_village_its_own_qualifier_puts_elsewhere_becomes_a_quarter_of_the_qualifier():
    # the index's only Karamah lies in Syria; "حي الكرامة في بعقوبة" is a quarter of Baqubah
    found = dict(run_places("قتل شخصان في حي الكرامة في بعقوبة."))
    karamah = found["الكرامة"]
    assert karamah.value.country == "IQ" and karamah.value.admin1 == "Diyala"
    assert karamah.kb_id.startswith(UNLISTED_PREFIX) and karamah.value.geo_precision == 2


def test_a_name_ending_like_an_adjective_is_still_the_name():
    # "التاجي" ends like a nisba adjective; it is the name after "منطقة", not an adjective
    found = {t: span.value for t, span in run_places("انفجرت عبوة في منطقة التاجي شمال بغداد.")}
    assert found["التاجي"].admin1 == "Baghdad"


def test_words_of_their_own_are_not_split_into_a_proclitic_and_a_place():
    # "فاتن" is not ف + a variant of Athens, "بلاتر" not ب + Latur, "كرم" not ك + Rome
    assert run_places("قالت الفنانة فاتن حمامة إن جوزيف بلاتر زار كرم العنب.") == []
    # real proclitic forms still are
    assert [t for t, _ in run_places("وصل الوفد إلى بحلب ثم إلى وأثينا.")] == ["حلب", "أثينا"]


def test_world_cities_variants_in_other_languages_are_not_read_in_arabic_words():
    # "ريم" (a given name) and "أردو" (Urdu) are variant names of Rome and Ordu in the sources
    assert run_places("غنت ريم أغنية باللغة الأردو.") == []


def test_the_pictures_are_not_tyre():
    assert run_places("نشر ناشطون الصور على مواقع التواصل.") == []
    assert [t for t, _ in run_places("سقطت قذيفة على مدينة صور.")] == ["صور"]


def test_a_place_its_country_qualifier_puts_in_another_country_is_dropped():
    # "صباح" here is the Malaysian state, not the Yemeni district the index lists
    found = [t for t, _ in run_places("تبادل الجيش إطلاق النار مع مسلحين بولاية صباح شرق ماليزيا.")]
    assert "صباح" not in found and "ماليزيا" in found


def test_organisation_and_outlet_names_are_not_places():
    assert run_places("نقلت قناة روسيا اليوم عن مراسلتها أن الهدوء عاد.") == []
    assert run_places("أفاد المرصد السوري لحقوق الإنسان بمقتل مدنيين.") == []
    assert run_places("أعلنت هيئة تحرير الشام عن هجوم جديد.") == []
    assert run_places("قالت قوات سوريا الديمقراطية إنها تقدمت.") == []


# --- roles ------------------------------------------------------------------------------------
def test_origin_role_for_where_casualties_came_from(small_index):
    places = _by_text(run_places("قتل 40 عنصرا، معظمهم من مناطق اللاذقية وحلب.", small_index))
    assert places["اللاذقية"].role == "origin"
    assert places["حلب"].role == "origin"


@pytest.mark.parametrize(
    "text",
    [
        "خرج عشرات المقاتلين نحو البادية السورية.",
        "غادرت الحافلات باتجاه البادية السورية.",
        "توجهوا للبادية السورية بعد الاتفاق.",
        "نقل المقاتلون إلى البادية السورية.",
    ],
)
def test_destination_role(small_index, text):
    places = _by_text(run_places(text, small_index))
    [place] = places.values()
    assert place.role == "destination"
    assert place.geo_precision == 2


def test_event_location_and_partitive_min(small_index):
    places = _by_text(run_places("سيطرت القوات على أجزاء من حمص بعد معارك في إدلب.", small_index))
    assert places["حمص"].role == "event_location"
    assert places["إدلب"].role == "event_location"


@pytest.mark.parametrize(
    "text",
    [
        "قتل جنود في مناطق متفرقة من حمص بقصف مدفعي.",
        "سيطر المسلحون على أجزاء واسعة من حمص.",
        "تنتشر الألغام في مساحات شاسعة من حمص.",
    ],
)
def test_partitive_min_after_an_adjective_of_the_part(small_index, text):
    # the part's adjective ("متفرقة", "واسعة") stands between the partitive noun and "من"
    places = _by_text(run_places(text, small_index))
    assert places["حمص"].role == "event_location"


@pytest.mark.parametrize(
    "text", ["وصل آلاف النازحين من مناطق متفرقة من حمص.", "انسحب المسلحون من أجزاء من حمص."]
)
def test_a_part_that_follows_min_is_an_origin(small_index, text):
    # "من" before the part: people come from the part of the place, the place is the origin
    places = _by_text(run_places(text, small_index))
    assert places["حمص"].role == "origin"


def test_the_place_an_enemy_is_driven_out_of_is_the_scene(small_index):
    text = "بدأ الهجوم لطرد مسلحي التنظيم من مدينة حمص ومحيطها."
    places = _by_text(run_places(text, small_index))
    assert places["حمص"].role == "event_location"
    places = _by_text(run_places("خرج مئات المسلحين من حمص بعد الاتفاق.", small_index))
    assert places["حمص"].role == "origin"


def test_country_named_as_an_actor_has_role_other(small_index):
    places = _by_text(run_places("أعلنت روسيا دعمها للعملية.", small_index))
    assert places["روسيا"].role == "other"
    places = _by_text(run_places("قتل جنود في سوريا.", small_index))
    assert places["سوريا"].role == "event_location"


def test_qualifier_that_only_locates_another_place_has_role_other():
    places = _by_text(run_places("خرج المقاتلون من مخيم اليرموك جنوب دمشق."))
    assert places["مخيم اليرموك"].role == "origin"
    assert places["دمشق"].role == "other"


# --- areas and precision -----------------------------------------------------------------------
def test_countryside_expression_is_an_area_of_the_governorate():
    [(text, span)] = run_places("تقدمت الفصائل في ريف حلب الشمالي.")
    assert text == "ريف حلب الشمالي"
    assert span.value.geo_precision == 2
    assert span.value.admin1 == "Aleppo"
    assert "countryside" in span.value.name


def test_direction_before_a_town_makes_it_an_area():
    [(text, span)] = run_places("دارت معارك عنيفة جنوب دمشق.")
    assert text == "دمشق"
    assert span.value.geo_precision == 2 and span.value.admin1 == "Damascus"


def test_direction_before_a_country_keeps_the_country():
    [(text, span)] = run_places("دارت معارك عنيفة في شمال سوريا.")
    assert text == "سوريا" and span.value.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "mention", "precision"),
    [
        ("قصف على حي التضامن.", "التضامن", 1),
        ("اشتباكات في الغوطة الشرقية.", "الغوطة الشرقية", 2),
        ("قتل جنود في سوريا.", "سوريا", 3),
        ("وصلت تعزيزات إلى محافظة إدلب.", "إدلب", 3),
    ],
)
def test_geo_precision(text, mention, precision):
    assert _by_text(run_places(text))[mention].geo_precision == precision


def test_world_places_resolve():
    places = _by_text(run_places("وقع انفجار في كراتشي جنوب باكستان وآخر في لاغوس بنيجيريا."))
    assert places["كراتشي"].country == "PK"
    assert places["لاغوس"].country == "NG"
    assert places["نيجيريا"].country == "NG"


# --- evidence rules ------------------------------------------------------------------------------
def test_proclitic_reading_that_makes_a_common_word_is_rejected():
    # "وحدة" (unit) must not be read as و + a village called "حدة"
    assert run_places("وصلت وحدة من القناصة إلى الجبهة.") == []


def test_small_village_needs_evidence_before_or_an_agreeing_qualifier(small_index):
    # "تجربة" (experiment) is also the name of a small village in this index
    assert run_places("كانت تجربة ناجحة للمشروع.", small_index) == []
    assert "تجربة" in _by_text(run_places("قتل مدني في قرية تجربة.", small_index))
    assert "تجربة" in _by_text(run_places("سقطت قذائف على تجربة في ريف إدلب.", small_index))
    # a qualifier naming another governorate does not vouch for it
    assert "تجربة" not in _by_text(run_places("سقطت قذائف ثم تجربة في ريف حمص.", small_index))


def test_common_adjective_is_not_rescued_by_a_country_qualifier():
    assert [t for t, _ in run_places("دارت اشتباكات عنيفة في شمال سوريا.")] == ["سوريا"]


def test_dateline_place_has_role_other():
    places = _by_text(run_places("موسكو، روسيا (CNN)-- قتل ثلاثة أشخاص في انفجار."))
    assert places["موسكو"].role == "other"


def test_place_in_a_sentence_where_nothing_happens_has_role_other(small_index):
    assert _by_text(run_places("عقد الوزير مؤتمرا صحفيا في حمص.", small_index))["حمص"].role == (
        "other"
    )
    assert _by_text(run_places("قتل مدنيان في قصف على حمص.", small_index))["حمص"].role == (
        "event_location"
    )


def test_country_with_a_finer_place_in_the_sentence_has_role_other(small_index):
    places = _by_text(run_places("قتل خمسة مدنيين في قصف على إدلب في سوريا.", small_index))
    assert places["إدلب"].role == "event_location"
    assert places["سوريا"].role == "other"


def test_generic_head_is_not_part_of_the_mention():
    places = _by_text(run_places("سيطرت القوات على منطقة عفرين بعد معارك."))
    assert "عفرين" in places and "منطقة عفرين" not in places


def test_governorate_is_placed_at_its_capital_when_they_share_a_name():
    kirkuk = _by_text(run_places("قتل جنديان في هجوم في محافظة كركوك."))["كركوك"]
    assert kirkuk.geo_precision == 3 and kirkuk.admin1 == "Kirkuk"
    assert abs(kirkuk.lat - 35.47) < 0.05 and abs(kirkuk.lon - 44.39) < 0.05


def test_governorate_named_otherwise_is_placed_at_its_capital():
    # ACLED codes a province-level location at the provincial capital (geo_precision 3)
    places = _by_text(run_places("قتل جنديان في هجوم في محافظة صلاح الدين ومحافظة حضرموت."))
    tikrit, mukalla = places["صلاح الدين"], places["حضرموت"]
    assert tikrit.geo_precision == 3 and tikrit.admin1 == "Sala al-Din"
    assert abs(tikrit.lat - 34.60) < 0.05 and abs(tikrit.lon - 43.69) < 0.05
    assert abs(mukalla.lat - 14.54) < 0.05 and abs(mukalla.lon - 49.12) < 0.05


def test_stage_pickles_without_the_packaged_index():
    import pickle

    stage = Places()
    _ = stage.index
    data = pickle.dumps(stage)
    assert len(data) < 1000
    clone = pickle.loads(data)
    doc = clone(Tokenize()(Document("d", "قصف على مدينة حمص.")))
    assert [doc.text[s.start : s.end] for s in doc.layer("places")] == ["حمص"]


# --- names inside longer names ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a village's name continued by a word the index lacks: a longer, unknown name
        ("سيطر المسلحون على قرية الحمام الكبيرة البعيدة وقرية خراب الطواحين.", "خراب"),
        # a well-known compound name followed by a family name, no preposition: a person
        ("صرح صلاح الدين الشعلان للصحفيين بأن الوضع هادئ.", "صلاح الدين"),
        ("أكد نور الدين الحمداني أن المفاوضات مستمرة.", "نور الدين"),
    ],
)
def test_name_continued_by_an_unknown_word_is_not_the_short_place(text, absent):
    assert absent not in _by_text(run_places(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قصفت الطائرات مدينة حمص القديمة.", "حمص"),  # an adjective, not a name
        ("وصلت السفينة إلى ميناء جازان السعودي.", "جازان"),  # a nisba
        ("قتل جندي في صلاح الدين الأحد.", "صلاح الدين"),  # a day after a preposition
        ("أعلن العراق النصر على التنظيم في الموصل.", "العراق"),  # one-word country, object
        ("قصفت الطائرات قرية كفرنبل المستهدفة منذ أيام.", "كفرنبل"),  # a participle
    ],
)
def test_place_followed_by_an_adjective_or_object_stays(text, place):
    assert place in _by_text(run_places(text))


def test_city_naming_a_newspaper_is_not_a_place():
    places = _by_text(run_places("نقلت صحيفة نيويورك ديلي نيوز عن مسؤولين أن القصف طال حلب."))
    assert "نيويورك" not in places and "ديلي" not in places
    assert "حلب" in places


def test_longer_overlay_name_wins_over_the_short_homonym():
    places = _by_text(run_places("قتل ثلاثة في قصف على حي بابا عمرو في حمص."))
    assert "بابا" not in places
    amr = places["بابا عمرو"]
    assert amr.admin1 == "Homs" and abs(amr.lat - 34.72) < 0.05


def test_village_qualified_by_a_far_governorate_is_not_the_far_hamlet():
    # the only "الأربعين" of the index is a hamlet in Marib; the text puts this one in Taiz, so
    # it is kept at Taiz as an unlisted local place (ACLED geo_precision 2), not in Marib
    places = _by_text(run_places("اندلعت اشتباكات عنيفة في جبهة الأربعين في تعز."))
    taiz = places["تعز"]
    front = places["الأربعين"]
    assert (front.lat, front.lon) == (taiz.lat, taiz.lon) and front.geo_precision == 2
    assert front.geonameid is None


@pytest.mark.parametrize(
    "text", ["سقطت قذائف على بلدة كفرنبودة.", "سقطت قذائف على بلدة كفر نبودة."]
)
def test_compound_name_matches_joined_and_apart(text):
    [place] = _by_text(run_places(text)).values()
    assert place.admin1 == "Hama" and abs(place.lat - 35.43) < 0.05


def test_fix_adds_a_spelling_the_sources_lack():
    derna = _by_text(run_places("اندلعت اشتباكات عنيفة في درنا شرقي ليبيا."))["درنا"]
    assert derna.country == "LY" and abs(derna.lat - 32.77) < 0.05


def test_world_city_with_glued_preposition_is_a_place():
    places = _by_text(run_places("استؤنفت المفاوضات بين الأطراف الليبية بجنيف."))
    assert places["جنيف"].country == "CH"


def test_administrative_noun_chooses_the_unit_over_its_seat():
    # the seat of a governorate is coded PPLA; "محافظة X" still names the governorate
    sadah = _by_text(run_places("قتل ثلاثة في قصف على محافظة صعدة."))["صعدة"]
    assert sadah.geo_precision == 3 and sadah.admin1 == "Sadah"


def test_context_governorate_picks_the_homonym_inside_it():
    places = _by_text(run_places("قتل سبعة في صعدة شمال اليمن إثر مواجهات في دماج."))
    assert places["دماج"].admin1 == "Sadah"


def test_common_word_that_names_a_provincial_seat_needs_a_cue():
    assert "الأبيض" not in _by_text(run_places("عبرت السفن البحر والعلم الأبيض مرفوع."))
    assert "الأبيض" in _by_text(run_places("قتل ثلاثة في مدينة الأبيض بشمال كردفان."))


def test_qualifier_in_another_country_beats_a_big_foreign_homonym():
    # "السويق" is a town in Oman and a village in Ibb; "بتعز" puts it in Yemen
    places = _by_text(run_places("اشتباكات عنيفة في السويق بتعز."))
    assert all(p.country == "YE" for p in places.values())


def test_direction_in_the_qualifier_chooses_the_homonym_lying_that_way():
    text = "قصفت الطائرات تجمعات للمسلحين في جزيرة كمران شمال غرب مدينة الحديدة."
    places = _by_text(run_places(text))
    kamaran = places["جزيرة كمران"]  # the island's head noun belongs to the mention
    assert abs(kamaran.lat - 15.35) < 0.1 and abs(kamaran.lon - 42.59) < 0.1


def test_direction_fit_reads_bearings():
    from rasad.gazetteer.index import Entry
    from rasad.gazetteer.resolve import DIRECTION_FIT, _direction_fit

    def at(lat, lon):
        return Entry("x", "x", "x", "YE", "", "", lat, lon, "PPL", 0, "test")

    city = at(14.8, 42.9)
    assert _direction_fit(at(15.3, 42.6), city, "north-west") == DIRECTION_FIT
    assert _direction_fit(at(14.8, 43.3), city, "north-west") < 0
    assert _direction_fit(at(14.81, 42.9), city, "north") == 0.0  # too close to tell


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("من جهته، قال صلاح الدين دمرداش زعيم الحزب إن الهجوم مدان.", "صلاح الدين", None),
        ("وأعلنت دير الزور إن الهدوء عاد.", None, "دير الزور"),
    ],
)
def test_compound_name_after_a_verb_of_saying_and_before_a_name_is_a_person(
    text, absent, present
):
    places = _by_text(run_places(text))
    assert absent is None or absent not in places
    assert present is None or present in places


def test_hamlet_abroad_far_from_the_story_is_dropped():
    # "الدنيبة" is known only as a hamlet in south Lebanon; the story is in Taiz
    places = _by_text(run_places("اشتباكات عنيفة في قرية الدنيبة. وقصف مدفعي على مدينة تعز."))
    assert "الدنيبة" not in places and "تعز" in places


def test_square_named_after_martyrs_is_no_village():
    places = _by_text(run_places("تظاهر المئات في ساحة الشهداء وسط طرابلس."))
    assert sorted(places) == ["ساحة الشهداء", "طرابلس"]  # the square, no village "الشهداء"
    tripoli, square = places["طرابلس"], places["ساحة الشهداء"]
    assert tripoli.country == "LY" and tripoli.geonameid != "-1"  # WOF's "no id" marker
    assert square.country == "LY" and (square.lat, square.lon) == (tripoli.lat, tripoli.lon)


def test_district_written_without_final_hamza_resolves_to_its_town():
    # the index spells it "المعلاء" (Aden); news writes "المعلا"
    mualla = _by_text(run_places("اشتباكات في المعلا والتواهي."))["المعلا"]
    assert mualla.admin1 == "Aden" and abs(mualla.lon - 45.0) < 0.05


def test_local_homonym_beats_a_mid_size_city_abroad():
    places = _by_text(run_places("اشتباكات عنيفة في السويق. وقصف على تعز والضالع."))
    assert places["السويق"].country == "YE"


def test_foreign_capital_still_wins_in_a_local_story():
    places = _by_text(run_places("وصل الوزير إلى عمان. وقصفت الطائرات حمص وحماة."))
    assert places["عمان"].country == "JO"


def test_verb_that_spells_an_airport_name_needs_a_cue():
    assert run_places("بنينا مدارس وقصفوها.") == []
    assert "بنينا" in _by_text(run_places("اشتباكات في بنينا شرقي بنغازي."))


# --- apposition and one place per name ----------------------------------------------------------
def test_comma_apposition_with_locative_link_qualifies_the_place_before(small_index):
    places = _by_text(run_places("سقطت قذائف على جوبر، بمدينة حمص.", small_index))
    assert places["حمص"].role == "other"  # it only locates Jobar
    assert places["جوبر"].admin1 == "Homs"
    listed = _by_text(run_places("سقطت قذائف على جوبر، وحمص.", small_index))
    assert listed["حمص"].role == "event_location"  # a list, not a qualification


def test_country_before_a_comma_is_not_located_by_the_next_place(small_index):
    places = _by_text(run_places("قصفت الطائرات مواقع في سوريا، في مدينة حمص.", small_index))
    assert places["حمص"].role == "event_location"


@pytest.fixture(scope="module")
def village_index():
    from rasad.gazetteer.index import PlaceIndex
    from rasad.gazetteer.overlay import blocked_phrases

    from .conftest import SMALL_ROWS, _row

    rows = [
        *SMALL_ROWS,
        _row("30", "Al Hayma", "الحيمة", "YE", "Taizz", 13.55, 43.90),
        _row("31", "Taizz", "تعز", "YE", "Taizz", 13.58, 44.01, "PPLA", 600_000),
    ]
    return PlaceIndex.from_rows(rows, blocked=blocked_phrases())


def test_glued_mention_of_a_name_given_with_a_place_noun_is_the_same_place(village_index):
    text = "نزحت أسر من منطقة الحيمة شمال تعز. واعتقلت الميليشيا خمسة من قرية شقب بالحيمة."
    results = run_places(text, village_index)
    hayma = [s for t, s in results if t == "الحيمة"]
    assert len(hayma) == 2 and {s.kb_id for s in hayma} == {"30"}
    assert hayma[1].value.confidence <= 0.7
    # and the hamlet it locates is kept at it
    assert dict(results)["شقب"].kb_id == UNLISTED_PREFIX + "30"


def test_glued_mention_alone_is_not_made_a_place(village_index):
    assert run_places("واعتقلت الميليشيا خمسة من قرية شقب بالحيمة.", village_index) == []


def test_the_news_is_khobar_only_where_a_place_is_meant():
    assert run_places("نشرت الصحيفة الخبر على موقعها.") == []
    found = {t: s.value.name for t, s in run_places("وقع انفجار في مدينة الخبر شرق السعودية.")}
    assert found["الخبر"] == "Khobar"


def test_a_word_with_tanween_is_no_place_name():
    # "دوماً" (always) and "صيداً" (prey) take the accusative tanween; Douma and Sidon never do
    assert run_places("يبقى التعاون دوماً مثالاً، وكانت الطيور صيداً ثميناً.") == []
    assert [t for t, _ in run_places("قصفت الطائرات مدينة دوما بريف دمشق.")][:1] == ["دوما"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("نمت الطبقة الوسطى في البلاد.", None),
        ("سيطر الجيش الحر على مطار في مدينة الطبقة.", "الطبقة"),
        ("على المدى القصير ترتفع الأسعار.", None),
        ("اندلعت معارك عنيفة في مدينة القصير بريف حمص.", "القصير"),
    ],
)
def test_a_town_that_is_also_a_frequent_word_needs_a_place_word(text, place):
    found = [t for t, _ in run_places(text)]
    assert (place in found) if place else found == []


def test_the_countryside_of_a_governorate_is_a_region():
    [(_, span)] = run_places("وقعت اشتباكات في ريف محافظة حمص الشرقي.")
    assert span.value.name == "Eastern Homs countryside"
    assert (span.value.geo_precision, span.value.feature_code) == (2, "RGN")


def test_a_name_waiting_for_support_is_no_evidence_of_the_articles_country():
    # "العمري" is a surname here (and a Yemeni hamlet): it must not pull Taif into Yemen
    text = (
        "أقام مستشفى الصحة النفسية بالطائف حفلا للنزلاء، بحضور مدير المستشفى الدكتور عبدالسلام "
        "العمري."
    )
    found = {t: s.value for t, s in run_places(text)}
    assert found["الطائف"].country == "SA"


def test_a_name_right_after_a_relative_pronoun_is_a_verb():
    # "عدن" is "they (women) returned" after "اللواتي", not Aden
    found = [t for t, _ in run_places("التقى المسؤول بالنساء اللواتي عدن إلى مدينة الموصل.")]
    assert found == ["الموصل"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # سرى (to spread) before a noun of rumour or fear: the verb, not Sirte
        ("وسرت أنباء في المدينة عن اعتقال قائد الشرطة في الموصل.", ["الموصل"]),
        ("سرت شائعات عن انسحاب المقاتلين من الموصل.", ["الموصل"]),
        ("وسرت حالة من الهلع بين سكان الموصل.", ["الموصل"]),
        # the town itself: after a preposition, a place noun, or before another word
        ("اندلعت اشتباكات في سرت أمس.", ["سرت"]),
        ("وفي سرت أنباء عن وصول تعزيزات عسكرية.", ["سرت"]),
        ("سرت تشهد هدوءا حذرا بعد المعارك.", ["سرت"]),
        # another name before such a noun is a subject or a complement, still a place
        ("وتشهد الموصل حالة من الفوضى.", ["الموصل"]),
        ("ويبث ناشطون من أهالي الموصل أنباء عن مدينتهم.", ["الموصل"]),
    ],
)
def test_a_name_before_a_noun_of_rumour_is_the_verb_it_spells(text, expected):
    assert [t for t, _ in run_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("قتل مدنيان في منطقة موزع بمحافظة تعز.", True),  # the governorate vouches for it
        ("قتل مدنيان في منطقة موزع أثناء توزيع المساعدات.", False),  # "distributor" alone
    ],
)
def test_a_common_word_after_an_area_noun_needs_a_qualifier(text, kept):
    found = {t: s.value for t, s in run_places(text)}
    assert ("موزع" in found) is kept
    if kept:
        assert found["موزع"].name == "Mawza"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("قتل عشرات في تفجير انتحاري استهدف بلدة تركية قرب الحدود.", False),  # a Turkish town
        ("وقعت اشتباكات في قرية تركية شرق الرقة.", True),  # the village near Raqqa
    ],
)
def test_an_adjective_of_origin_after_a_place_noun_needs_a_qualifier(text, kept):
    found = {t: s.value for t, s in run_places(text)}
    assert ("تركية" in found) is kept


def test_a_village_a_bearing_is_taken_from_needs_no_other_support():
    # a tiny village after "جنوب" is a place even far from the article's other places
    text = "قصفت طائرات عراقية موقعا للتنظيم جنوب الدشيشة داخل الأراضي السورية."
    found = {t: s.value for t, s in run_places(text)}
    assert found["الدشيشة"].name == "Ad Dashishah"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("سيطرت القوات الحكومية على منطقة الشريجة شمالي محافظة لحج.", "الشريجة", "Ash Shurayjah"),
        ("دارت اشتباكات في منطقة الوهط بمحافظة لحج.", "الوهط", "Al Waht"),
    ],
)
def test_lahij_villages_the_sources_give_no_arabic_name(text, mention, name):
    found = {t: s.value for t, s in run_places(text)}
    assert found[mention].name == name and found[mention].admin1 == "Lahij"


def test_the_south_as_a_noun_is_no_bearing():
    # "الشمال عن الجنوب وخلق": "created", not the hamlet Khalq south of something
    found = [t for t, _ in run_places("فصلت السياسات الشمال عن الجنوب وخلق ذلك أزمات.")]
    assert "خلق" not in found
