"""Event rows from an audit of fresh articles, through the whole pipeline: habits told as
background are no events."""

from __future__ import annotations

import pytest

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-07-26")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "ودأبت ميليشيات الحوثي على استهداف المدنيين في محافظة الحديدة والمناطق السكنية.",
        "واعتادت الميليشيات قصف الأحياء السكنية في مدينة تعز.",
    ],
)
def test_a_habit_is_no_event(text: str) -> None:
    assert _subs(text) == []


def test_the_same_act_told_today_is_an_event() -> None:
    assert _subs("استهدفت ميليشيات الحوثي اليوم المدنيين بقذائف في مدينة الحديدة.") != []


def _statuses(text: str) -> dict[str, str]:
    from rasad.pipeline import extract

    layers = extract(text, published="2013-02-03", include_layers=True)["layers"]
    return {t["text"]: t["value"]["status"] for t in layers["triggers"]}


def test_an_incident_word_beside_a_told_attack_is_no_accident() -> None:
    text = "قتل مدني في هجوم مسلح نفذه مجهولون غرب بعقوبة، واعتقلت الشرطة شخصين لضلوعهما بالحادث."
    assert _statuses(text)["قتل"] != "accident"
    assert _statuses("لقي ثلاثة أشخاص مصرعهم في حادث سير على طريق كركوك.")["مصرعهم"] == "accident"
