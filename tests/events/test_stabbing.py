"""A stabbing is an attack: "طعن … حتى الموت", "طعنه بسكين", "عملية طعن", "طعنات" (triggers.yaml
stab, stab_noun); the court sense of the verb ("طعن في الحكم": appealed) is none."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_stabbed_to_death_is_an_attack() -> None:
    events = events_of("طعن مستوطن فلسطينيا حتى الموت في مدينة الخليل أمس الاثنين.", "2024-03-05")
    assert [e["sub_event_type"] for e in events] == ["Attack"]
    assert events[0]["location"] == "Hebron (Al Khalil)"


def test_stabbed_with_a_knife_by_an_unknown_man() -> None:
    events = events_of(
        "قتل شاب بعد أن طعنه مجهول بسكين في حي الشيخ مقصود بمدينة حلب يوم الأحد.", "2024-03-05"
    )
    assert [e["sub_event_type"] for e in events] == ["Attack"]
    assert events[0]["fatalities"] == 1


def test_several_stab_wounds_tell_an_attack() -> None:
    events = events_of("أصيبت امرأة بعدة طعنات في منزلها بمدينة الموصل مساء السبت.", "2024-03-05")
    assert [e["event_type"] for e in events] == ["Violence against civilians"]


def test_an_appeal_against_a_ruling_is_no_stabbing() -> None:
    events = events_of(
        "طعن المحامي في الحكم الصادر بحق موكله أمام محكمة الاستئناف في القاهرة أمس الاثنين.",
        "2024-03-05",
    )
    assert events == []


def test_challenging_an_election_result_is_no_stabbing() -> None:
    events = events_of(
        "طعنت أحزاب المعارضة في نتائج الانتخابات البرلمانية في بغداد يوم الأحد.", "2024-03-05"
    )
    assert events == []


def test_stabbing_named_as_a_way_of_dying_is_no_act() -> None:
    # the verbal noun with the article names a practice ("verb_only" in triggers.yaml)
    events = events_of(
        "وتطلب اللعبة من الأطفال في مدينة الموصل يوم السبت الانتحار بالقفز من مبنى أو الطعن "
        "بالسكين.",
        "2024-03-05",
    )
    assert events == []


def test_an_unmet_stab_word_lends_no_attempt_to_the_shooting_joined_to_it() -> None:
    # "يحاول طعن" with no blade named is no stab trigger: it has no reading (an attempt) to
    # pass on to "وأطلق النار" joined to it by "و"
    events = events_of(
        "وقالت الشرطة إن الشاب كان يحاول طعن مستوطن قرب مدخل مدينة الخليل أمس الاثنين، عندما "
        "قام حارس بسحب سلاحه وأطلق النار على الشاب.",
        "2024-03-05",
    )
    assert [e["sub_event_type"] for e in events] == ["Attack"]


def test_treacherous_stabs_are_a_betrayal() -> None:
    events = events_of(
        "تلقت الحكومة العراقية طعنات في الظهر من حلفائها في بغداد يوم السبت.",
        "2024-03-05",
    )
    assert events == []
