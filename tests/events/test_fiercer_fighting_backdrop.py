"""Fighting "grown fiercer" ("وسط احتدام المواجهات", "مع اشتداد المعارك") is the scene of a
crisis or of its toll, the war going on, not a clash on a day. A clash told on its own stays
an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2014-05-06")["events"]]


def test_a_crisis_amid_fiercer_clashes_is_no_clash() -> None:
    text = (
        "وتدخل الأزمة الليبية عامها الرابع وسط احتدام المواجهات بين قوات الجيش والجماعات "
        "المسلحة في بنغازي."
    )
    assert _subs(text) == []


def test_displacement_as_battles_grow_fiercer_is_no_clash() -> None:
    text = "ونزح آلاف السكان من مدينة الرمادي مع اشتداد المعارك بين الجيش ومسلحي العشائر."
    assert "Armed clash" not in _subs(text)


def test_clashes_told_on_their_own_stay_an_event() -> None:
    text = "واندلعت أمس مواجهات عنيفة بين قوات الجيش والجماعات المسلحة في بنغازي."
    assert _subs(text) == ["Armed clash"]
