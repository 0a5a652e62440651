"""Fighters taken in a fight told in the same sentence are part of that battle (ACLED: no
arrest, no abduction of civilians); civilians or protesters taken, or a detention told in a
sentence of its own, stay their own event."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _types(text: str) -> list[tuple[str, str]]:
    return sorted((e["event_type"], e["sub_event_type"]) for e in _events(text))


_CLASH = "اشتبكت قوات الأمن العراقية مع مسلحين من تنظيم داعش في قضاء الحويجة بمحافظة كركوك الثلاثاء"


def test_some_of_them_taken_in_the_clash_are_the_battle() -> None:
    events = _events(_CLASH + "، واعتقلت أربعة منهم.")
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [("Battles", "Armed clash")]
    assert events[0]["actor2"] == "Islamic State (Iraq)"


def test_counted_gunmen_taken_in_the_clash_are_the_battle() -> None:
    text = (
        "اشتبكت قوات الأمن العراقية مع مسلحين في قضاء الحويجة بمحافظة كركوك الثلاثاء، "
        "واعتقلت القوات أربعة مسلحين."
    )
    assert _types(text) == [("Battles", "Armed clash")]


def test_fighters_arrested_before_the_clash_word_are_the_battle() -> None:
    text = "أعلن الجيش الصومالي أنه اعتقل عشرات المسلحين وقتل آخرين في اشتباكات في مدينة بيدوا أمس."
    assert _types(text) == [("Battles", "Armed clash")]


def test_civilians_abducted_beside_the_clash_stay_an_abduction() -> None:
    text = (
        "هاجم تنظيم داعش قرية في قضاء الحويجة بمحافظة كركوك الثلاثاء، واشتبك مع قوات الحشد "
        "الشعبي، واختطف عناصر التنظيم خمسة مدنيين من أهالي القرية."
    )
    assert ("Violence against civilians", "Abduction/forced disappearance") in _types(text)


def test_an_arrest_told_in_its_own_sentence_stays_an_arrest() -> None:
    text = _CLASH + ". واعتقلت القوات أربعة من عناصر التنظيم."
    assert ("Strategic developments", "Arrests") in _types(text)
