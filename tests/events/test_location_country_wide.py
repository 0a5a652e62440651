"""An act told across a whole country ("في مختلف أنحاء سوريا", "عدة محافظات مصرية", "في
مختلف أنحاء البلاد") is a nationwide tally: set at the country, never merged into the town
event the article tells next to it (its dead are not that town's), and no event of its own."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2013-03-02") -> list[tuple[str, str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events]


def test_a_nationwide_toll_of_clashes_is_not_the_toll_of_the_town_taken_next():
    text = (
        "أفادت مصادر معارضة بسقوط أكثر من 90 قتيلا في المواجهات بين الجيش النظامي ومسلحي "
        "الجيش الحر، في مختلف أنحاء سوريا الجمعة.\n"
        "وقالت اللجان إن الجيش الحر اشتبك مع قوات النظام في عشرات النقاط، وتمكن من السيطرة "
        "على معبر اليعربية الحدودي."
    )
    rows = _rows(text)
    assert rows, "the capture at the crossing is still an event"
    assert all(fat < 90 for _sub, _loc, fat in rows)
    assert {loc for _sub, loc, _fat in rows} == {"Al Ya'rubiyah"}


def test_clashes_across_the_country_are_not_set_at_the_city_named_next():
    text = (
        "قالت مصادر معارضة إن المعارك بين القوات النظامية والجيش الحر، في مختلف أنحاء البلاد "
        "يوم الخميس، أسفرت عن مقتل 70 شخصا.\n"
        "وفي مدينة حمص، سيطر مقاتلو المعارضة على حاجز للجيش في حي بابا عمرو."
    )
    rows = _rows(text, "2013-03-08")
    assert all(fat < 70 for _sub, _loc, fat in rows)
    assert all(sub != "Armed clash" or fat == 0 for sub, _loc, fat in rows)


def test_violence_across_several_provinces_is_not_the_riot_told_in_the_capital():
    text = (
        "سقط قتيل على الأقل في أعمال عنف شهدتها عدة محافظات مصرية الجمعة، خلال احتجاجات "
        "دعت إليها المعارضة.\nوهاجم محتجون قصر الاتحادية في القاهرة بالحجارة."
    )
    rows = _rows(text, "2013-03-08")
    assert [(sub, fat) for sub, _loc, fat in rows] == [("Violent demonstration", 0)]


def test_a_clash_in_a_named_province_of_the_country_stays_where_it_was():
    # near miss: the spread phrase is not the act's, the province is its scene
    text = (
        "قتل ثلاثة جنود في اشتباكات مع مسلحين في محافظة إدلب الجمعة، فيما تتواصل الاحتجاجات "
        "في مختلف أنحاء البلاد."
    )
    rows = _rows(text)
    assert [(sub, loc) for sub, loc, _fat in rows][:1] == [("Armed clash", "Idleb")]


def test_a_protest_in_the_capital_and_across_the_country_stays_in_the_capital():
    # near miss: the town told beside the spread phrase is a scene of its own
    text = (
        "تظاهر آلاف الأردنيين يوم الأربعاء أمام مقر رئاسة الوزراء في عمان وفي مختلف محافظات "
        "المملكة احتجاجا على قانون الضريبة."
    )
    rows = _rows(text, "2018-06-07")
    assert ("Peaceful protest", "Amman") in {(sub, loc) for sub, loc, _fat in rows}


def test_spread_over_reads_only_the_phrase_just_before_the_country():
    from types import SimpleNamespace

    from rasad.document import Span
    from rasad.events.country_wide import spread_over
    from rasad.events.lexicon import default_lexicon

    text = (
        "اندلعت اشتباكات في أنحاء متفرقة من سوريا. وقال مسؤول في جميع أنحاء العالم إن سوريا تعاني."
    )
    ctx = SimpleNamespace(doc=SimpleNamespace(text=text), lex=default_lexicon(), memo={})
    first, last = text.index("سوريا"), text.rindex("سوريا")
    assert spread_over(ctx, Span(first, first + 5, "PLACE"))  # type: ignore[arg-type]
    assert not spread_over(ctx, Span(last, last + 5, "PLACE"))  # type: ignore[arg-type]
