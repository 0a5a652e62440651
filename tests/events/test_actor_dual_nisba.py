"""Two aircraft and warships named with their country's adjective in the dual or plural
("مروحيتان أمريكيتان", "مقاتلتين روسيتين", "البوارج الأمريكية") are that country's forces,
as "طائرات أمريكية" already are; without the adjective they still say nobody's."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2020-05-10")["events"]


def test_two_helicopters_with_a_dual_adjective_are_the_countrys_forces() -> None:
    text = (
        "صنعاء - قتل ثمانية من عناصر تنظيم القاعدة في غارة نفذتها مروحيتان أميركيتان على "
        "مواقعهم في محافظة أبين يوم الخميس."
    )
    events = _events(text)
    assert events, "no event read"
    assert (events[0]["actor1"] or "").startswith("Military Forces of the United States")


def test_two_fighter_jets_in_the_genitive_dual_are_the_countrys_forces() -> None:
    text = "دمشق - شنت مقاتلتين روسيتين غارات على مواقع للمعارضة في بلدة كفرنبل يوم الخميس."
    events = _events(text)
    assert events, "no event read"
    assert (events[0]["actor1"] or "").startswith("Military Forces of Russia")


def test_warships_with_their_countrys_adjective_are_its_forces() -> None:
    text = "صنعاء - قصفت البوارج الأمريكية مواقع لتنظيم القاعدة في محافظة أبين يوم الخميس."
    events = _events(text)
    assert events, "no event read"
    assert (events[0]["actor1"] or "").startswith("Military Forces of the United States")


def test_two_helicopters_without_an_adjective_name_nobody() -> None:
    text = (
        "صنعاء - قتل ثمانية من عناصر تنظيم القاعدة في غارة نفذتها مروحيتان على مواقعهم في "
        "محافظة أبين يوم الخميس."
    )
    events = _events(text)
    assert events, "no event read"
    assert not (events[0]["actor1"] or "").startswith("Military Forces of the United States")
