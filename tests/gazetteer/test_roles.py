"""Role rules: a place that only locates another place, one the index may lack, is "other"."""

from __future__ import annotations

import pytest

from rasad.gazetteer.cues import load_cues, words
from rasad.gazetteer.roles import _locates_named_place

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
