"""A region named by no administration ("جبهة الساحل الغربي") and a town in it, told at one
precision in two accounts of one strike, are one event placed at the town, the more specific
scene (merge.combine, merge._region). Full pipeline, texts written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2018-04-02"


def _strikes(text: str) -> list[dict]:
    out = rasad.extract(text, published=PUBLISHED)["events"]
    return [e for e in out if e["sub_event_type"] == "Air/drone strike"]


def test_the_town_told_in_the_result_places_the_strikes_on_the_front() -> None:
    text = (
        "نفذت طائرات التحالف يوم الأحد سلسلة غارات جوية على مواقع لميليشيات الحوثي في جبهة "
        "الساحل الغربي.\n"
        "وأسفرت الغارات عن تدمير عربات عسكرية في منطقة الجاح بمديرية بيت الفقيه."
    )
    strikes = _strikes(text)
    assert [s["location"] for s in strikes] == ["الجاح"], strikes


def test_the_town_told_first_keeps_the_event_there() -> None:
    text = (
        "دمرت غارات جوية للتحالف يوم الأحد مخزنا للذخيرة تابعا للحوثيين في منطقة الجاح "
        "بمديرية بيت الفقيه.\n"
        "وتأتي الغارات ضمن عمليات جوية مكثفة في جبهة الساحل الغربي."
    )
    strikes = _strikes(text)
    assert [s["location"] for s in strikes] == ["الجاح"], strikes
