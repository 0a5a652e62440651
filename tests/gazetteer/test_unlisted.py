"""Local places the index lacks, kept at the place the text puts them in (ACLED precision 2),
and the word-level helpers that the place stage's speed work rewrote."""

from __future__ import annotations

import pytest

from rasad.arabic.tokens import tokenize
from rasad.gazetteer.context import DocWords, token_arrays
from rasad.gazetteer.cues import event_word_rests, load_cues, strip_proclitics
from rasad.gazetteer.unlisted import UNLISTED_PREFIX

from .conftest import run_places


def _by_text(results):
    return {text: span for text, span in results}


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        ("قتل مدني برصاص مسلحين في حي الصفصاف جنوب حمص مساء أمس.", "الصفصاف", "حمص"),
        ("انفجرت سيارة مفخخة في منطقة الورود غرب بغداد.", "الورود", "بغداد"),
        ("سقطت قذيفة على قرية تل زهرة قرب إدلب.", "تل زهرة", "إدلب"),
        ("أصيب ثلاثة في حي النخيل التابع لمدينة اللاذقية.", "النخيل", "اللاذقية"),
        # quoted names and qualifiers: the quote marks are left out of the name
        ("قتل مدني برصاص مسلحين في حي «الصفصاف» جنوب حمص مساء أمس.", "الصفصاف", "حمص"),
        ('انفجرت سيارة مفخخة في منطقة "الورود" غرب بغداد.', "الورود", "بغداد"),
        ("أصيب ثلاثة في حي “النخيل” التابع لمدينة «اللاذقية».", "النخيل", "اللاذقية"),
    ],
)
def test_unlisted_name_after_head_is_kept_at_its_qualifier(small_index, text, name, anchor):
    places = _by_text(run_places(text, small_index))
    assert name in places, places.keys()
    span, town = places[name], places[anchor]
    assert span.kb_id.startswith(UNLISTED_PREFIX)
    assert (span.value.lat, span.value.lon) == (town.value.lat, town.value.lon)
    assert span.value.geo_precision == 2 and span.value.geonameid is None
    assert town.value.role == "other"  # the town only locates the quarter


def test_street_and_market_keep_their_head(small_index):
    places = _by_text(run_places("انفجرت عبوة في شارع الرشيد وسط بغداد.", small_index))
    assert "شارع الرشيد" in places
    places = _by_text(run_places("سقطت قذيفة على سوق الهال في مدينة حمص.", small_index))
    assert "سوق الهال" in places


@pytest.mark.parametrize(
    "text",
    [
        "قتل شخصان في حي سكني بمدينة حمص.",  # indefinite adjective
        "أعلنت الحكومة منطقة عازلة في إدلب.",  # indefinite adjective after a generic head
        "تدور المعارك في منطقة الاشتباكات جنوب دمشق.",  # event word
        "انتشرت القوات في منطقة الحدود قرب حمص.",  # common noun after a generic head
        "قتل مدني في حي الصفصاف، وقصفت الطائرات حمص.",  # no qualifier: a comma ends it
        "قتل مدني في حي الصفصاف وحمص.",  # a list, not a qualification
        "قتل مدني في حي الصفصاف في سوريا.",  # a country is too coarse to locate a quarter
        "ارتفعت أسعار سوق الأسهم في دمشق.",  # a market of shares is no place
        # a conjunction ends the name: the qualifier locates the second car, not the quarter
        "انفجرت عبوة في حي الصفصاف وسيارة مفخخة في حمص.",
        "حمص ثالث أكبر مدينة لبنانية بعد العاصمة دمشق.",  # an adjective of origin
        "ولد في حي يسكنه العمال في حمص.",  # a verb after the head noun
    ],
)
def test_descriptions_lists_and_coarse_qualifiers_make_no_unlisted_place(small_index, text):
    spans = [s for _, s in run_places(text, small_index)]
    assert not any(s.kb_id.startswith(UNLISTED_PREFIX) for s in spans), [
        (s.start, s.end, s.kb_id) for s in spans
    ]


def test_known_place_is_not_duplicated_as_unlisted(small_index):
    results = run_places("قتل مدني في حي جوبر شرق دمشق.", small_index)
    assert [t for t, _ in results] == ["جوبر", "دمشق"]
    assert not results[0][1].kb_id.startswith(UNLISTED_PREFIX)


def test_name_opening_word_followed_by_a_name_is_not_a_hamlet(small_index):
    # "أبو" alone names hamlets in the sources; "حي أبو صخر" is a longer name
    places = _by_text(run_places("قتل مدني في حي أبو صخر جنوب دمشق.", small_index))
    assert "أبو" not in places
    assert "أبو صخر" in places and places["أبو صخر"].kb_id.startswith(UNLISTED_PREFIX)


# --- helpers rewritten for speed: same answers as the plain forms --------------------------
def test_token_arrays_match_the_token_spans():
    text = "قصفت الطائرات، صباح اليوم، بلدة كفرنبل (ريف إدلب) بـ 12 صاروخا."
    tokens = tokenize(text)
    starts, ends, norms = token_arrays(tokens)
    assert starts == [t.start for t in tokens] and ends == [t.end for t in tokens]
    assert norms == [t.value.norm for t in tokens]
    spans = list(tokens)
    assert token_arrays(spans) == (starts, ends, norms)  # a plain list of spans works too
    dw = DocWords(text, tokens)
    assert dw.words(0, len(text))[:3] == ["قصفت", "الطايرات", "،"]
    assert dw.first_word(starts[1], ends[1]) == "الطايرات"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("وبقرية", ("وب", "قريه")), ("للمدينة", ("لل", "المدينه")), ("قرية", ("", "قريه")),
     ("والبلدة", ("و", "بلده")), ("كتاب", ("", "كتاب"))],
)
def test_strip_proclitics_finds_the_longest_chain(word, expected):
    from rasad.arabic.normalize import normalize_key

    cues = load_cues()
    known = frozenset({"قريه", "المدينه", "بلده"})
    assert strip_proclitics(normalize_key(word), known) == expected
    assert cues is load_cues()


@pytest.mark.parametrize(
    ("word", "has_stem"),
    [("وبقصف", True), ("والاشتباكات", True), ("للغارات", True), ("كتاب", False), ("قال", False)],
)
def test_event_word_rests_finds_stems_after_proclitic_chains(word, has_stem):
    from rasad.arabic.normalize import normalize_key

    assert ("" in event_word_rests(normalize_key(word), load_cues())) is has_stem


def test_quarter_without_qualifier_is_placed_in_the_city_the_article_is_about(small_index):
    text = (
        "تجددت الاشتباكات في حمص صباح اليوم. وقال ناشطون إن القصف طال أحياء حمص القديمة. "
        "وقتل ثلاثة مدنيين في حي الصفصاف الشرقي مساء."
    )
    places = _by_text(run_places(text, small_index))
    quarter, city = places["الصفصاف الشرقي"], places["حمص"]
    assert (quarter.value.lat, quarter.value.lon) == (city.value.lat, city.value.lon)
    assert quarter.value.geo_precision == 2


def test_quarter_without_qualifier_in_a_story_of_two_cities_is_left_out(small_index):
    text = "قصفت الطائرات حمص وإدلب. وقتل ثلاثة مدنيين في حي الصفصاف مساء."
    assert "الصفصاف" not in _by_text(run_places(text, small_index))


def test_mined_names_that_are_also_person_names_need_their_head():
    places = _by_text(run_places("قال علي الزعتري ممثل الأمم المتحدة إن مخيم الزعتري مكتظ."))
    assert list(places) == ["مخيم الزعتري"]
    assert places["مخيم الزعتري"].value.country == "JO"


# --- an apposition after a comma ("منطقة قاع الحقل، بمديرية ضوران") ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "قتل مدني في حي الصفصاف، في مدينة حمص.",
        "سقطت قذيفة على حي الصفصاف، بمدينة حمص صباح اليوم.",
    ],
)
def test_unlisted_name_before_a_comma_and_a_locative_link_is_kept(small_index, text):
    places = _by_text(run_places(text, small_index))
    assert "الصفصاف" in places, places.keys()
    assert places["الصفصاف"].kb_id == UNLISTED_PREFIX + places["حمص"].kb_id
    assert places["حمص"].value.role == "other"


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدني في حي الصفصاف، جنوب حمص.",  # a direction after the comma opens a new phrase
        "قتل مدني في حي الصفصاف، وفي حمص قتل آخر.",  # a list
    ],
)
def test_comma_without_a_locative_link_locates_nothing(small_index, text):
    spans = [s for _, s in run_places(text, small_index)]
    assert not any(s.kb_id.startswith(UNLISTED_PREFIX) for s in spans)


def test_any_member_agrees_with_stripping_each_word():
    from rasad.gazetteer.cues import any_member

    cues = load_cues()
    words = ["وتوجهوا", "قال", "باتجاه", "من", "والمسلحين", "غادر", "مغادرة"]
    for known in (cues.motion, cues.departure, cues.spread):
        for i in range(len(words)):
            part = words[i:]
            expected = any(strip_proclitics(w, known)[1] in known for w in part)
            assert any_member(part, known) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "وقتل ثلاثة مدنيين في قصف على البلدة.",
        "وقال المتحدث إن الاجتماع سيعقد غدا.",
        "ونفذت القوات عملية عسكرية واسعة في المنطقة.",
        "",
    ],
)
def test_word_by_word_event_test_matches_the_sentence_regex(sentence):
    from rasad.gazetteer.cues import has_event_word
    from rasad.gazetteer.roles import _has_event_word

    cues = load_cues()
    dw = DocWords(sentence, tokenize(sentence))
    assert _has_event_word(dw, (0, len(sentence)), cues) is has_event_word(sentence, cues)


@pytest.mark.parametrize(
    ("word", "rests"),
    [
        ("بعمليه", ("عمليه عسكريه",)),  # the first word of a two-word stem, after a chain
        ("ووقف", ("وقف اطلاق",)),
        ("وبالقصف", ("",)),  # a one-word stem wins
        ("كتاب", ()),
    ],
)
def test_event_word_rests_reads_multiword_stems_after_proclitic_chains(word, rests):
    assert event_word_rests(word, load_cues()) == rests


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("قتل شخص في حمص. وأغلقت الشرطة في حمص شارع قصر النيل بعد الاشتباكات.",
         "شارع قصر النيل"),
        ("قتل شخص في حمص. وتجمع المحتجون في حمص في شارع جمال عبد الناصر مساء أمس.",
         "شارع جمال عبد الناصر"),
    ],
)
def test_street_of_the_home_city_keeps_its_whole_name(small_index, text, street):
    # "شارع قصر النيل": an indefinite word takes the definite one after it (a construct)
    places = _by_text(run_places(text, small_index))
    assert street in places, places.keys()


def test_street_name_stops_before_a_time_word(small_index):
    places = _by_text(run_places(
        "قتل شخص في حمص. وأغلقت الشرطة في حمص شارع فيصل مساء أمس بعد الاشتباكات.", small_index))
    assert "شارع فيصل" in places


def test_quarter_name_stops_before_its_adjective(small_index):
    places = _by_text(run_places(
        "قتل شخص في حمص. وانفجرت قنبلة في حمص قرب حي كرم التجاري مساء أمس.", small_index))
    assert "كرم" in places and "كرم التجاري" not in places
