"""A piece that names three or more different years each ten years or more before its
publication tells history: an act it names with no day of its own is that past, not news. An
act told with its own day stays an event, and a report naming fewer old years is untouched."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-07-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


_LIFE = (
    "ولد المطران في حلب عام 1921 ودرس في بيروت. وانتقل إلى القدس في 1948 بعد الحرب، ثم عاد"
    " إلى سوريا عام 1963.\n"
)
_UNDATED_ACT = "وأصيب المطران بجروح خلال محاولة اغتياله على يد مسلح مجهول في حلب.\n"
_DATED_ACT = "وأصيب المطران أمس بجروح خلال محاولة اغتياله على يد مسلح مجهول في حلب.\n"


def test_an_undated_act_in_a_history_piece_is_history() -> None:
    assert _subs(_LIFE + _UNDATED_ACT) == []


def test_an_act_with_its_own_day_in_a_history_piece_stays_an_event() -> None:
    assert _subs(_LIFE + _DATED_ACT) == ["Attack"]


def test_two_old_years_do_not_make_a_history_piece() -> None:
    two_years = "ولد المطران في حلب عام 1921 ودرس في بيروت. وانتقل إلى القدس في 1948 بعد الحرب.\n"
    assert _subs(two_years + _UNDATED_ACT) == ["Attack"]


def test_recent_years_do_not_make_a_history_piece() -> None:
    # three years, all within ten years of the publication: a report with its recent past
    recent = "وكان المطران قد انتقل إلى حلب عام 2011، ثم غادرها في 2013 وعاد إليها منذ 2014.\n"
    assert _subs(recent + _UNDATED_ACT) == ["Attack"]
