"""The suicide bomber told in the accusative or the dual ("إن انتحاريا قتل تسعة", "انتحاريتان")
and the belt in the accusative ("يرتدي حزاما ناسفا") are a suicide bombing (ACLED), not an
attack by an unnamed gunman; a bomber arrested or a belt seized stays no bombing."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-03-05")["events"]]


def test_a_bomber_in_the_accusative_who_killed_is_a_suicide_bombing() -> None:
    text = "قالت الشرطة إن انتحاريا قتل تسعة أشخاص في سوق بمدينة داماتورو أمس."
    assert _subs(text) == ["Suicide bomb"]


def test_two_women_bombers_are_a_suicide_bombing() -> None:
    text = "هاجمت انتحاريتان سوقا في مدينة داماتورو أمس وقتلتا تسعة أشخاص."
    assert _subs(text) == ["Suicide bomb"]


def test_a_gunman_wearing_a_belt_is_a_suicide_bombing() -> None:
    text = "قالت الشرطة إن مسلحا يرتدي حزاما ناسفا قتل تسعة أشخاص في سوق بمدينة داماتورو أمس."
    assert _subs(text) == ["Suicide bomb"]


def test_a_gunman_who_killed_stays_an_attack() -> None:
    text = "قالت الشرطة إن مسلحا قتل تسعة أشخاص في سوق بمدينة داماتورو أمس."
    assert _subs(text) == ["Attack"]


def test_a_bomber_arrested_is_no_bombing() -> None:
    text = "قالت الشرطة إنها اعتقلت انتحاريا في سوق بمدينة داماتورو أمس."
    assert _subs(text) == ["Arrests"]


def test_a_belt_seized_is_no_bombing() -> None:
    text = "ضبطت الشرطة حزاما ناسفا في سوق بمدينة داماتورو أمس."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_pilot_called_suicidal_is_no_bombing() -> None:
    text = (
        "وقال المحققون إن الطيار كان انتحاريا وتعمد أن يختفي عن الرادارات في مطار كوالالمبور أمس."
    )
    assert _subs(text) == []


def test_a_bomber_shot_by_the_army_before_he_struck_is_no_bombing() -> None:
    text = "وأردت قوات الجيش انتحاريا قرب سوق في مدينة داماتورو أمس قبل أن يصل إلى هدفه."
    assert "Suicide bomb" not in _subs(text)
