"""A cup fixture told with no match word: the winner who goes through, a round of the cup or
a confrontation "to be held" on a set day is sport, no clash (sports_words in cues.yaml)."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2018-04-11")]


def test_the_winner_of_a_fixture_to_be_held_is_no_clash() -> None:
    subs = _subs(
        "ويواجه الوحدات في الدور المقبل الفائز من مواجهة الرمثا والجزيرة في عمان التي "
        "ستقام يوم الخميس."
    )
    assert "Armed clash" not in subs


def test_a_semi_final_confrontation_is_no_clash() -> None:
    subs = _subs("وتنتظر الترجي في نصف النهائي مواجهة صعبة أمام الصفاقسي في مدينة سوسة.")
    assert "Armed clash" not in subs


def test_fighting_in_the_same_city_is_still_a_clash() -> None:
    subs = _subs("واندلعت مواجهات مسلحة بين قوات الأمن ومسلحين في مدينة سوسة ليلة الخميس.")
    assert "Armed clash" in subs
