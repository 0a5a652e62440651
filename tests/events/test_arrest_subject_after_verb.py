"""A state force right after an arrest verb is its subject: the state arrests, even when an
armed group named further on (in a relative clause about another act) was read as the doer."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-06-25")["events"]


def test_police_after_the_verb_arrest_suspects_of_a_gunmen_attack() -> None:
    text = (
        "اعتقلت الشرطة ثلاثة رجال يشتبه في تورطهم في الهجوم الذي نفذه مسلحون مجهولون على "
        "كمين أمني في مدينة العريش أمس."
    )
    arrests = [e for e in _events(text) if e["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["actor1"].startswith("Police Forces of Egypt")
    assert not [e for e in _events(text) if e["sub_event_type"].startswith("Abduction")]


def test_gunmen_who_seize_a_man_still_abduct() -> None:
    text = "اعتقل مسلحون مجهولون صحفيا في مدينة الموصل يوم الخميس واقتادوه إلى جهة مجهولة."
    assert [e["sub_event_type"] for e in _events(text)] == ["Abduction/forced disappearance"]
