"""Idioms of snatching and capturing: a performer "snatching" hearts and breath, or a role, and
a photographer "capturing" the moment take no one; an abduction with a threat of death stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_singer_snatching_the_juries_hearts_abducts_no_one() -> None:
    text = (
        "خطفت الطالبة السورية الفرنسية، منال، ألباب وأنفاس لجنة التحكيم والجمهور في حلقة مساء"
        " السبت في باريس."
    )
    assert _subs(text) == []


def test_capturing_the_moment_arrests_no_one() -> None:
    text = "ونجح المصور في اعتقال اللحظة التي سقط فيها الجدار في بغداد الأحد."
    assert _subs(text) == []


def test_an_abduction_with_a_death_threat_stays() -> None:
    text = "واختطف مسلحون الصحفي في بغداد الأحد وهددوه بالموت."
    assert _subs(text) == ["Abduction/forced disappearance"]
