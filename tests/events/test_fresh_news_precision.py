"""False-positive classes found on fresh news (an audit of unseen articles): ordinary crime,
political deals, lightning, a chemical word naming a target, devices found, editing, the riot
police, would-be bombers, known and recent events, explosions heard, a campaign going on, the
cause of a protest, arrests and one-sided confrontations at a demonstration, a tally's period,
and two accounts of one mine."""

from __future__ import annotations

import pytest

from rasad.document import Span
from rasad.events.arguments import Mention
from rasad.events.lexicon import CueHit
from rasad.events.merge import actors_fit

from .helpers import run


def _events(text: str, **kwargs) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in run(text, **kwargs).events]


def _subs(text: str, **kwargs) -> list[str]:
    return [s for s, _ in _events(text, **kwargs)]


def _statuses(text: str) -> dict[str, str]:
    return {s.value.key: s.value.status for s in run(text).layers["triggers"]}


# ---- ordinary crime -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "واعتقلت الشرطة المتهم بقتل جاره في بغداد بعد خلاف عائلي.",
        "وتمكنت الشرطة من القبض على الجاني بعد أيام من الجريمة في البصرة.",
        "وكان الشاب قد سرق سيارة وأطلق النار على صاحبها في الموصل.",
    ],
)
def test_an_ordinary_crime_is_no_acled_event(text: str) -> None:
    assert _events(text) == []


def test_the_arrest_of_suspected_militants_stays_an_event() -> None:
    text = "واعتقلت قوات الأمن المتهم بالانتماء إلى داعش في بغداد."
    assert "Arrests" in _subs(text)


def test_a_crime_status_names_why() -> None:
    assert _statuses("واعتقلت الشرطة المتهم بسرقة محل في بغداد.")["اعتقلت"] == "crime"


# ---- deals of politics, not of conflict --------------------------------------------------------
def test_a_coalition_deal_is_no_agreement_event() -> None:
    assert _events("وتوصل الحزبان إلى اتفاق لتشكيل حكومة ائتلافية في بغداد.") == []


def test_every_definite_deal_of_a_nuclear_deal_article_is_that_deal() -> None:
    text = (
        "ووقع الجانبان الاتفاق النووي مع إيران في الرياض. "
        "وأعلن الرئيس حملة لحشد التأييد لصالح الاتفاق في الرياض."
    )
    assert _events(text) == []


def test_a_ceasefire_deal_stays_an_agreement() -> None:
    text = "وأعلنت الأطراف التوصل إلى اتفاق لوقف إطلاق النار في تعز."
    assert _subs(text) == ["Agreement"]


# ---- other senses and causes ---------------------------------------------------------------
def test_deaths_by_lightning_are_an_accident() -> None:
    text = "وقتل خمسة أشخاص في تعز بعد أن ضربت صاعقة منزلهم."
    assert _events(text) == []
    assert _statuses(text)["قتل"] == "accident"


def test_a_chemical_facility_struck_is_no_chemical_attack() -> None:
    text = "وقصفت طائرات التحالف منشآت كيماوية قرب الرقة."
    assert _subs(text) == ["Air/drone strike"]


def test_a_chemical_strike_stays_a_chemical_weapon() -> None:
    text = "وشنت طائرات النظام غارات كيماوية على دوما."
    assert _subs(text) == ["Chemical weapon"]


def test_devices_found_are_disrupted_weapons_use() -> None:
    text = "ووجد الجنود عبوات ناسفة مزروعة في سراقب."
    assert _subs(text) == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    "text",
    [
        "ويتيح التطبيق تحرير الصور في الرياض بسهولة.",
        "ويمكن التقاط الصورة وتحريرها في الرياض مباشرة من الهاتف.",
    ],
)
def test_editing_a_photo_is_no_liberation(text: str) -> None:
    assert _events(text) == []


def test_the_riot_police_are_no_riot() -> None:
    text = "ونشرت السلطات قوات مكافحة الشغب حول مبنى البرلمان في بغداد."
    assert "Violent demonstration" not in _subs(text)


def test_would_be_bombers_killed_are_no_suicide_bombing() -> None:
    text = "وقالت الاستخبارات إنها تمكنت من تصفية ثلاثة انتحاريين مشتبه بهم في بغداد."
    assert "Suicide bomb" not in _subs(text)


# ---- events the reader already knows ----------------------------------------------------------
def test_the_recent_bombings_are_a_reference() -> None:
    text = "وحمل الوزير المسؤولين دماء الضحايا الذين سقطوا في التفجيرات الأخيرة."
    assert _events(text) == []


def test_an_event_identified_by_its_having_happened_is_known() -> None:
    text = "وقال والد أحد المصابين في التفجير الذي وقع بمسجد في الرياض إن ابنه بخير."
    assert _events(text) == []


def test_an_event_that_happened_today_is_news() -> None:
    text = "وقال مصدر إن التفجير الذي وقع صباح اليوم بمسجد في الرياض أوقع قتلى."
    assert _subs(text) != []


def test_explosions_heard_are_the_sound_of_the_strike_told() -> None:
    text = "وقصفت طائرات التحالف مواقع للحوثيين في تعز. وأفاد سكان بسماع دوي انفجارات في تعز."
    assert _subs(text) == ["Air/drone strike"]


def test_explosions_heard_alone_are_still_told() -> None:
    assert _subs("وأفاد سكان بسماع دوي انفجارات في تعز.") != []


def test_after_the_success_of_the_storming_presupposes_it() -> None:
    text = "وتنفذ قوات النظام، بعد نجاح عملية اقتحام سراقب، عمليات تمشيط فيها."
    assert _events(text) == []


# ---- situations, causes, tallies --------------------------------------------------------------
def test_fighting_that_goes_on_undated_is_a_situation() -> None:
    assert _events("ويستمر الجيش في خوض معارك مع الحوثيين في مأرب.") == []


def test_fighting_that_goes_on_today_is_news() -> None:
    text = "ويستمر الجيش اليوم في خوض معارك مع الحوثيين في مأرب."
    assert _subs(text) == ["Armed clash"]


def test_the_cause_of_a_protest_is_no_event_of_its_own() -> None:
    text = "واعتصم معلمون أمام البرلمان في بغداد احتجاجا على اعتقال زملائهم."
    assert "Arrests" not in _subs(text)


def test_a_tally_over_the_same_period_is_no_event() -> None:
    text = "وشهدت الفترة نفسها مقتل 11 مسلحا خلال اشتباكات مع الشرطة في بغداد."
    assert _events(text) == []


# ---- one scene, one event --------------------------------------------------------------------
def test_arrests_at_a_protest_are_its_intervention() -> None:
    text = "وتظاهر مئات الأهالي في البصرة. وقال شهود إن قوات الأمن اعتقلت عددا من الشبان في البصرة."
    assert _subs(text) == ["Protest with intervention"]


def test_a_one_sided_confrontation_at_a_protest_is_the_protest() -> None:
    text = "وخرج مئات في مظاهرة سلمية في البصرة. وقتل شاب برصاص الشرطة خلال مواجهات في البصرة."
    assert "Armed clash" not in _subs(text)


def test_a_battle_beside_a_protest_with_both_sides_named_stays() -> None:
    text = (
        "وخرج مئات في مظاهرة سلمية في البصرة. واندلعت اشتباكات بين الجيش العراقي وداعش في البصرة."
    )
    assert "Armed clash" in _subs(text)


def _mine(a1: str | None, i1: int | None, a2: str | None, i2: int | None) -> Mention:
    m = Mention(
        trigger=CueHit(0, 3, "لغم", frozenset()),
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        weight=0.9,
        sent=Span(0, 10, "SENT"),
    )
    m.actor1_name, m.inter1, m.actor2_name, m.inter2 = a1, i1, a2, i2
    return m


def test_who_laid_a_mine_and_who_it_hurt_are_one_pair() -> None:
    # "لغم زرعته ميليشيات الحوثي" (the other side read as an unidentified group) and "انفجر
    # لغم جوار منزل المواطن" (an unidentified group against civilians): one pair, one event
    laid = _mine("Ansar Allah", 2, "Unidentified Armed Group (Yemen)", 3)
    hurt = _mine("Unidentified Armed Group (Yemen)", 3, "Civilians (Yemen)", 7)
    assert actors_fit(laid, hurt)


def test_two_named_attackers_stay_two_events() -> None:
    a = _mine("Ansar Allah", 2, "Unidentified Armed Group (Yemen)", 3)
    b = _mine("Military Forces of Yemen (2012-)", 1, "Civilians (Yemen)", 7)
    assert not actors_fit(a, b)
