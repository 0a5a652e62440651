"""An act whose paragraph tells no day takes the last day told in the paragraphs before it,
when that is a single day of the week before publication; else the day of the report."""

from __future__ import annotations

import rasad


def dates(text: str, published: str) -> dict[str, str]:
    events = rasad.extract(text, published=published)["events"]
    return {e["sub_event_type"]: e["event_date"] for e in events}


def test_act_told_in_a_new_paragraph_takes_the_day_of_the_paragraph_before() -> None:
    text = (
        "قصفت طائرات حربية بلدة كفرنبل بريف إدلب مساء الجمعة.\n"
        "وفي مدينة سراقب، قتل مسلحون مجهولون رجلين بالرصاص."
    )
    got = dates(text, "2019-05-12")  # a Sunday
    assert got["Air/drone strike"] == "2019-05-10"
    assert got["Attack"] == "2019-05-10"


def test_a_day_long_before_publication_is_background_not_the_acts_day() -> None:
    text = (
        "وكانت طائرات حربية قد قصفت بلدة كفرنبل بريف إدلب في 3 مارس 2019.\n"
        "وفي مدينة سراقب، قتل مسلحون مجهولون رجلين بالرصاص."
    )
    assert dates(text, "2019-05-12")["Attack"] == "2019-05-12"


def test_a_day_announced_for_later_is_no_day_of_an_act() -> None:
    text = (
        "دعت المعارضة إلى مظاهرات في مدينة إدلب يوم الثلاثاء المقبل.\n"
        "وفي مدينة سراقب، قتل مسلحون مجهولون رجلين بالرصاص."
    )
    assert dates(text, "2019-05-12")["Attack"] == "2019-05-12"


def test_a_night_reaching_the_day_of_the_report_gives_no_other_day() -> None:
    text = (
        "فر محافظ المدينة من مقر المحافظة في عتق ليل الاثنين الثلاثاء.\n"
        "وفي مدينة سراقب، قتل مسلحون مجهولون رجلين بالرصاص."
    )
    assert dates(text, "2015-08-11")["Attack"] == "2015-08-11"  # a Tuesday


def test_an_act_told_as_going_on_takes_no_day_of_an_earlier_paragraph() -> None:
    text = (
        "قصفت طائرات حربية بلدة كفرنبل بريف إدلب مساء الجمعة.\n"
        "وتتواصل الاشتباكات بين الجيش ومسلحي المعارضة في مدينة سراقب."
    )
    assert dates(text, "2019-05-12")["Armed clash"] == "2019-05-12"


def test_an_act_kept_up_takes_no_day_of_an_earlier_paragraph() -> None:
    text = (
        "قتل مسلحون مجهولون رجلين بالرصاص في مدينة سراقب مساء الجمعة.\n"
        "ويواصل الطيران الحربي قصف بلدة كفرنبل بريف إدلب."
    )
    assert dates(text, "2019-05-12")["Air/drone strike"] == "2019-05-12"


def test_the_day_of_a_meeting_told_in_passing_is_no_day_of_a_later_act() -> None:
    text = (
        "وبحث وزراء الخارجية العرب الأزمة في اجتماع القاهرة يوم الخميس.\n"
        "وفي مدينة سراقب، قتل مسلحون مجهولون رجلين بالرصاص."
    )
    assert dates(text, "2019-05-12")["Attack"] == "2019-05-12"
