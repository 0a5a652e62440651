"""Fighting told in a sentence that names demonstrators and no armed group is the crowd's
(ACLED: a violent demonstration); with gunmen or an armed group named it stays a battle."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2013-02-09") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_clashes_the_demonstrators_took_part_in_are_a_riot() -> None:
    text = (
        "وأعلن مدير مستشفى المحلة الكبرى سقوط نحو 40 جريحا في الاشتباكات التي دارت أمام "
        "مبنى مجلس المدينة مساء الجمعة، والذي حاول عشرات المتظاهرين اقتحامه."
    )
    subs = _subs(text)
    assert "Armed clash" not in subs
    assert "Violent demonstration" in subs


def test_clashes_with_gunmen_near_demonstrators_stay_a_clash() -> None:
    text = (
        "واندلعت اشتباكات بين الشرطة ومسلحين مجهولين قرب تجمع للمتظاهرين في مدينة العريش "
        "مساء الجمعة."
    )
    assert "Armed clash" in _subs(text)
