"""Dead told in a contrasting clause ("فيما", "بينما", "في حين") at another town are not the
toll of the act told before that clause."""

from __future__ import annotations

import rasad


def rows(text: str, published: str) -> list[tuple[str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return sorted((e["location"], e["fatalities"]) for e in events)


def test_dead_at_another_province_are_not_the_capture_toll() -> None:
    text = (
        "تمكنت قوات الجيش من تحرير سلسلة جبال في مديرية نهم شرق صنعاء، بينما لقي 12 من "
        "عناصر الحوثي مصرعهم في الضالع."
    )
    assert ("Nihm", 0) in rows(text, "2020-05-10")


def test_dead_at_another_town_are_not_the_clash_toll() -> None:
    # the first clash keeps its own figure; the later clause's 5 died at another town
    text = (
        "أعلن الجيش مقتل 14 من المسلحين في اشتباكات قرب مدينة الفلوجة، في حين قتل 5 من "
        "عناصر الشرطة في مدينة سامراء."
    )
    assert ("Fallujah", 14) in rows(text, "2016-04-02")


def test_dead_of_a_clause_without_a_town_stay_the_toll() -> None:
    text = (
        "تمكنت قوات الجيش من تحرير سلسلة جبال في مديرية نهم شرق صنعاء، بينما لقي 12 من "
        "عناصر الحوثي مصرعهم في المعارك."
    )
    assert rows(text, "2020-05-10") == [("Nihm", 12)]


def test_dead_in_the_province_of_the_scene_stay_the_toll() -> None:
    # a province holding the captured village: one scene told at two levels
    text = "سيطرت قوات الجيش على قرية الصراري في جبل صبر، فيما قتل 8 من الحوثيين في محافظة تعز."
    assert [f for _loc, f in rows(text, "2020-05-10")] == [8]
