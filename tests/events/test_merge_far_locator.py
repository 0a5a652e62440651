"""The merged event's place: a sentence naming the other accounts' place is the finer account
of the scene only when that place can locate its own ("مدينة حيس جنوب الحديدة": one
province). A town of another province it names for something else ("استدعت مقاتليها في
الحديدة … للقتال في تعز") locates nothing (merge_scene.may_locate, merge.combine).

The mentions stand for "سيطر الحوثيون على مدينة الحديدة" and a second account whose own place
is another town and whose sentence names Hodeidah too."""

from __future__ import annotations

from rasad.document import Place, Span
from rasad.events.arguments import Mention
from rasad.events.lexicon import CueHit
from rasad.events.merge import Cluster, combine
from rasad.events.merge_scene import may_locate

TAKEOVER = "Non-state actor overtakes territory"


def _place(name: str, lat: float, lon: float, cc: str, admin1: str, code: str = "PPL") -> Place:
    return Place(name, None, None, lat, lon, cc, admin1, None, code, "event_location")


HODEIDAH = _place("Al Hudaydah", 14.7978, 42.9545, "YE", "Al Hudaydah")
HAYS = _place("Hays", 13.9302, 43.4836, "YE", "Al Hudaydah")
TAIZZ = _place("Ta'izz", 13.5795, 44.0209, "YE", "Taizz")
SOUSSE = _place("Sousse", 35.8254, 10.6370, "TN", "Sousse")
TUNIS = _place("Tunis", 36.8190, 10.1658, "TN", "Tunis", "PPLC")


def _account(start: int, place: Place, names: set[str]) -> Mention:
    m = Mention(
        trigger=CueHit(start, start + 5, "سيطر", frozenset()),
        event_type="Battles",
        sub_event_type=TAKEOVER,
        weight=0.9,
        sent=Span(start, start + 80, "SENT"),
    )
    m.place, m.place_explicit, m.place_names = place, True, frozenset(names)
    m.actor1_name, m.inter1 = "Houthis", 2
    return m


def _scene(*accounts: Mention) -> str:
    return combine(Cluster(list(accounts)), {}).place.name


def test_a_far_town_of_another_province_does_not_take_the_scene() -> None:
    first = _account(0, HODEIDAH, {"Al Hudaydah"})
    other = _account(200, TAIZZ, {"Al Hudaydah", "Ta'izz"})
    assert _scene(first, other) == "Al Hudaydah"


def test_a_town_its_sentence_places_in_the_same_province_is_the_finer_account() -> None:
    first = _account(0, HODEIDAH, {"Al Hudaydah"})
    finer = _account(200, HAYS, {"Al Hudaydah", "Hays"})
    assert _scene(first, finer) == "Hays"


def test_a_capital_read_for_its_country_still_locates_a_town_of_that_country() -> None:
    # "هجوم على فندق في مدينة سوسة في تونس": the country's name read as its capital
    first = _account(0, TUNIS, {"Tunis"})
    town = _account(200, SOUSSE, {"Sousse", "Tunis"})
    assert _scene(first, town) == "Sousse"


def test_may_locate() -> None:
    assert may_locate(HAYS, HODEIDAH)
    assert not may_locate(TAIZZ, HODEIDAH)
    assert may_locate(SOUSSE, TUNIS)
    assert not may_locate(TUNIS, SOUSSE)
