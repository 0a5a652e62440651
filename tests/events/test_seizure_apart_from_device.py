"""A seizing or finding word set apart from a device by a time or cause word ("بعد", "إثر")
tells another act: the device went off (events/seized_lists.defused_apart)."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2017-02-20")]


def test_a_deadly_device_stays_a_bombing_beside_a_later_seizure() -> None:
    subs = _subs(
        "وقال مصدر أمني إن أربعة من عناصر الشرطة قتلوا مساء أمس في انفجار عبوة ناسفة "
        "بقضاء تلعفر بعد ضبط مخزن للأسلحة والذخائر في المنطقة."
    )
    assert "Remote explosive/landmine/IED" in subs


def test_a_seizure_told_after_a_blast_leaves_the_blast() -> None:
    subs = _subs(
        "وصادرت قوات الأمن أسلحة خفيفة في مدينة بعقوبة عقب انفجار عبوة ناسفة على دورية "
        "للجيش أدى إلى إصابة جنديين."
    )
    assert "Remote explosive/landmine/IED" in subs


def test_a_device_found_and_then_defused_is_still_disrupted() -> None:
    subs = _subs(
        "وعثرت دورية للجيش على عبوة ناسفة مزروعة على جانب طريق في بعقوبة وقامت بتفكيكها "
        "قبل انفجارها."
    )
    assert "Remote explosive/landmine/IED" not in subs
    assert "Disrupted weapons use" in subs


def test_a_device_defused_where_it_was_found_is_still_disrupted() -> None:
    subs = _subs("وعثر الجنود على عبوة ناسفة في سوق المدينة في بعقوبة حيث تم تفكيكها.")
    assert "Remote explosive/landmine/IED" not in subs
