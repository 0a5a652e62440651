"""Acts named in a list of charges ("من تهم، منها محاولته تفجير مجمع") are allegations, told
past a comma that ends the clause; the same act reported as done stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2019-03-14") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_attempted_bombing_among_the_charges_is_no_event() -> None:
    text = (
        "مثل شاب أمام محكمة في ولاية أوهايو أمس بسبب ما وجه إليه من تهم، منها محاولته "
        "تفجير مبنى حكومي في مدينة كولومبوس."
    )
    assert _subs(text) == []


def test_a_car_bomb_listed_among_the_accusations_is_no_event() -> None:
    text = "ويواجه الرجل في بغداد عدة اتهامات، من بينها تفجير سيارة مفخخة قرب سوق شعبي."
    assert _subs(text) == []


def test_the_chief_charge_of_an_attack_is_no_event() -> None:
    text = "ويواجه الرجل في بغداد عدة تهم، أبرزها الهجوم على مركز للشرطة."
    assert _subs(text) == []


def test_a_listed_charge_without_a_comma_is_no_event_either() -> None:
    text = "أحيل الرجل في الإسكندرية إلى المحاكمة بتهم منها تفجير عبوة ناسفة أمام كنيسة."
    assert _subs(text) == []


def test_a_bombing_reported_as_done_stays_an_event() -> None:
    text = "وقتل ثلاثة أشخاص أمس في تفجير عبوة ناسفة أمام مبنى حكومي في مدينة الموصل."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
