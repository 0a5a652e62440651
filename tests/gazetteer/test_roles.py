"""Role rules: a place that only locates another place, one the index may lack, is "other"."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.arabic.stages import Tokenize
from rasad.document import ArticleMeta, Document
from rasad.gazetteer.cues import load_cues, words
from rasad.gazetteer.roles import _locates_named_place
from rasad.gazetteer.stage import Places

from .conftest import run_places


def _roles(text, index):
    return {t: s.value.role for t, s in run_places(text, index)}


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("انفجرت عبوة في حي النور في العاصمة العراقية بغداد.", "بغداد"),
        ("قتل ثلاثة في قصف على منطقة وادي السلام جنوبي مدينة حمص.", "حمص"),
        ("استهدفت الغارات معسكر الصقر، بمحافظة إدلب فجرا.", "إدلب"),
        ("سقطت قذائف على قرية تل الورد التابعة لمحافظة حمص.", "حمص"),
        ("دارت اشتباكات في بلدة كفر سالم شمال غرب حلب.", "حلب"),
    ],
)
def test_place_locating_a_named_place_has_role_other(small_index, text, container):
    assert _roles(text, small_index)[container] == "other"


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("قتل خمسة مدنيين في قصف على مدينة حمص.", "حمص", "event_location"),
        ("قتل مدنيون في قصف على مناطق سكنية بمدينة حمص.", "حمص", "event_location"),
        ("نزح السكان من قرية تل الورد إلى مدينة حمص.", "حمص", "destination"),
        ("اشتباكات عنيفة في العديد من بلدات الريف خاصة بلدة جوبر.", "جوبر", "event_location"),
        ("انفجرت سيارة مفخخة في العاصمة العراقية بغداد.", "بغداد", "event_location"),
    ],
)
def test_place_that_is_itself_the_scene_keeps_its_role(small_index, text, place, role):
    assert _roles(text, small_index)[place] == role


def test_locates_named_place_reads_words_backwards():
    cues = load_cues()
    assert _locates_named_place(words("في حي الشهداء جنوب"), cues)
    assert _locates_named_place(words("قرب قرية أم حارتين، بمديرية"), cues)
    assert not _locates_named_place(words("في قصف على مدينة"), cues)  # its own place noun
    assert not _locates_named_place(words("من قرية الورد إلى مدينة"), cues)  # a cue breaks it
    assert not _locates_named_place([], cues)


def test_foreign_capital_without_preposition_is_a_government(small_index):
    roles = _roles("قالت بغداد إن القصف على حمص قتل مدنيين في ريف إدلب.", small_index)
    assert roles["بغداد"] == "other"  # Iraq's capital, in a story whose places are Syrian
    roles = _roles("قصفت الطائرات دمشق وحمص.", small_index)
    assert roles["دمشق"] == "event_location"  # the story's own capital is a scene


def test_adjective_after_a_definite_place_noun_is_skipped(small_index):
    roles = _roles("تظاهر الآلاف في العاصمة العراقية بغداد.", small_index)
    assert roles["بغداد"] == "event_location"


@pytest.mark.parametrize(
    "sentence",
    [
        "وبقصف مدفعي على البلدة.",
        "عقد الوزير مؤتمرا صحفيا في المدينة.",
        "بدأت عملية عسكرية واسعة.",
        "أعلن الطرفان وقف إطلاق النار.",
        "3قتلى في الهجوم",
        "للاشتباكات أثر كبير",
        "عملية سياسية جديدة",
    ],
)
def test_word_by_word_event_check_agrees_with_the_event_regex(sentence):
    from rasad.arabic.tokens import sentences, tokenize
    from rasad.gazetteer.context import DocWords
    from rasad.gazetteer.cues import has_event_word
    from rasad.gazetteer.roles import _has_event_word

    cues = load_cues()
    dw = DocWords(sentence, tokenize(sentence))
    for s in sentences(sentence):
        expected = has_event_word(sentence[s.start : s.end], cues)
        assert _has_event_word(dw, (s.start, s.end), cues) == expected


def test_conjunction_makes_a_list_not_a_qualifier(small_index):
    roles = _roles("قتل ثلاثة مدنيين في قصف على مدينة حمص وريف إدلب.", small_index)
    assert roles["ريف إدلب"] == "event_location"
    roles = _roles("قتل ثلاثة مدنيين في قصف على بلدة جوبر في ريف حمص.", small_index)
    assert roles["ريف حمص"] == "other"  # without و it locates جوبر


@pytest.mark.parametrize(
    "text",
    ["امتدت الاحتجاجات إلى العاصمة بغداد.", "وامتدت المعارك أمس إلى مدينة حمص."],
)
def test_spreading_to_a_place_makes_it_an_event_location(text):
    assert set(_roles(text, None).values()) == {"event_location"}


def test_travelling_to_a_place_stays_a_destination():
    assert _roles("توجه النازحون إلى إدلب.", None) == {"إدلب": "destination"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقال وزير الخارجية في تصريحات من عمان إن الهجوم فشل.", "عمان"),
        ("أفادت مصادر عسكرية في عدن بمقتل خمسة في قصف.", "عدن"),
        ("قال المرصد الذي يتخذ من لندن مقرا له إن القصف استمر.", "لندن"),
        ("تتقدم القوات المدعومة من موسكو في هجوم عنيف.", "موسكو"),
        ("قصفت الطائرات المطار الواقع بين مدينتي حمص وتدمر.", "تدمر"),
    ],
)
def test_place_of_a_statement_base_or_backer_has_role_other(text, place):
    assert _roles(text, None)[place] == "other"


def test_country_with_a_governorate_in_the_sentence_has_role_other():
    roles = _roles("قصفت الطائرات معسكرا بمحافظة ذمار وسط اليمن.", None)
    assert roles["اليمن"] == "other" and roles["ذمار"] == "event_location"


def test_places_after_a_dual_front_noun_are_destinations():
    roles = _roles("كانت الميليشيات تعتزم إرسال التعزيزات إلى جبهتي حرض وميدي.", None)
    assert roles == {"حرض": "destination", "ميدي": "destination"}


def test_place_a_distance_is_measured_from_has_role_other():
    roles = _roles("وقع الانفجار في مدينة عمران، نحو 50 كيلومترا إلى الشمال من صنعاء.", None)
    assert roles == {"عمران": "event_location", "صنعاء": "other"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل خمسة في هجوم على قرية تقع على بعد 250 كلم شمال بغداد.", "بغداد"),
        ("قصفت الطائرات قرية تبعد 120 كيلو مترا عن مدينة الرقة.", "الرقة"),
        ("اندلعت اشتباكات قرب بلدة كبيسة، 70 كلم غرب الرمادي.", "الرمادي"),
    ],
)
def test_place_a_long_distance_is_measured_from_is_no_scene(text, place):
    assert _roles(text, None)[place] == "other"


def test_place_a_short_distance_is_measured_from_stays_the_scene():
    # ACLED codes an event a few kilometres out at the town itself (geo_precision 2)
    assert _roles("انفجرت عبوة على بعد 9 كيلومترات من الحديدة.", None)["الحديدة"] == (
        "event_location"
    )


def test_base_of_a_source_with_glued_preposition_has_role_other():
    roles = _roles("وأوضح مصدر عسكري بقاعدة العند الجوية أن الطائرات قصفت مواقع في لحج.", None)
    assert roles["قاعدة العند الجوية"] == "other" and roles["لحج"] == "event_location"


def test_sit_in_or_march_makes_its_place_an_event_location():
    assert _roles("نظم المئات اعتصاما مفتوحا في صنعاء.", None) == {"صنعاء": "event_location"}
    assert _roles("خرجت مسيرات حاشدة في تعز.", None) == {"تعز": "event_location"}


def test_object_of_leaving_is_an_origin():
    text = "أعلن المركز مغادرة أكثر من 2500 من المسلحين وأقاربهم مخيم اليرموك جنوبي العاصمة."
    assert _roles(text, None)["مخيم اليرموك"] == "origin"


def test_a_list_resumed_after_a_bracketed_qualifier_keeps_the_lists_role():
    text = "تواصلت المعارك حول البلدات المحاصرة نبل والزهراء (في حلب) والفوعة وكفريا (في إدلب)."
    roles = {t: s.value.role for t, s in run_places(text)}
    assert roles["حلب"] == "other" and roles["إدلب"] == "other"  # qualifiers
    assert roles["الفوعة"] == roles["الزهراء"] == "event_location"


def _roles_published(text: str, published: dt.date) -> dict[str, str]:
    doc = Tokenize()(Document("t", text, meta=ArticleMeta(published=published)))
    doc = Places()(doc)
    return {doc.text[s.start : s.end]: s.value.role for s in doc.layer("places")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وتتهم السلطات الحزب بتنفيذ تفجيرات إرهابية في بوينس آيرس عام 1994.", "بوينس آيرس"),
        ("وكان قد نجا من هجوم استهدف موكبه في مدينة مومباي الهندية عام 2008.", "مومباي"),
        ("وفي حزيران من العام 2011 انفجرت سيارة مفخخة في كركوك وقتلت عشرة.", "كركوك"),
    ],
)
def test_a_place_whose_clause_a_past_year_dates_is_history(text, place):
    assert _roles_published(text, dt.date(2018, 4, 5))[place] == "other"


def test_a_place_dated_this_year_or_since_a_past_year_stays_the_scene():
    pub = dt.date(2018, 4, 5)
    text = "قتل خمسة مدنيين في قصف على حلب عام 2018."
    assert _roles_published(text, pub)["حلب"] == "event_location"
    text = "قتل آلاف المدنيين في قصف على حلب منذ عام 2012."
    assert _roles_published(text, pub)["حلب"] == "event_location"
    # a year behind a comma dates another clause
    text = "وتصاعد العنف منذ ذلك الحين في عام 2014، وقتل أمس خمسة مدنيين في قصف على حلب."
    assert _roles_published(text, pub)["حلب"] == "event_location"
    # with no publication date, no year is known to lie in the past
    doc = Places()(Tokenize()(Document("t", "قتل خمسة مدنيين في حلب عام 2012.")))
    assert [s.value.role for s in doc.layer("places")] == ["event_location"]
