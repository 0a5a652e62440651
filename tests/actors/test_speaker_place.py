"""The town a speaker is told in ("وقال المتحدث باسم البنتاغون في واشنطن إن …") says where
the news was told, not the country of the acts reported: it does not make the sentence's
group American. Residents told with their town stay evidence of it."""

from __future__ import annotations

import rasad
from rasad.actors.speaker_place import speakers_places
from rasad.document import Span


def _group(text: str) -> list[str]:
    doc = rasad.extract(text, published="2015-03-10")
    return [a["canonical"] for a in doc["actors"] if a["canonical"].startswith("Islamic State")]


def test_a_spokesman_in_washington_does_not_make_the_group_american() -> None:
    text = (
        "قال المرصد السوري إن معارك عنيفة دارت في ريف حلب أمس.\n\n"
        "وقال المتحدث باسم البنتاغون في واشنطن إن طائرات التحالف قصفت مواقع لداعش."
    )
    assert _group(text) == ["Islamic State (Syria)"]
    events = rasad.extract(text, published="2015-03-10")["events"]
    assert [e["actor2"] for e in events if e["sub_event_type"] == "Air/drone strike"] == [
        "Islamic State (Syria)"
    ]


def _starts(text: str, *names: str) -> list[Span]:
    return [Span(text.index(n), text.index(n) + len(n), "PLACE", None) for n in names]


def test_where_a_speaker_is_told_before_the_report() -> None:
    text = "وقال مسؤول في وزارة الدفاع بأنقرة، إن الطائرات قصفت مواقع في العراق."
    spans = _starts(text, "أنقرة", "العراق")
    assert speakers_places(text, spans) == frozenset({spans[0].start})
    text = "أعلنت السفارة في مدينة بيشاور أن الهجوم وقع صباحا."
    spans = _starts(text, "بيشاور")
    assert speakers_places(text, spans) == frozenset({spans[0].start})


def test_residents_and_acts_keep_their_town() -> None:
    # residents were there; a town after "إن" or with no report after it is the acts'
    text = "وقال سكان في الرمادي إن مسلحين هاجموا نقطة تفتيش. وقتل جنديان في بغداد أمس."
    assert speakers_places(text, _starts(text, "الرمادي", "بغداد")) == frozenset()
    text = "قال الجيش إن مسلحين هاجموا نقطة في الموصل إن صحت الأنباء."
    assert speakers_places(text, _starts(text, "الموصل")) == frozenset()
