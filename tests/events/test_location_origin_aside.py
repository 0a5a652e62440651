"""A place that only tells where a person comes from ("سبعة فلسطينيين من غزة", "طفل سوري من
مدينة حلب") gives way to another town its sentence names; alone, it stays the event's place."""

from __future__ import annotations

import datetime as dt

import rasad
from rasad.events.context import build_context
from rasad.events.origin_aside import origin_aside
from rasad.events.stage import Events
from rasad.ingest import read_article
from rasad.pipeline import default_pipeline

_LEAD = "قال القيادي في حركة حماس إن الحركة تسيطر على قطاع غزة وإن الأنفاق في رفح وخان يونس مغلقة. "


def _located(text: str, sub_type: str) -> list[str | None]:
    out = rasad.extract(text, published="2013-03-14")
    return [e["location"] for e in out["events"] if e["sub_event_type"] == sub_type]


def test_a_home_town_gives_way_to_the_site_told_after_it() -> None:
    text = _LEAD + "وأشار إلى القبض على سبعة فلسطينيين من غزة بمطار القاهرة قادمين من إيران."
    assert _located(text, "Arrests") == ["Cairo"]


def test_a_count_from_a_town_gives_way_to_the_town_told_after_it() -> None:
    text = "وقالت مصادر محلية إن قوات الاحتلال اعتقلت 12 من مخيم جنين خلال اقتحامها مدينة نابلس."
    assert _located(text, "Arrests") == ["Nablus"]


def test_a_home_town_told_alone_stays_the_place() -> None:
    text = (
        "تتواصل الاحتجاجات في مدينة الخليل. واعتقلت قوات الاحتلال فجر اليوم شابا من بلدة بيت أمر."
    )
    assert _located(text, "Arrests") == ["Beit Ummar"]


def _asides(text: str) -> dict[str, bool]:
    doc = read_article(text, published=dt.date(2013, 3, 14))
    stages = default_pipeline().stages
    for stage in stages[:-1]:
        doc = stage(doc)
    events = stages[-1]
    assert isinstance(events, Events)
    ctx = build_context(doc, events.lexicon)
    return {ctx.doc.text[p.start : p.end]: origin_aside(ctx, p) for p in ctx.places}


def test_who_someone_is_and_where_forces_left_from() -> None:
    found = _asides(
        "وقال طفل سوري من مدينة حلب إن قوات أمريكية من مدينة منبج انسحبت، فيما بقي الجانب"
        " السوري من معبر اليعربية مغلقا."
    )
    # a child's home is an aside; forces "from" a town, or the part "of" a crossing, are not
    assert found == {"حلب": True, "منبج": False, "اليعربية": False}


def test_a_home_town_gives_way_to_the_country_the_act_is_told_in() -> None:
    # a worker from an Egyptian province killed abroad: the country told with "في" is the scene
    text = "قتل عامل مصري من محافظة أسيوط في هجوم مسلح على مزرعة في السعودية أمس."
    assert _located(text, "Attack") == ["Saudi Arabia"]
    text = "قتل طالب سعودي من مدينة جدة في هجوم مسلح على متجر في الولايات المتحدة أمس."
    assert _located(text, "Attack") == ["United States"]


def test_a_home_town_stays_before_its_own_country() -> None:
    # the country holds the town: it only tells where the town lies
    text = "قتل مسلحون مجهولون شابا من مدينة الخليل في فلسطين أمس."
    assert _located(text, "Attack") == ["Hebron (Al Khalil)"]


def test_a_chained_aside_tells_who_then_where_from() -> None:
    # "من عائلة معروفة" tells who the young man is, "من مدينة الخليل" where he comes from
    text = "اعتقلت الشرطة شابا من عائلة معروفة من مدينة الخليل خلال مداهمة في رام الله."
    assert _located(text, "Arrests") == ["Ramallah"]
    found = _asides(
        "وقال شاب من عائلة معروفة من مدينة الخليل إن قوات من الجيش من مدينة جنين انسحبت."
    )
    assert found == {"الخليل": True, "جنين": False}


def test_towns_in_a_group_name_give_way_to_the_scene() -> None:
    # "ثوار بنغازي ودرنة" names the fighters: one clash, in the quarter the sentence tells
    text = (
        "اندلعت اشتباكات عنيفة بين الجيش الليبي ومجلس شورى ثوار بنغازي ودرنة في منطقة الصابري"
        " أمس، ما أسفر عن مقتل خمسة جنود."
    )
    assert _located(text, "Armed clash") == ["Sabri"]


def test_a_town_in_a_group_name_told_alone_stays_the_place() -> None:
    text = "اندلعت اشتباكات عنيفة بين الجيش الليبي ومجلس شورى ثوار بنغازي أمس، وقتل خمسة جنود."
    assert _located(text, "Armed clash") == ["Benghazi"]


def test_an_accusative_nationality_names_who_the_person_is() -> None:
    # "صحفيا أردنيا", "طبيبا باكستانيا": the accusative of a country's adjective; the home
    # town after it gives way to the country the act is told in
    text = "قتل مسلحون مجهولون طبيبا باكستانيا من مدينة لاهور في هجوم على مستشفى في السعودية أمس."
    assert _located(text, "Attack") == ["Saudi Arabia"]
    text = "صنعاء - خطف مسلحون مجهولون صحفيا أردنيا من مدينة الزرقاء في اليمن أمس."
    assert _located(text, "Abduction/forced disappearance") == ["Sana'a"]
    found = _asides("وقال مسؤول إن مسلحين خطفوا طبيبا باكستانيا من مدينة لاهور في اليمن.")
    assert found["لاهور"] is True


def test_an_adverb_in_ya_is_no_nationality() -> None:
    # "هاتفيا", "ميدانيا" end like an accusative adjective of origin but tell how, not who
    found = _asides("وقال المتحدث هاتفيا من مدينة سبها إن مسلحين خطفوا مهندسا في ليبيا.")
    assert found["سبها"] is False
