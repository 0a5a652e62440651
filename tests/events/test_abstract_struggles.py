"""A battle against a scourge or an illness ("معركتهم ضد الإرهاب", "المعركة على الفساد",
"معركة مع السرطان") is a struggle, no fighting; a battle against armed men ("معارك ضد
الإرهابيين") is one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_nations_battle_against_terrorism_is_no_clash() -> None:
    text = "ورحب المجلس بالاتفاق الذي يوحد الليبيين في معركتهم ضد الإرهاب في طرابلس."
    assert _subs(text) == []


def test_the_battle_on_corruption_is_no_clash() -> None:
    assert _subs("وأعلن الرئيس أن المعركة على الفساد بدأت في بغداد الأحد.") == []


def test_a_battle_with_cancer_is_no_clash() -> None:
    text = "وتوفي الزعيم الفلسطيني في رام الله الثلاثاء بعد معركة مع مرض السرطان استمرت عامين."
    assert _subs(text) == []


def test_battles_against_terrorists_are_a_clash() -> None:
    text = "واندلعت الأحد معارك ضد الإرهابيين في درنة وقتل فيها عشرة مسلحين."
    assert _subs(text) == ["Armed clash"]


def test_facing_the_danger_of_a_group_is_no_clash() -> None:
    text = "وشدد الرئيس على أهمية مواجهة خطر الجماعات المسلحة في سيناء."
    assert _subs(text) == []


def test_facing_the_threat_is_no_clash() -> None:
    text = "وقالت الحكومة إن الجيش مستعد لمواجهة التهديد في سيناء."
    assert _subs(text) == []


def test_a_confrontation_with_armed_men_is_a_clash() -> None:
    text = "واندلعت مواجهات عنيفة الأحد بين الجيش ومسلحين في سيناء."
    assert _subs(text) == ["Armed clash"]


def test_a_battle_to_end_an_ideology_is_no_clash() -> None:
    text = "لندن - قال الكاتب إن معركة للقضاء على آيديولوجية العنف في أوروبا قد تستمر طويلا."
    assert _subs(text) == []


def test_a_battle_against_extreme_thought_is_no_clash() -> None:
    text = "وقال الوزير الأحد إن الجيش يخوض معركة ضد الفكر المتطرف في سيناء."
    assert _subs(text) == []


def test_a_battle_against_extremists_is_a_clash() -> None:
    text = "وقال الوزير الأحد إن الجيش خاض معركة ضد المتطرفين في سيناء قتل فيها أربعة منهم."
    assert _subs(text) == ["Armed clash"]


def test_a_battle_to_end_the_gunmen_is_a_clash() -> None:
    text = "واندلعت الأحد معركة للقضاء على المسلحين في درنة وقتل فيها ستة منهم."
    assert _subs(text) == ["Armed clash"]
