"""A status regained, named by its holder ("استعادت … وضع السفارة"), is no territory regained;
a force retaking a town and then "putting an end" to something stays a regain."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2019-02-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_mission_regaining_its_status_is_no_regain_of_ground() -> None:
    text = (
        "وقالت البعثة الدبلوماسية التي استعادت أمس وضع القنصلية العامة في بنغازي إنها "
        "ستستأنف منح التأشيرات الشهر المقبل."
    )
    subs = _subs(text)
    assert "Government regains territory" not in subs
    assert "Non-state actor overtakes territory" not in subs


def test_a_town_retaken_and_an_end_put_to_its_fighters_is_still_a_regain() -> None:
    text = "واستعاد الجيش العراقي أمس بلدة هيت ووضع حدا لوجود المسلحين فيها."
    assert "Government regains territory" in _subs(text)
