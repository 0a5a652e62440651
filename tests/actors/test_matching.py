"""Actor mentions in Arabic sentences: names, clitics, generic names, back-references, traps."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.actors import country_hint, default_lexicon, find_actors
from rasad.document import ActorRef, Place, Span

D = dt.date
SYRIA = "Military Forces of Syria (2000-2024)"
IS_SYRIA = "Islamic State (Syria)"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


PUBLISHED = D(2018, 5, 21)


def actors(text, on=PUBLISHED, **kw):
    return [(text[s.start : s.end], s.kb_id) for s in find_actors(text, published=on, **kw)]


def names(text, on=PUBLISHED, **kw):
    return [kb for _, kb in actors(text, on, **kw)]


# ── full names, both word orders, clitics ─────────────────────────────────────────────────
def test_verb_first_and_subject_first_sentences_find_the_same_actors():
    vso = "قصفت قوات النظام بلدة كفرنبل بعشرات القذائف، وردت هيئة تحرير الشام بصواريخ."
    svo = "قوات النظام قصفت بلدة كفرنبل، وهيئة تحرير الشام ردت بصواريخ."
    expected = [SYRIA, "HTS: Hayat Tahrir al Sham"]
    assert names(vso) == expected
    assert names(svo) == expected


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("وقوات الأسد تتقدم نحو البلدة", "قوات الأسد", SYRIA),
        ("خرج عناصر تابعون لتنظيم داعش من المخيم في سوريا", "تنظيم داعش", IS_SYRIA),
        ("وأكدت مصادر أن الطيران استهدف تجمعاً بالحوثيين في صعدة", "الحوثيين", HOUTHI),
        ("فيما تصدى مقاتلو المعارضة لهجوم فاشل", "مقاتلو المعارضة", "Opposition Rebels (Syria)"),
        ("وللحشد الشعبي دور في المعركة", "حشد الشعبي",
         "Military Forces of Iraq (2014-2018) Popular Mobilization Forces"),
    ],
)
def test_mentions_exclude_proclitics(text, mention, canonical):
    assert (mention, canonical) in actors(text)


def test_the_offsets_point_at_the_original_text_with_diacritics_and_tatweel():
    text = "وقَصفتْ قـوات الأسد المدينة"
    [(mention, kb)] = actors(text)
    assert mention == "قـوات الأسد" and kb == SYRIA


def test_actor_spans_carry_an_actor_ref():
    [span] = find_actors("هاجمت قسد مواقع في الرقة", published=D(2019, 6, 1))
    assert span.label == "ACTOR"
    assert span.value == ActorRef("QSD: Syrian Democratic Forces", 2, "SY")


# ── the names the brief and the example rely on ───────────────────────────────────────────
@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("قوات الأسد", SYRIA), ("نظام الأسد", SYRIA), ("قوات نظام الأسد", SYRIA),
        ("قوات النظام", SYRIA), ("جيش النظام", SYRIA), ("الجيش السوري", SYRIA),
        ("الجيش العربي السوري", SYRIA), ("القوات الحكومية السورية", SYRIA),
        ("مليشيات النظام", SYRIA), ("ميليشيات الأسد", SYRIA),
        ("ميليشيا الدفاع الوطني", "QDW: National Defence Forces"),
        ("هيئة تحرير الشام", "HTS: Hayat Tahrir al Sham"),
        ("قسد", "QSD: Syrian Democratic Forces"),
        ("قوات سوريا الديمقراطية", "QSD: Syrian Democratic Forces"),
        ("وحدات حماية الشعب", "YPG: Peoples Protection Units"),
        ("الجيش السوري الحر", "Opposition Rebels (Syria)"),
        ("فصائل المعارضة", "Opposition Rebels (Syria)"),
        ("المعارضة المسلحة", "Opposition Rebels (Syria)"),
        ("الجيش الوطني السوري", "JWS: Syrian National Army"),
        ("القوات الروسية", "Military Forces of Russia (2000-)"),
        ("الطيران الروسي", "Military Forces of Russia (2000-)"),
        ("التحالف الدولي", "Global Coalition Against Daesh"),
        ("القوات التركية", "Military Forces of Turkey (2016-)"),
        ("الجيش الإسرائيلي", "Military Forces of Israel (2009-2021)"),
        ("حزب الله", "Hezbollah"),
        ("الحرس الثوري", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"),
        ("الجيش العراقي", "Military Forces of Iraq (2014-2018)"),
        ("البيشمركة", "Military Forces of Iraq (2014-2018) Peshmerga"),
        ("الاستخبارات العراقية",
         "Police Forces of Iraq (2014-2018) Iraqi National Intelligence Service"),
        ("الحوثيون", HOUTHI), ("أنصار الله", HOUTHI), ("جماعة الحوثي", HOUTHI),
        ("الميليشيات الحوثية", HOUTHI),
        ("قوات هادي", "Military Forces of Yemen (2012-2022)"),
        ("الجيش الوطني اليمني", "Military Forces of Yemen (2012-2022)"),
        ("قوات الشرعية", "Military Forces of Yemen (2012-2022)"),
        ("التحالف العربي", "Operation Restoring Hope"),
        ("التحالف بقيادة السعودية", "Operation Restoring Hope"),
        ("القاعدة في جزيرة العرب", "AQAP: Al Qaeda in the Arabian Peninsula"),
        ("الحزام الأمني", "Military Forces of Yemen (2012-2022) Security Belt Forces"),
        ("المجلس الانتقالي", "STC: Southern Transitional Council"),
        ("الجيش الوطني الليبي", "Military Forces of Libya (2014-) Haftar Faction"),
        ("قوات حفتر", "Military Forces of Libya (2014-) Haftar Faction"),
        ("قوات حكومة الوفاق", "Military Forces of Libya (2016-) Government of National Accord"),
        ("حماس", "Hamas Movement"), ("كتائب القسام", "Hamas Movement"),
        ("سرايا القدس", "PIJ: Palestinian Islamic Jihad"),
        ("لواء الإسلام", "Jaysh al Islam"),
        ("الجيش السوداني", "Military Forces of Sudan (1989-2019)"),  # Bashir's army in 2018
        ("قوات الدعم السريع", "Military Forces of Sudan (2019-2023) Rapid Support Forces"),
        ("الجبهة الوطنية للتحرير", "NLF: National Liberation Front"),
    ],
)
def test_named_actors_resolve_to_their_acled_name(phrase, canonical):
    text = f"وقالت مصادر إن {phrase} نفذت عملية جديدة"
    assert (phrase, canonical) in actors(text), actors(text)


def test_every_arabic_name_in_the_dictionary_finds_its_actor():
    lex = default_lexicon()
    misses = []
    for name, reading in lex.arabic_names():
        if reading.kind != "entry":
            continue
        on = reading.start or reading.end or D(2018, 5, 21)
        entry = lex.entries[reading.target]
        text = f"وقالت مصادر إن {name} نفذت عملية جديدة"
        got = names(text, on=on)
        if lex.name_on(entry, on) not in got:
            misses.append((name, got))
    assert not misses


# ── country-dependent generic names ────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انتشر الجيش قرب الموصل", "Military Forces of Iraq (2014-2018)"),
        ("قصفت المروحيات ريف حماة", SYRIA),
        ("تقدم الجيش الوطني في ريف عفرين", "JWS: Syrian National Army"),
        ("تقدم الجيش الوطني في جبهة مأرب", "Military Forces of Yemen (2012-2022)"),
        ("تقدم الجيش الوطني نحو بنغازي", "Military Forces of Libya (2014-) Haftar Faction"),
        ("اعتقلت الشرطة ناشطاً في البصرة", "Police Forces of Iraq (2014-2018)"),
        ("شنت طائرات التحالف غارات على الرقة", "Global Coalition Against Daesh"),
        ("هاجم تنظيم الدولة حاجزاً في الأنبار", "Islamic State (Iraq)"),
        ("هاجم تنظيم القاعدة معسكراً في أبين", "AQAP: Al Qaeda in the Arabian Peninsula"),
        ("أصيب مدنيون في قصف على درعا", "Civilians (Syria)"),
        ("تظاهر محتجون أمام البرلمان في بيروت", "Protesters (Lebanon)"),
        ("أحرق مثيرو الشغب إطارات في الخرطوم", "Rioters (Sudan)"),
        ("أطلق مسلحون مجهولون النار على سيارة في سرت", "Unidentified Armed Group (Libya)"),
    ],
)
def test_every_generic_family_resolves_by_country(text, expected):
    assert names(text) == [expected]


def test_generic_names_take_the_country_of_their_sentence():
    text = ("قتل ثلاثة مدنيين بقصف لداعش في دير الزور. "
            "وفي سياق آخر، تظاهر محتجون في بغداد واعتقل الجيش عشرات المحتجين.")
    assert names(text) == [
        "Civilians (Syria)", IS_SYRIA,
        "Protesters (Iraq)", "Military Forces of Iraq (2014-2018)", "Protesters (Iraq)",
    ]


def test_generic_names_fall_back_to_the_article_country():
    text = "استهدف داعش حاجزاً للجيش. وقالت مصادر عراقية إن الهجوم وقع في الأنبار."
    assert names(text) == ["Islamic State (Iraq)", "Military Forces of Iraq (2014-2018)"]


def test_a_country_right_after_a_generic_name_qualifies_it():
    text = "وتشن قوات الأسد حملة في إدلب، فيما خسر داعش في العراق آخر معاقله."
    assert names(text)[-1] == "Islamic State (Iraq)"


def test_the_places_layer_outweighs_country_words():
    text = "قصف الطيران الحربي قرية، بحسب مصادر في اليمن والعراق واليمن"
    assert names(text) == ["Operation Restoring Hope"]  # words alone: Yemen
    place = Place("Kafr Nabudah", "كفرنبودة", "1", 35.4, 36.5, "SY", None, None, "PPL",
                  role="event_location")
    assert names(text, places=[Span(20, 24, "PLACE", value=place)]) == [SYRIA]


def test_where_it_happens_beats_who_is_named():
    text = "سقط صاروخ أطلقه الحوثيون على جازان وأصيب مدنيون بجروح"
    assert names(text) == [HOUTHI, "Civilians (Saudi Arabia)"]


def test_generic_names_without_any_country_produce_no_actor():
    assert names("اشتبك الجيش مع مسلحين وقتل مدنيون") == []


def test_palestinian_articles_read_the_army_as_the_israeli_army():
    assert names("اقتحم الجيش مدينة جنين فجر اليوم", on=D(2023, 11, 2)) == [
        "Military Forces of Israel (2022-)"
    ]


def test_a_foreign_army_at_home_is_coded_as_state_forces():
    [turkey_abroad] = find_actors("قصفت المدفعية التركية قرى في ريف عفرين", published=PUBLISHED)
    [turkey_home] = find_actors("اعتقلت القوات التركية مشتبهين في إسطنبول", published=PUBLISHED)
    assert (turkey_abroad.value.inter, turkey_home.value.inter) == (8, 1)


def test_the_coalition_depends_on_the_country():
    assert names("غارات لطيران التحالف على الرقة") == ["Global Coalition Against Daesh"]
    assert names("غارات لطيران التحالف على صعدة") == ["Operation Restoring Hope"]


# ── back-references ───────────────────────────────────────────────────────────────────────
def test_the_organisation_refers_back_to_the_islamic_state():
    text = "انسحب عناصر داعش من المخيم في سوريا، وقال ناشطون إن التنظيم نقل عائلاته."
    assert actors(text) == [("داعش", IS_SYRIA), ("التنظيم", IS_SYRIA)]


def test_the_regime_refers_back_to_the_syrian_forces():
    text = "سيطرت قوات الأسد على الحي. ونفى النظام عقد أي اتفاق."
    assert actors(text) == [("قوات الأسد", SYRIA), ("النظام", SYRIA)]


def test_a_back_reference_takes_the_most_recent_compatible_actor():
    text = ("اندلعت اشتباكات بين حركة أحرار الشام وقوات النظام في ريف حماة، ثم أعلنت حركة حماس "
            "تضامنها، وقالت الحركة في بيان إن...")
    assert actors(text)[-1] == ("الحركة", "Hamas Movement")


def test_the_factions_refer_back_to_rebels_not_to_the_regime():
    text = "هاجمت فصائل المعارضة مواقع قوات الأسد في إدلب، وقالت الفصائل إنها قتلت عشرة عناصر."
    assert actors(text)[-1] == ("الفصائل", "Opposition Rebels (Syria)")


def test_a_back_reference_word_with_another_nationality_is_not_a_back_reference():
    text = "قصفت قوات الأسد البلدة، فيما دعا النظام الإيراني إلى التهدئة"
    assert names(text) == [SYRIA]


def test_unresolved_back_references_produce_no_actor():
    assert actors("وقال التنظيم في بيان إن النظام لا يمثل الشعب") == []


def test_back_references_keep_the_date_valid_name():
    text = "تقدمت جبهة النصرة في ريف إدلب، وقالت الهيئة إنها سيطرت على التلة."
    assert names(text, on=D(2015, 5, 1)) == ["Jabhat al Nusra", "Jabhat al Nusra"]


# ── dates change what a name means ────────────────────────────────────────────────────────
def test_assad_forces_after_the_fall_of_the_regime_are_former_forces():
    text = "هاجم مسلحون من قوات الأسد حاجزاً في ريف اللاذقية، وتصدى الجيش السوري للهجوم."
    assert names(text, on=D(2025, 3, 6)) == [
        "Former Military Forces of Syria (2000-2024)", "Military Forces of Syria (2024-)"
    ]
    assert names(text, on=D(2018, 5, 21)) == [SYRIA, SYRIA]


def test_date_valid_names_reach_the_actor_ref():
    [span] = find_actors("هاجمت قوات الدعم السريع مدينة الفاشر", published=D(2024, 5, 1))
    assert span.value == ActorRef("Rapid Support Forces", 2, "SD")
    [span] = find_actors("انتشرت قوات الدعم السريع في الخرطوم", published=D(2020, 5, 1))
    assert span.value.inter == 1
    assert names("بدأت عاصفة الحزم غاراتها على صنعاء", on=D(2015, 3, 26)) == [
        "Operation Decisive Storm"
    ]


def test_undated_articles_take_the_first_listed_reading():
    assert names("تقدمت قوات الأسد في الريف", on=None) == [SYRIA]


# ── traps ─────────────────────────────────────────────────────────────────────────────────
def test_the_syrian_observatory_is_a_source_not_an_actor():
    assert names("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة") == []


def test_a_country_name_alone_is_not_an_actor():
    assert names("تعيش سوريا أزمة اقتصادية وتطالب روسيا بحل سياسي") == []


def test_russia_today_is_a_source_not_the_russian_military():
    assert names("ونقلت قناة روسيا اليوم عن مراسلتها أن المواجهات توقفت") == []


def test_no_actor_inside_a_pro_regime_media_phrase():
    text = "وأشارت وسائل إعلام موالية للنظام إلى أن قوات النظام دخلت الحي"
    assert actors(text) == [("قوات النظام", SYRIA)]
    text2 = "ونشرت وكالة أعماق التابعة لتنظيم داعش صوراً من الاشتباكات في سوريا"
    assert actors(text2) == []


def test_country_hint_ranks_event_places_above_words():
    text = "تقرير عن العراق والعراقيين"
    assert country_hint(text) == "IQ"
    place = Place("Aden", "عدن", "3", 12.8, 45.0, "YE", None, None, "PPLA", role="event_location")
    assert country_hint(text, places=[Span(0, 5, "PLACE", value=place)]) == "YE"


def test_resistance_in_yemen_is_the_popular_resistance_unless_named_before():
    assert names("نفذت المقاومة هجوما على مواقع الحوثيين في مدينة تعز اليمنية.") == [
        "Popular Resistance",
        HOUTHI,
    ]
    text = (
        "أعلنت المقاومة الجنوبية السيطرة على قاعدة العند في لحج. "
        "وقالت المقاومة إن مقاتليها تقدموا."
    )
    assert names(text) == ["Southern Resistance", "Southern Resistance"]


def test_resistance_outside_yemen_is_no_actor():
    assert names("قال مسؤول في دمشق إن المقاومة في سوريا مستعدة.") == []


def test_hashtag_names_are_found_by_the_stage():
    from rasad.actors.stage import unhashtag

    text = "هجوم على مواقع #ميليشيات_الحوثي شرق #ميدي"
    clean = unhashtag(text)
    assert len(clean) == len(text)
    assert names(clean) == [HOUTHI]
