"""General false-positive classes: a span of weeks or a repeated act, "ended with" an outcome,
civilians as a side of a battle, the context of a "comes after" frame, a pretext, a storm's
deaths, an estimate, and two words of one act in one clause."""

from __future__ import annotations

import pytest

from rasad.document import Span
from rasad.events.arguments import Mention
from rasad.events.atomic import civilians_no_side
from rasad.events.lexicon import CueHit

from .helpers import PUBLISHED, run


def _events(text: str, **kwargs):
    return [(e.sub_event_type, e.location) for e in run(text, **kwargs).events]


@pytest.mark.parametrize(
    "text",
    [
        # a count between the span and "الماضية"
        "وقصفت طائرات التحالف ميناء الحديدة خلال السنوات الثلاث الماضية.",
        # again and again: no one event
        "واستهدفت طائرات التحالف ميناء الحديدة مرارا.",
        # a situation going on for weeks
        "وتشهد البصرة احتجاجات واسعة منذ أسابيع.",
    ],
)
def test_a_span_of_weeks_or_a_repeated_act_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_an_act_on_its_day_is_still_an_event() -> None:
    assert _events("واستهدفت طائرات التحالف ميناء الحديدة اليوم.") != []


def test_ended_with_a_capture_tells_the_capture() -> None:
    text = "قادت الفصائل عملية عسكرية ناجحة، انتهت بالسيطرة على موقع لقوات النظام في سراقب."
    subs = {s for s, _ in _events(text)}
    assert "Non-state actor overtakes territory" in subs


def test_a_truce_that_ended_is_still_no_event() -> None:
    # the negation reading of "انتهت" stands when no "بـ + act" follows it
    assert _events("وقال الوزير إن الهدنة انتهت وإن المعارك توقفت في سراقب.") == []


def _mention(a1: str | None, i1: int | None, a2: str | None, i2: int | None) -> Mention:
    hit = CueHit(0, 4, "معارك", frozenset())
    m = Mention(
        trigger=hit,
        event_type="Battles",
        sub_event_type="Armed clash",
        weight=0.9,
        sent=Span(0, 10, "SENT"),
    )
    m.actor1_name, m.inter1, m.actor2_name, m.inter2 = a1, i1, a2, i2
    return m


def test_civilians_are_no_side_of_a_battle() -> None:
    only_civilians = _mention(None, None, "Civilians (Syria)", 7)
    civilians_first = _mention("Civilians (Yemen)", 7, "Ansar Allah", 2)
    armed = _mention("Islamic State (Syria)", 2, "Military Forces of Syria (2000-2024)", 1)
    civilians_no_side([only_civilians, civilians_first, armed])
    assert (only_civilians.actor1_name, only_civilians.actor2_name) == (None, None)
    assert (civilians_first.actor1_name, civilians_first.actor2_name) == ("Ansar Allah", None)
    assert armed.actor2_name == "Military Forces of Syria (2000-2024)"


@pytest.mark.parametrize(
    "text",
    [
        "وشن الحوثيون قصفا على تعز. ويأتي القصف الحوثي بعد وقت قصير من نجاح قوات الفصائل الموالية "
        "للرئيس اليمني عبد ربه منصور هادي، في تحرير سراقب.",
        "في خطوة تأتي بعدما استعاد الجيش السوري مناطق واسعة، زار وفد دمشق.",
    ],
)
def test_what_a_comes_after_frame_sets_the_news_against_is_no_event(text: str) -> None:
    assert "Non-state actor overtakes territory" not in {s for s, _ in _events(text)}
    assert "Government regains territory" not in {s for s, _ in _events(text)}


def test_the_comes_after_context_with_a_day_of_its_own_is_kept() -> None:
    text = "وشن الحوثيون قصفا على تعز. ويأتي القصف بعد أن سيطرت الفصائل على سراقب اليوم."
    subs = {s for s, _ in _events(text, dates={"اليوم": (PUBLISHED, PUBLISHED, 1, None)})}
    assert subs & {"Non-state actor overtakes territory", "Armed clash"}


def test_an_act_named_as_a_pretext_is_no_event() -> None:
    text = "واتهم الوزير روسيا باستخدام ذلك كذريعة لشن ضربات جوية على إدلب."
    assert _events(text) == []


def _statuses(text: str) -> dict[str, str]:
    return {s.value.key: s.value.status for s in run(text).layers["triggers"]}


def test_deaths_told_with_a_storm_s_winds_are_an_accident() -> None:
    text = "قتل 4 أشخاص في مأرب، فيما بلغت سرعة الرياح 170 كلم في الساعة."
    assert _statuses(text)["قتل"] == "accident"


def test_an_estimate_of_deaths_over_operations_is_a_statement() -> None:
    text = (
        "وكشفت وزارة الدفاع الأمريكية تقديرات عن عدد المدنيين الذين قتلوا جراء العمليات "
        "العسكرية الأمريكية في الموصل."
    )
    assert _events(text) == []
    assert _statuses(text)["العمليات العسكريه"] == "statement"


def test_the_aircraft_and_its_strikes_in_one_clause_are_one_act() -> None:
    text = (
        "وفي محافظة مأرب، قتل ثمانية من الحوثيين في مواجهات مع قوات النظام، "
        "وشن طيران التحالف سبع غارات على مواقع الحوثيين في المخدرة."
    )
    strikes = [e for e in run(text).events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1


def test_what_a_step_is_taken_to_complete_is_an_aim() -> None:
    text = "أطلق الجيش السوري عملية عسكرية لاستكمال تحرير سراقب."
    assert _statuses(text)["تحرير"] == "irrealis"
    assert "Government regains territory" not in {s for s, _ in _events(text)}


def test_mines_pulled_out_are_disrupted_weapons_use_not_an_explosion() -> None:
    text = "ونزعت الفرق الهندسية التابعة للجيش السوري عشرات الألغام الأرضية والعبوات في سراقب."
    subs = {s for s, _ in _events(text)}
    assert "Remote explosive/landmine/IED" not in subs


def test_holding_control_is_a_state() -> None:
    text = "ويقول مسؤولون إن آلاف المقاتلين من داعش يحكمون سيطرتهم على إدلب."
    assert _statuses(text)["سيطرتهم"] == "stative"
    assert _events(text) == []


def test_news_reports_are_no_periodic_report_whose_findings_are_undated() -> None:
    from rasad.pipeline import extract

    text = (
        "ولم ترد تقارير بوقوع حوادث في مظاهرات أصغر حجما نظمها الأكراد في مدينتي كولونيا "
        "وفوبرتال."
    )
    events = extract(text, published="2018-03-18")["events"]
    assert {e["sub_event_type"] for e in events} == {"Peaceful protest"}
