"""A well-known compound place name right after a person's title ("النائب", "العقيد"), or after
a title and an adjective ("النائب البرلماني"), and followed by another name word, is a person:
"النائب البرلماني صلاح الدين دميرتاس" names no Salah ad-Din. The place stays where the title
is followed by a preposition or the name by a time word."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2015-08-11")["places"]]


def test_a_name_after_a_title_and_an_adjective_is_a_person():
    assert _names("انتقد النائب البرلماني صلاح الدين دميرتاس قرار الحكومة بشدة.") == []


def test_a_name_after_a_military_rank_is_a_person():
    assert _names("التقى وفد من الأمم المتحدة العقيد صلاح الدين العبيدي أمس.") == []


def test_a_representative_of_the_province_keeps_the_place():
    names = _names("انتقد النائب عن محافظة صلاح الدين قرار الحكومة بشدة.")
    assert "Sala al-Din" in names


def test_a_minister_visiting_the_province_keeps_the_place():
    assert "Sala al-Din" in _names("زار الوزير صلاح الدين أمس لتفقد الأضرار.")


def test_a_town_glued_to_a_preposition_after_a_named_hospital_stays():
    text = "ونقل المصابون إلى مستشفى الملك عبد العزيز بالطائف لتلقي العلاج."
    assert "Ta'if" in _names(text)


def test_a_country_after_a_title_and_its_object_stays():
    text = 'وأبلغ المتحدث الصحفيين "المملكة المتحدة مستمرة في دعم الاتفاق".'
    assert "United Kingdom" in _names(text)
