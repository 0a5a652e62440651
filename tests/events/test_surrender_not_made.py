"""A surrender offered as a choice, refused or lacking ("لم يبق لهم إما الاستسلام أو الموت",
"ظل اللواء يرفض الاستسلام"), or the verb's sense of succumbing ("استسلم لرصاص قوات الأمن":
was shot dead), is no Agreement; men who surrendered to the army still make one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-04-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_gunman_succumbing_to_police_fire_makes_no_agreement() -> None:
    text = (
        "تونس - استسلم المهاجم لرصاص قوات الأمن التونسية في سوسة الجمعة بعد أن قتل عددا من السياح."
    )
    assert "Agreement" not in _subs(text)


def test_a_brigade_refusing_to_surrender_makes_no_agreement() -> None:
    text = "قال قائد ميداني في درنة الأحد إن اللواء ما زال يرفض الاستسلام رغم القصف المتواصل."
    assert "Agreement" not in _subs(text)


def test_a_choice_between_surrender_and_death_makes_no_agreement() -> None:
    text = (
        "قال المتحدث العسكري في عدن الأحد إن المسلحين في زنجبار أمام خيارين إما الاستسلام أو الموت."
    )
    assert "Agreement" not in _subs(text)


def test_fighters_who_surrendered_to_the_army_make_an_agreement() -> None:
    text = "استسلم عشرات المسلحين الحوثيين لقوات الجيش في مدينة زنجبار الأحد وسلموا أسلحتهم."
    assert _subs(text) == ["Agreement"]
