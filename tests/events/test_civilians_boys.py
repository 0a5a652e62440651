"""Boys and children in the forms news names them ("صبيا", "الصبي", "فتى", "طفلين") are
civilians: a boy shot by a state force in confrontations makes them a crowd facing the
force (Violent demonstration), and one boy killed counts one death. Fighters named keep the
battle; "اشتباكات" keeps the armed clash."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2019-03-07") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_a_boy_shot_by_the_army_in_confrontations_is_a_riot() -> None:
    text = (
        "ذكرت مصادر طبية أن صبيا قتل برصاص الجيش الإسرائيلي خلال مواجهات اندلعت في مخيم "
        "العروب شمال الخليل يوم الثلاثاء."
    )
    evs = _events(text)
    assert [e["sub_event_type"] for e in evs] == ["Violent demonstration"]
    assert evs[0]["actor2"].startswith("Military Forces of Israel")
    assert evs[0]["fatalities"] == 1


def test_a_youth_shot_by_the_army_in_confrontations_is_a_riot() -> None:
    text = (
        "أصيب فتى فلسطيني برصاص الجيش الإسرائيلي خلال مواجهات قرب مدخل بلدة بيت أمر شمال "
        "الخليل يوم الثلاثاء."
    )
    assert [e["sub_event_type"] for e in _events(text)] == ["Violent demonstration"]


def test_one_boy_killed_counts_one_death() -> None:
    text = "قتل الصبي برصاص الجيش الإسرائيلي خلال اشتباكات في مخيم العروب يوم الثلاثاء."
    evs = _events(text)
    assert [e["fatalities"] for e in evs] == [1]


def test_a_boy_shot_during_clashes_stays_a_clash() -> None:
    text = "قتل صبي برصاص الجيش خلال اشتباكات في حي جوبر بدمشق يوم الثلاثاء."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]


def test_a_soldier_and_a_boy_in_confrontations_stay_a_clash() -> None:
    text = "قتل جندي وصبي برصاص الجيش الإسرائيلي خلال مواجهات مع مسلحين في مخيم جنين يوم الثلاثاء."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]
