"""A death sentence whose verdict verb stands a few words back, past the court, the day or
the convict ("حكم القضاء الإندونيسي، الجمعة، بالإعدام"), is a ruling, no execution; an armed
group that executes people, after a clause where "حكم" means "ruled", still kills."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-22") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_far_verdict_verb_makes_a_death_sentence() -> None:
    text = "حكم القضاء المصري، الأحد، بالإعدام على متهم بتفجير كنيسة في الإسكندرية."
    assert "Attack" not in _subs(text)
    assert _subs("وحكمت عليه إحدى المحاكم في بغداد أمس بالإعدام شنقا.") == []


def test_an_execution_after_a_clause_of_rule_stays() -> None:
    text = "وبعد أن حكم التنظيم المدينة لسنوات، أعدم مسلحوه اليوم عشرة رجال في الرقة."
    assert _subs(text) == ["Attack"]
