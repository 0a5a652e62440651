"""A place named as part of a person's post ("المشرف الأمني بمديرية الحزم", "مدير أمن مديرية
مكيراس بمحافظة البيضاء") says who the person is; another town of the sentence is the scene."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2015-08-08") -> list[tuple[str, str]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["location"]) for e in events]


def test_a_supervisors_district_is_not_the_scene_of_the_clash():
    text = (
        "وقتل أبو حمزة المسؤول الأمني للجماعة في قضاء العدين وأصيب أبو صالح المشرف الأمني "
        "بمديرية الحزم، خلال اشتباك مع عناصر المقاومة."
    )
    assert [loc for _sub, loc in _rows(text)] == ["Al Udayn"]


def test_a_post_that_is_all_the_sentence_names_stays_the_scene():
    # near miss: no other place is told, the director's district is the best one
    text = "وقتل مدير أمن مديرية المظفر بمحافظة تعز في انفجار عبوة ناسفة."
    assert [loc for _sub, loc in _rows(text)] == ["Al Mudhaffar"]


def test_a_defectors_post_stays_the_place_of_the_defection():
    # near miss: a strategic development is coded where the defector served
    text = (
        "أعلن مدير أمن مديرية مكيراس بمحافظة البيضاء العقيد عبد الله معرجي انشقاقه عن "
        "ميليشيات الحوثي فور وصوله إلى محافظة مأرب."
    )
    assert [loc for _sub, loc in _rows(text, "2018-05-12")] == ["Mukayras"]


def test_names_a_post_reads_the_title_words_only():
    import datetime as dt

    from rasad.events.post_place import names_a_post
    from tests.events.helpers import pipeline_context

    text = "وأصيب المشرف الأمني بمديرية الحزم، وقتل مسلح في سوق مديرية العدين."
    ctx = pipeline_context(text, dt.date(2015, 8, 8))
    verdicts = {ctx.doc.text[p.start : p.end]: names_a_post(ctx, p) for p in ctx.places}
    assert verdicts == {"الحزم": True, "العدين": False}
