"""What an act would bring, what people await, bet on or get ready for is still to come
("ومن شأن انتزاعها تأمين الطريق", "ويترقب السكان تحرير المدينة", "راهنت على تنفيذ عمليات
انتحارية", "استعدادا لمعركة تحرير المدينة"), and a toll summed over several fronts ("على أكثر
من محور") is told again front by front. From a seventh audit of fresh news (70 articles)."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-04-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_what_taking_a_town_would_bring_is_no_takeover() -> None:
    text = "ومن شأن انتزاع مدينة البيضاء من قبضة الحوثيين تأمين الطريق إلى مأرب."
    assert _subs(text) == []


def test_a_liberation_people_await_is_no_takeover() -> None:
    assert _subs("ويترقب سكان مدينة الحديدة تحرير المدينة من قبضة الحوثيين.") == []


def test_suicide_attacks_a_group_bet_on_are_no_bombing() -> None:
    text = "وكانت الميليشيات قد راهنت على التسلل وتنفيذ عمليات انتحارية قرب مدينة الحديدة."
    assert _subs(text) == []


def test_getting_ready_for_the_battle_to_free_a_city_frees_nothing() -> None:
    text = "ورفعت القوات جاهزيتها القتالية استعدادا لمعركة تحرير مدينة الحديدة من الحوثيين."
    assert _subs(text) == []


def test_a_town_freed_today_is_still_a_takeover() -> None:
    text = "وحررت القوات الحكومية مدينة البيضاء من الحوثيين الأحد."
    assert _subs(text) == ["Government regains territory"]


def test_a_toll_over_several_fronts_is_no_battle_of_its_own() -> None:
    text = (
        "قتل عشرات الحوثيين على أكثر من محور في مواجهات وغارات للتحالف العربي. "
        "وقالت مصادر ميدانية إن 30 حوثيا قتلوا في مواجهات مع القوات الحكومية في مديرية "
        "حيس الأحد."
    )
    assert _subs(text) == ["Armed clash"]
