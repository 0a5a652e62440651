""""قوى الأمن" (the other plural of "قوة") names the same security forces as "قوات الأمن": the
country's police, that of the country its adjective names when one follows."""

from __future__ import annotations

import rasad


def _sides(text: str, published: str = "2019-06-02") -> set[str | None]:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return {events[0]["actor1"], events[0]["actor2"]}


def test_security_forces_with_a_country_adjective_are_its_police() -> None:
    text = "قتل مسلحون ستة من قوى الأمن الأفغانية في هجوم على حاجز في ولاية قندهار يوم الأحد."
    assert "Police Forces of Afghanistan" in _sides(text)


def test_security_forces_as_the_doer_of_a_clash() -> None:
    text = "اشتبكت قوى الأمن الأفغانية مع مسلحين من طالبان قرب مدينة غزني مساء السبت."
    assert _sides(text) == {"Police Forces of Afghanistan", "Taliban"}
