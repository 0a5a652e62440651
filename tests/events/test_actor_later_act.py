""" "قتل جنديان حين هاجم مسلحون نقطة تفتيش": when an attack verb is told after the death word,
the actor right after that verb (or its men's group after "من") is the attacker who killed; the
dead named before stay the side hit, however many words stand between."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    events = rasad.extract(text, published="2024-04-14")["events"]
    return [(e["event_type"], e["actor1"], e["actor2"]) for e in events]


def test_gunmen_who_stormed_a_post_killed_the_soldiers() -> None:
    text = "مقديشو - قتل ثلاثة جنود حين هاجم مسلحون حاجزا للجيش في إقليم شبيلي السفلى يوم الثلاثاء."
    assert _events(text) == [
        ("Battles", "Unidentified Armed Group (Somalia)", "Military Forces of Somalia")
    ]


def test_the_group_of_the_fighters_after_min_is_the_attacker() -> None:
    text = (
        "مقديشو - قتل أربعة جنود بعد أن هاجم مقاتلون من حركة الشباب ثكنة عسكرية قرب جلب"
        " يوم الثلاثاء."
    )
    assert _events(text) == [("Battles", "Al Shabaab", "Military Forces of Somalia")]


def test_a_count_and_at_least_between_do_not_lose_the_attacker() -> None:
    text = (
        "مقديشو - قتل أحد عشر جنديا صوماليا على الأقل عندما اقتحم مقاتلون من حركة الشباب"
        " قاعدة عسكرية قرب جلب يوم الثلاثاء."
    )
    assert _events(text) == [("Battles", "Al Shabaab", "Military Forces of Somalia")]


def test_a_killer_named_before_the_later_verb_keeps_its_place() -> None:
    # near miss: the death verb has its own subject; the gunmen after "بعد أن" are not its doer
    text = (
        "مقديشو - قتل الجيش الصومالي خمسة مسلحين بعد أن هاجم مقاتلون من حركة الشباب ثكنة قرب جلب."
    )
    events = _events(text)
    assert events and all(e[1] == "Military Forces of Somalia" for e in events)


def test_a_later_killing_verb_keeps_its_own_doer() -> None:
    # near miss: "قبل أن تقتله الشرطة" is another killing; the police did not kill the passer-by
    text = (
        "باريس - كان المهاجم يصرخ أثناء قتله أحد المارة في هجوم بسكين جرح خلاله ثلاثة آخرين"
        " قبل أن تقتله الشرطة بالرصاص مساء السبت."
    )
    assert all(e[1] != "Police Forces of France" for e in _events(text))
