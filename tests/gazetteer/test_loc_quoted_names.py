"""A place inside a quoted organisation name ("تجمع شعب غينيا", حزب "مصر القوية") is part of
the name and no place of the story; a quoted place name alone stays a place."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2013-03-09")["places"]]


def test_a_country_in_a_quoted_party_name_is_no_place():
    text = 'وتجمع المحتجون أمام مقر الحزب الحاكم، "تجمع شعب غينيا"، ورشقوه بالحجارة.'
    assert "Guinea" not in _names(text)


def test_a_country_in_quotes_after_a_party_noun_is_no_place():
    text = "وأعلن حزب «مصر القوية» مقاطعة الانتخابات المقبلة."
    assert "Egypt" not in _names(text)


def test_the_scene_comes_back_from_the_article():
    text = (
        "اندلعت صدامات الجمعة في كوناكري بين الشرطة وأنصار المعارضة.\n"
        'وحين مر الموكب أمام مقر الحزب الحاكم، "تجمع شعب غينيا"، رشق متظاهرون الشرطة '
        "بالحجارة فردت بالغاز المسيل للدموع."
    )
    events = rasad.extract(text, published="2013-03-09")["events"]
    assert events
    assert all(e["location"] == "Conakry" for e in events)


def test_a_quoted_place_alone_stays():
    # near miss: quotes around a place name, no organisation noun
    assert "Aleppo" in _names("وسقطت قذائف على أحياء في «حلب» صباح اليوم.")
    assert "Guinea" in _names('وقال الرئيس إن "غينيا" لن تتراجع عن الانتخابات.')


def test_a_quoted_sentence_opening_with_an_organisation_keeps_its_places():
    # near miss: a quoted statement is no name
    text = 'وقال الوزير إن "منظمة حماس تتحمل المسؤولية عن كل ما يجري في قطاع غزة".'
    assert "Gaza Strip" in _names(text)


def test_a_definite_subject_before_a_quoted_object_is_no_name_head():
    # near miss: "قوات التحالف" is the subject, «مطار صنعاء» its object
    text = "وقصفت طائرات التحالف «مطار صنعاء» فجر اليوم."
    assert "Sanaa International Airport" in _names(text)
