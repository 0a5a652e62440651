"""A bomb worn or tied on the bomber's own body ("عبوات ناسفة مربوطة في جسديهما", "عبوة ناسفة
كان يرتديها") is a suicide bombing (ACLED), whatever the device is called; a bomb tied to a car
or one that tore a victim's body stays a remote explosive."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-03-05")["events"]]


def test_bombs_tied_on_the_bombers_bodies_are_a_suicide_bombing() -> None:
    text = (
        "قتل ستة أشخاص، الاثنين، عندما فجرت امرأتان عبوات ناسفة مربوطة في جسديهما داخل سوق"
        " في مدينة مايدوغوري."
    )
    assert _subs(text) == ["Suicide bomb"]


def test_a_bomb_the_bomber_wore_is_a_suicide_bombing() -> None:
    text = "قتل شرطيان، الاثنين، عندما فجر رجل عبوة ناسفة كان يرتديها عند حاجز في مدينة مايدوغوري."
    assert _subs(text) == ["Suicide bomb"]


def test_a_bomb_tied_to_a_car_stays_a_remote_explosive() -> None:
    text = "فجر مسلحون، الاثنين، عبوة ناسفة مربوطة بسيارة ضابط في مدينة مايدوغوري."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_bomb_that_tore_the_victims_body_stays_a_remote_explosive() -> None:
    text = "قتل جندي، الاثنين، بانفجار عبوة ناسفة مزقت جسده في مدينة مايدوغوري."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
