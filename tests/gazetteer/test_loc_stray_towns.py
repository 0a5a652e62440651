"""A town abroad told as a local scene that nothing else in the article puts in its country
(evidence._stray_town): a homonym of a place of the story's own war, dropped."""

from __future__ import annotations

from rasad.gazetteer.overlay import adjective_countries

from .conftest import run_places


def _names(text, index):
    return {t: s.value.name for t, s in run_places(text, index)}


def test_a_front_named_like_a_jordanian_port_is_no_fighting_in_jordan(packaged_index):
    text = "تدور اشتباكات عنيفة في جبهة العقبة بين الحوثيين والقوات الحكومية في الجوف."
    names = _names(text, packaged_index)
    assert names.get("العقبة") != "Aqaba"
    assert names["الجوف"] == "Al Jawf"


def test_a_qualifier_in_another_country_drops_the_town_abroad(packaged_index):
    text = "سقطت قذيفة على سوق في منطقة العقبة بتعز وأصابت ثلاثة أطفال."
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    assert all(v.country != "JO" for v in places.values())


def test_an_area_named_like_a_town_of_another_country_than_the_articles(packaged_index):
    text = "قتل خمسة في منطقة باجو شمال رانجون بعد اشتباكات بين الجيش والمتمردين في ميانمار."
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    assert all(v.country != "PH" for v in places.values())
    assert places["ميانمار"].country == "MM"


def test_the_town_abroad_stays_when_the_article_names_its_country(packaged_index):
    # its country by an adjective anywhere, by name, or by a place there
    for text in (
        "وصل الوفد اليمني إلى منطقة العقبة الأردنية قادما من عدن.",
        "اعتقلت الشرطة الأردنية شابا في منطقة العقبة بعد عودته من عدن.",
        "وصل الوفد اليمني إلى منطقة العقبة في الأردن قادما من عدن.",
    ):
        assert _names(text, packaged_index)["العقبة"] == "Aqaba", text


def test_a_town_abroad_without_a_local_scene_noun_stays(packaged_index):
    # "في جنيف": the talks' venue in a Syrian story is no local homonym
    text = "انطلقت في جنيف جولة مفاوضات جديدة بينما تواصل القصف على دوما."
    assert _names(text, packaged_index)["جنيف"] == "Geneva"


def test_the_countries_a_document_names_by_adjective():
    words = ["قالت", "الشرطه", "والافغانيه", "ان", "الوفد", "الاردني", "وصل"]
    assert adjective_countries(words) == frozenset({"AF", "JO"})
