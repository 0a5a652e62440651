"""Facing pressure or prices is no confrontation; "صداه" is an echo, no "صدّاه" (the two repelled
him). A force repelling an attack is still a clash."""

from __future__ import annotations

import rasad
from rasad.ingest import read_article
from rasad.pipeline import run


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_facing_public_pressure_is_no_clash() -> None:
    text = "وفي مواجهة ضغوط جماهيرية متزايدة أعلن زعماء الصين في بكين الأحد حربا على التلوث."
    assert _subs(text) == []


def test_an_echo_in_hearts_is_another_sense() -> None:
    text = "وأكد الشاعر في مكة أن ذلك المسمى قد وجد صداه في قلوب تعودت على التشجيع."
    doc = run(read_article(text))
    statuses = [t.value.status for t in doc.layer("triggers") if t.text(doc) == "صداه"]
    assert statuses == ["other_sense"]


def test_an_army_repelling_an_attack_is_a_clash() -> None:
    text = "وصد الجيش العراقي الأحد هجوما لتنظيم داعش على بلدة بيجي."
    assert _subs(text) == ["Armed clash"]
