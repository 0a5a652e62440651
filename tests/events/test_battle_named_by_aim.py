"""A battle named by its aim ("معركة تحرير الحديدة", "معارك تحرير الرمادي") is fighting for a
place, no change of control: the capture is told only when it is done ("أعلن الجيش تحرير
المدينة")."""

from __future__ import annotations

import rasad


def _types(text: str, published: str = "2016-05-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


_TAKEOVERS = {"Government regains territory", "Non-state actor overtakes territory"}


def test_battles_for_liberating_a_city_are_no_capture() -> None:
    text = "قال مسؤول محلي، الخميس، إن معارك تحرير مدينة الرمادي مستمرة ولن تتوقف."
    types = _types(text)
    assert not set(types) & _TAKEOVERS, types


def test_the_start_of_a_battle_for_a_city_is_no_capture() -> None:
    text = (
        "نهبت ميليشيات الحوثي، مع بدء معركة تحرير مدينة الحديدة، بضائع وحاويات تابعة لتجار "
        "في الميناء، الخميس."
    )
    types = _types(text)
    assert "Looting/property destruction" in types
    assert not set(types) & _TAKEOVERS, types


def test_a_liberation_announced_is_a_capture() -> None:
    text = "أعلن الجيش العراقي، الخميس، تحرير مدينة الرمادي بالكامل من سيطرة تنظيم داعش."
    assert _types(text) == ["Government regains territory"]


def test_an_operation_named_by_its_aim_is_no_capture() -> None:
    # "عملية تحرير": the operation's name, as "معركة تحرير" is the battle's
    for text in (
        "وقال القائد إن القوات حققت تقدما في تنفيذ عملية تحرير محافظة الأنبار.",
        "وقال إن عملية استعادة السيطرة على مدينة الرمادي تكتسب المزيد من الزخم.",
    ):
        types = _types(text)
        assert not set(types) & _TAKEOVERS, types
