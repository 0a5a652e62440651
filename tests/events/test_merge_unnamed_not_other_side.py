"""An unidentified doer in one account of an act and the group named in another are one doer:
the merged event is coded to the group, and the unnamed group does not come back as the side
the act hit."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_bomber_named_in_the_next_sentence_is_no_second_side() -> None:
    text = (
        "قال المتحدث في مؤتمر صحافي في أنقرة، إن الانفجار نتج عن هجوم انتحاري قام به داعش. "
        "ولمحت صحف تركية إلى إمكانية أن يكون شاب (انتحاري) يناهز العشرين من العمر هو الذي "
        "نفذ الهجوم."
    )
    events = [e for e in events_of(text, "2015-07-21") if e["sub_event_type"] == "Suicide bomb"]
    assert [(e["actor1"], e["actor2"]) for e in events] == [("Islamic State (Turkey)", None)]


def test_a_toll_merged_into_an_act_does_not_give_the_act_its_doer() -> None:
    # the civilians targeted by the Houthis are told beside the army's advance: the advance
    # keeps the army as its doer, the Houthis are the side it took the land from
    text = (
        "وشن الجيش اليمني وبإسناد من التحالف، هجوما واسعا تمكن خلاله من تحرير مساحة 50 "
        "كيلومترا من محافظة حجة. وأفاد الجيش في بيان، باستهداف المدنيين، من قبل ميليشيات "
        "الحوثي بطريقة ممنهجة، التي تقصف المدنيين في حجة بالأسلحة الثقيلة."
    )
    events = [e for e in events_of(text, "2018-08-15") if e["event_type"] == "Battles"]
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Military Forces of Yemen (2012-2022)", "Military Forces of Yemen (2017-) Houthi")
    ]


def test_branches_of_one_actor_are_one_side() -> None:
    from rasad.events.merge import _one_actor

    assert _one_actor("Islamic State (Syria)", "Islamic State (Turkey)")
    # the Houthis' forces and the government's are two sides of Yemen's war
    assert not _one_actor(
        "Military Forces of Yemen (2012-2022)", "Military Forces of Yemen (2017-) Houthi"
    )
