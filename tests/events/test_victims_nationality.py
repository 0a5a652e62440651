"""The nationality the report gives the dead ("مقتل ستة مدنيين باكستانيين") says whose civilians
they are when no place does, also past a count written in words and when the strike's
aircraft carries another country's adjective."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    events = rasad.extract(text, published="2012-08-20")["events"]
    assert events, f"no event read in {text!r}"
    return events


def test_nationality_after_a_count_in_words_beats_the_aircraft_adjective() -> None:
    text = "أسفرت ضربة لطائرة أمريكية مسيرة عن مقتل خمسة مدنيين يمنيين بينهم طفلان."
    assert _events(text)[0]["actor2"] == "Civilians (Yemen)"


def test_nationality_after_a_count_in_digits() -> None:
    text = "أسفرت ضربة لطائرة أمريكية مسيرة عن مقتل 5 مدنيين يمنيين."
    assert _events(text)[0]["actor2"] == "Civilians (Yemen)"
