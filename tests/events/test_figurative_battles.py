"""A battle "of" a field of public life or "for" a value is a figure of speech, no fighting
(the "abstract_struggles" cues after a clash word in triggers.yaml)."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2019-10-02")]


def test_a_battle_of_education_is_no_clash() -> None:
    assert _subs("وقال وزير التربية إن معركة التعليم في الجزائر لم تنته بعد.") == []


def test_a_battle_for_the_security_of_a_country_is_no_clash() -> None:
    assert _subs("وقال رئيس الحكومة إن المعركة من أجل أمن الجزائر مستمرة.") == []


def test_a_battle_named_by_its_place_is_still_a_clash() -> None:
    subs = _subs(
        "واندلعت معركة عنيفة بين الجيش ومسلحي تنظيم الدولة الإسلامية في ضواحي مدينة سرت."
    )
    assert "Armed clash" in subs
