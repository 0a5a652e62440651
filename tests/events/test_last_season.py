"""An act told in a past season or year ("في الصيف الماضي", "العام الماضي") is history, also
in a "when" clause that takes its time from the clause it hangs on. An act with a day of its
own, or a record "منذ العام الماضي", stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-07-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_clashes_last_summer_are_history() -> None:
    text = "لكنه انسحب بدوره في الصيف الماضي عندما تفجرت الاشتباكات في طرابلس."
    assert _subs(text) == []


def test_an_attack_on_a_day_of_its_own_stays() -> None:
    text = "وهاجم مسلحون قرية في ولاية بورنو الأحد كما حدث العام الماضي في مدينة مايدوغوري."
    assert _subs(text) == ["Armed clash"]


def test_the_deadliest_attack_since_last_year_stays() -> None:
    text = (
        "وقتل خمسة جنود في هجوم شنه مسلحون على حاجز في سيناء الأحد، في أعنف هجوم منذ العام"
        " الماضي."
    )
    assert _subs(text) == ["Armed clash"]
