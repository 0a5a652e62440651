"""Confrontations told with tear gas are a crowd facing a force (ACLED: Riots), also when the
gas is named without the article ("تنشق غازا مسيلا للدموع"); confrontations between an army
and gunmen stay an armed clash."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-06-24") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_confrontations_with_indefinite_tear_gas_are_a_riot() -> None:
    text = (
        "توفي شاب فلسطيني الثلاثاء اثر تنشقه غازا مسيلا للدموع خلال مواجهات قرب مخيم "
        "الجلزون شمال رام الله."
    )
    evs = _events(text)
    assert evs, "no event read"
    assert {e["event_type"] for e in evs} == {"Riots"}


def test_confrontations_between_an_army_and_gunmen_stay_a_clash() -> None:
    text = "اندلعت مواجهات عنيفة بين الجيش ومسلحين في بلدة الشيخ مسكين أسفرت عن مقتل أربعة جنود."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]
