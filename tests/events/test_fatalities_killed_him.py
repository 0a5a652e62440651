"""The killing verb with the one killed as its object pronoun ("فقتله", "وقتلوها"): one dead.
Alone, "قتلها للمدنيين" may be the noun whose pronoun is the killer: no one dead by itself."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2017-09-10")["events"]]


def test_shot_at_and_killed_him() -> None:
    text = "أطلق مسلح مجهول، الأحد، النار على شرطي في مدينة نابلس فقتله."
    assert _fatalities(text) == [1]


def test_shot_at_and_they_killed_her() -> None:
    text = "أطلق مسلحون، الأحد، النار على امرأة في مدينة نابلس وقتلوها."
    assert _fatalities(text) == [1]


def test_tried_to_kill_him_is_no_death() -> None:
    text = "أطلق مسلح مجهول، الأحد، النار على شرطي في مدينة نابلس وحاول قتله."
    assert _fatalities(text) == [0]


def test_its_killing_of_civilians_counts_no_one() -> None:
    text = (
        "قصفت الميليشيات، الأربعاء، أحياء في مدينة الحديدة، واتهمها المحافظ بتجويع السكان "
        "إضافة إلى قتلها للمدنيين."
    )
    assert _fatalities(text) == [0]
