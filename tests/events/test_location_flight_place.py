"""The town attackers fled to ("لاذ الباقون بالفرار باتجاه مدينة دمت") is the end of their
flight, not the scene: the town or area told before it is."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2018-07-12") -> list[tuple[str, str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events]


def test_the_town_the_rest_fled_to_is_not_where_they_fought():
    text = (
        "صدت القوات الحكومية هجوما لمسلحي الحوثي على مواقعها في محافظة الضالع جنوبي اليمن.\n"
        "وقال مصدر محلي إن مسلحي المقاومة الشعبية خاضوا اشتباكات مع الحوثيين استمرت ساعتين، "
        "قتل فيها ثمانية من المسلحين، بينما لاذ الباقون بالفرار باتجاه مدينة دمت."
    )
    rows = _rows(text)
    assert ("Armed clash", "Ad Dali", 8) in rows
    assert all(loc != "Hammam Damt" for _sub, loc, _fat in rows)


def test_an_advance_toward_a_town_stays_at_the_town():
    # near miss: "تقدمت … نحو" is no flight; the fighting is at the town's edge
    text = "تقدمت قوات الجيش نحو مدينة زبيد بعد معارك عنيفة مع الحوثيين."
    assert [loc for _sub, loc, _fat in _rows(text)] == ["Zabid"]


def test_fled_to_needs_a_flight_word_before_the_way():
    import datetime as dt

    from rasad.events.flight_place import fled_to
    from tests.events.helpers import pipeline_context

    text = "وفر المسلحون إلى مدينة جعار، ووصلت تعزيزات عسكرية إلى مدينة زنجبار."
    ctx = pipeline_context(text, dt.date(2018, 7, 12))
    verdicts = {ctx.doc.text[p.start : p.end]: fled_to(ctx, p) for p in ctx.places}
    assert verdicts == {"جعار": True, "زنجبار": False}
