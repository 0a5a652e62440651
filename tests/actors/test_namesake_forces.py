"""A state force's name followed by another country's adjective ("قوات النظام الإيراني") is that
country's force of the same kind, not the force the name alone means, and not dropped."""

from __future__ import annotations

import rasad


def _actor1(text: str, published: str) -> str | None:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["actor1"]


def test_the_regime_forces_with_a_turkish_adjective_are_turkeys_army() -> None:
    actor = _actor1("قصفت قوات النظام التركي بلدة راجو شمال غربي حلب.", "2018-02-10")
    assert actor == "Military Forces of Turkey (2016-)"


def test_the_regime_forces_with_an_iranian_adjective_are_irans_army() -> None:
    actor = _actor1("قصفت قوات النظام الإيراني قرى كردية قرب أربيل.", "2018-09-09")
    assert actor is not None and actor.startswith("Military Forces of Iran")


def test_the_regime_forces_alone_are_still_syrias_army() -> None:
    actor = _actor1("قصفت قوات النظام بلدة معرة النعمان في ريف إدلب.", "2018-09-09")
    assert actor == "Military Forces of Syria (2000-2024)"


def test_a_bare_army_after_a_foreign_army_named_in_full_refers_back_to_it() -> None:
    # Syrian news that never names Syria's own army: "الجيش" in the sentence that names the
    # Turkish army is the Turkish army
    text = (
        "قصف الجيش التركي بلدة عفرين يوم الأحد في إطار العملية العسكرية التي يشنها الجيش "
        "ضد الوحدات الكردية."
    )
    events = rasad.extract(text, published="2018-03-15")["events"]
    assert events, "no event read"
    assert all("Syria (2000-2024)" not in (e["actor1"] or "") for e in events)


def test_a_bare_army_in_a_later_sentence_stays_the_hosts() -> None:
    # across sentences the host's army keeps the word ("النظام" later refers back through it)
    text = (
        "قصف الجيش التركي بلدة عفرين يوم الأحد. وقال مصدر إن الجيش استهدف مواقع للوحدات "
        "الكردية في قرية جنديرس."
    )
    events = rasad.extract(text, published="2018-03-15")["events"]
    assert any(e["actor1"] == "Military Forces of Syria (2000-2024)" for e in events)


def test_a_bare_army_is_the_hosts_once_the_hosts_army_was_named() -> None:
    text = (
        "قصفت قوات النظام السوري بلدة عفرين يوم الأحد بعد أن قصف الجيش التركي قرية جنديرس. "
        "وقال مصدر إن الجيش استهدف مواقع للوحدات الكردية في قرية جنديرس."
    )
    events = rasad.extract(text, published="2018-03-15")["events"]
    assert any(e["actor1"] == "Military Forces of Syria (2000-2024)" for e in events[1:])
