"""A sentence opening with "about …" and a speech verb ("وعن معركة عاصفة الجنوب قال القائد",
"وحول المعارك في ريف حماة، أوضح المتحدث"): the act named is what the speaker is asked about,
no event of its own, unless what is said tells an act."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-03-04")["events"]]


def test_a_battle_named_as_the_topic_of_an_answer_is_no_event() -> None:
    assert _subs("وعن معركة عاصفة الجنوب في درعا قال القائد إن الفصائل مستعدة.") == []


def test_fighting_named_as_the_topic_with_a_comma_is_no_event() -> None:
    assert _subs("وحول المعارك في ريف حماة، أوضح المتحدث أن الوضع مستقر.") == []


def test_a_topic_whose_answer_tells_an_act_stays_the_act() -> None:
    text = "وعن سير المعارك في ريف حماة، أوضح المتحدث أن قواته قتلت عشرة مسلحين الأحد."
    assert _subs(text) == ["Armed clash"]


def test_about_not_opening_the_sentence_names_acts() -> None:
    text = "وأعلن الجيش الأحد عن اشتباكات عنيفة مع مسلحين في ريف حماة."
    assert _subs(text) == ["Armed clash"]
