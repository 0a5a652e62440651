"""One incident, one event (ACLED's atomic event), from a sixth audit of fresh news: a capture
of two listed towns after a battle, a definite mention with a place of its own, a protest that
turned into a riot the same day, the day a source spoke, and a toll shared over listed places
beside a count told for one of them."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2016-05-03") -> list[tuple[str, str, str, int]]:
    return [
        (e["sub_event_type"], e["location"], e["event_date"], e["fatalities"])
        for e in rasad.extract(text, published=published)["events"]
    ]


# ---- listed places ---------------------------------------------------------------------------
def test_the_battle_before_a_capture_of_two_towns_is_each_capture() -> None:
    text = (
        "وتمكنت قوات النظام من السيطرة على بلدتي حمورية وسقبا إثر معارك مع فصيل فيلق الرحمن "
        "السبت."
    )
    subs = [sub for sub, *_ in _rows(text)]
    assert subs == ["Government regains territory", "Government regains territory"]


def test_a_definite_mention_with_its_own_place_joins_the_event_there() -> None:
    text = (
        "قتل 20 مسلحا في معارك بين المقاومة الشعبية والحوثيين في محافظتي تعز والحديدة الأحد. "
        "ودارت المعارك في جبل صبر."
    )
    places = {loc for _, loc, *_ in _rows(text)}
    assert places == {"Jabal Sabir", "Al Hudaydah"}  # the mountain is Taiz's battle, not Hudaydah's


def test_a_count_for_one_listed_place_beats_its_share_of_a_total() -> None:
    text = (
        "قتل 4 مسلحين في معارك في محافظتي تعز والحديدة الأحد. وقتل خمسة مسلحين في هجوم للمقاومة "
        "الشعبية على تجمع للحوثيين في مدينة الحديدة الأحد."
    )
    deaths = {loc: f for _, loc, _, f in _rows(text)}
    assert deaths["Al Hudaydah"] == 5


# ---- a demonstration turned violent ----------------------------------------------------------
def test_a_protest_and_a_riot_at_one_place_and_day_are_one_riot() -> None:
    text = (
        "تظاهر مئات الفلسطينيين الجمعة قرب السياج الحدودي شرق مدينة غزة. واندلعت أعمال شغب "
        "الجمعة عند السياج شرق مدينة غزة."
    )
    assert [sub for sub, *_ in _rows(text)] == ["Violent demonstration"]


def test_a_protest_and_a_riot_on_different_days_stay_apart() -> None:
    text = (
        "تظاهر مئات العراقيين الثلاثاء في مدينة البصرة. وأحرق محتجون غاضبون الخميس مبنى المجلس "
        "المحلي في مدينة البصرة."
    )
    assert len(_rows(text)) == 2


# ---- the day a source spoke ------------------------------------------------------------------
def test_the_day_a_toll_was_given_is_no_second_bombing() -> None:
    text = (
        "انفجرت سيارة مفخخة الأحد قرب سوق شعبي في مدينة كركوك. وقالت الشرطة الاثنين إن عدد "
        "قتلى التفجير الذي استهدف السوق بلغ 12 شخصا."
    )
    assert _rows(text) == [("Remote explosive/landmine/IED", "Kirkuk", "2016-05-01", 12)]
