""" "المواجهة لـ" before a place is the participle "facing" (where something lies), no
confrontation (triggers.yaml "clash" excludes, cues.yaml "faced_places")."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-01-10")["events"]]


def test_a_coast_facing_a_province_is_no_clash() -> None:
    text = (
        "لقي صياد مصرعه وفقد آخر إثر غرق مركب صيد تعرض لعاصفة قبالة الساحل المواجهة لمحافظة "
        "المهدية (وسط شرق)."
    )
    assert _subs(text) == []


def test_a_confrontation_in_a_province_stays_a_clash() -> None:
    text = "اندلعت مواجهة عنيفة بين الجيش ومسلحين في منطقة الشابة بمحافظة المهدية."
    assert _subs(text) == ["Armed clash"]
