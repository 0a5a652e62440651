"""Members of "الأمن" (the security forces) killed with no force named for them are the event
country's police: "عنصرا الأمن", "عنصران من الأمن". Bare "الأمن" names no force, so without
these member names the killing had no side at all and fell below the confidence floor."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2019-06-18") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_two_of_the_security_killed_in_an_attack() -> None:
    text = "قتل عنصران من الأمن في هجوم مسلح استهدف نقطة تفتيش في مدينة الرمادي مساء الاثنين."
    events = _events(text)
    assert len(events) == 1, events
    assert (events[0]["actor2"] or "").startswith("Police Forces of Iraq")
    assert events[0]["fatalities"] == 2


def test_dual_construct_security_members_killed() -> None:
    text = "لقي عنصرا الأمن حتفهما حين فتح مسلحون النار على دوريتهما في مدينة الرمادي الاثنين."
    events = _events(text)
    assert events, "no event read"
    assert (events[0]["actor2"] or "").startswith("Police Forces of Iraq")


def test_security_council_is_no_force_hit() -> None:
    text = (
        "قتل ثلاثة مدنيين الاثنين في هجوم شنه مسلحون على سوق في مدينة الرمادي، "
        "وطالب مجلس الأمن بالتحقيق."
    )
    events = _events(text)
    assert events, "no event read"
    assert not (events[0]["actor2"] or "").startswith("Police Forces")
