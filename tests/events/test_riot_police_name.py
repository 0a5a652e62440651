"""The riot police ("قوات مكافحة الشغب", "شرطة الشغب") are a force named by the riots it
fights: its name tells no riot by the crowd it acts on (ACLED: a protest with intervention)."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-09") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_riot_police_suppressing_a_demonstration_is_an_intervention() -> None:
    text = "وقالت المنظمة إن قوات مكافحة الشغب قمعت تظاهرة للمزارعين في مدينة أصفهان الجمعة."
    assert _subs(text) == ["Protest with intervention"]


def test_riot_police_named_alone_tell_no_riot() -> None:
    text = "تظاهر مئات الطلاب أمام جامعة طهران الجمعة، وانتشرت شرطة الشغب في محيط الجامعة."
    assert _subs(text) == ["Peaceful protest"]


def test_the_crowd_burning_tyres_before_the_riot_police_came_is_a_riot() -> None:
    text = (
        "تظاهر مئات الشبان في مدينة الأهواز الجمعة، وأحرقوا الإطارات قبل أن تتدخل قوات "
        "مكافحة الشغب."
    )
    assert _subs(text) == ["Violent demonstration"]


def test_riots_told_as_such_stay_a_violent_demonstration() -> None:
    text = "تظاهر مئات الطلاب أمام جامعة طهران الجمعة، واندلعت أعمال شغب."
    assert _subs(text) == ["Violent demonstration"]
