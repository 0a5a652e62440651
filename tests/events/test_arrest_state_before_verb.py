"""A state force told before an arrest verb arrests; the armed men after the verb are held
(ACLED: Arrests by the state, not an abduction by the armed men)."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2013-03-01") -> list[tuple[str, str | None, str | None]]:
    return [
        (e["sub_event_type"], e["actor1"], e["actor2"])
        for e in rasad.extract(text, published=published)["events"]
    ]


def test_security_forces_before_an_aside_arrest_the_gunmen_after_the_verb() -> None:
    text = "وأعلنت الشرطة أن قوات الأمن في مدينة الموصل، اعتقلت مسلحين اثنين الخميس."
    assert _rows(text) == [
        ("Arrests", "Police Forces of Iraq (2006-2014)", "Unidentified Armed Group (Iraq)")
    ]


def test_security_forces_storming_then_arresting_gunmen_arrest_them() -> None:
    text = "واقتحمت قوات الأمن حيا في مدينة الموصل واعتقلت مسلحين الخميس."
    assert ("Arrests", "Police Forces of Iraq (2006-2014)", "Unidentified Armed Group (Iraq)") in (
        _rows(text)
    )


def test_gunmen_in_the_nominative_after_the_verb_are_its_subject() -> None:
    # a new clause: the army shelled, then gunmen (مسلحون, its subject) seized civilians
    text = "وقصفت قوات الجيش مواقع في مدينة الموصل، واعتقل مسلحون ثلاثة مدنيين الخميس."
    subs = [sub for sub, _a1, _a2 in _rows(text)]
    assert "Abduction/forced disappearance" in subs
    assert "Arrests" not in subs
