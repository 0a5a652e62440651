"""A suicide belt seized or found, or its bomber held, is no suicide bombing (triggers.yaml
"suicide" refine and exclusions; stage._refine reads the windowed defusal)."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2014-06-02")]


def test_a_belt_found_is_a_disrupted_weapon() -> None:
    subs = _subs(
        "وقال مصدر أمني إن الشرطة عثرت على حزام ناسف داخل مخزن مهجور في حي الأعظمية ببغداد."
    )
    assert "Suicide bomb" not in subs
    assert "Disrupted weapons use" in subs


def test_seized_devices_with_a_held_bomber_are_no_suicide_bombing() -> None:
    subs = _subs(
        "وأوضح البيان أنه تم ضبط سيارتين مفخختين وحزام ناسف مع الانتحاري الذي تم اعتقاله في "
        "أطراف مدينة الرمادي."
    )
    assert "Suicide bomb" not in subs


def test_a_belt_set_off_is_a_suicide_bombing() -> None:
    subs = _subs(
        "وفجر انتحاري حزاما ناسفا كان يرتديه وسط سوق شعبي في بعقوبة مما أدى إلى مقتل 9 أشخاص."
    )
    assert subs == ["Suicide bomb"]


def test_a_belt_that_went_off_while_defused_is_a_suicide_bombing() -> None:
    subs = _subs(
        "وقتل خبير متفجرات أثناء محاولته تفكيك حزام ناسف كان يرتديه مسلح في مدينة بعقوبة."
    )
    assert "Disrupted weapons use" not in subs


def test_the_bombers_remains_found_are_still_the_bombing() -> None:
    subs = _subs(
        "وفجر انتحاري نفسه عند مدخل سوق في مدينة مايدوغوري، وقد عثر على رأس الانتحاري قرب موقع "
        "الهجوم."
    )
    assert "Disrupted weapons use" not in subs
    assert "Suicide bomb" in subs
