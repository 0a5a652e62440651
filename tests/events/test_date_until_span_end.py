"""A day after "حتى" ends the span of an act told from an earlier day: no event of its own."""

from __future__ import annotations

import rasad


def rows(text: str, published: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["event_date"]) for e in events]


def test_clash_continuing_until_next_morning_is_one_event_on_its_first_day() -> None:
    text = (
        "اندلعت اشتباكات عنيفة مساء أمس الأربعاء بين الجيش السوري ومسلحي تنظيم داعش في "
        "بلدة السخنة بريف حمص، واستمرت هذه الاشتباكات حتى فجر اليوم الخميس."
    )
    assert rows(text, "2022-05-12") == [("Armed clash", "2022-05-11")]


def test_continuation_told_in_its_own_sentence_takes_the_paragraphs_day() -> None:
    text = (
        "اندلعت اشتباكات عنيفة مساء أمس الأربعاء بين الجيش السوري ومسلحي تنظيم داعش في "
        "بلدة السخنة بريف حمص. وتواصلت الاشتباكات حتى صباح اليوم الخميس."
    )
    assert rows(text, "2022-05-12") == [("Armed clash", "2022-05-11")]


def test_a_day_of_its_own_still_dates_the_act() -> None:
    # the day before "حتى" is the act's: a different day after a span's end stays its own
    text = "قصفت طائرات حربية بلدة السخنة بريف حمص يوم الخميس، بعد هدوء استمر حتى يوم الثلاثاء."
    assert [d for _s, d in rows(text, "2022-05-13")] == ["2022-05-12"]
