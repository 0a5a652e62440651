"""A friendly confrontation is a match ("خاض ثلاث مواجهات ودية"): sport, no armed clash."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-08-09")["events"]]


def test_friendly_confrontations_of_a_team_in_camp_are_no_clash() -> None:
    text = (
        "أنهى الشباب معسكره في مدينة الإسكندرية المصرية، الذي امتد أسبوعين خاض خلالهما أربع "
        "مواجهات ودية انتصر في ثلاث منها."
    )
    assert _subs(text) == []


def test_confrontations_between_gunmen_stay_a_clash() -> None:
    text = "اندلعت مواجهات عنيفة بين مسلحين وقوات الأمن في مدينة العريش المصرية مساء الاثنين."
    assert _subs(text) != []
