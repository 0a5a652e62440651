"""Generic actors ("قوات الأمن", "مسلحون", "المدنيين") are of the country the event happened
in, not of the country the article mentions most (ACLED names them by the event's country)."""

from __future__ import annotations

import rasad

TEXT = (
    "عقد البرلمان التركي جلسة طارئة في أنقرة اليوم لبحث الحرب على الإرهاب. "
    "وشن الطيران الحربي غارات على قواعد المتمردين الأكراد في شمال العراق وفي العراق. "
    "وذكرت وكالة الأناضول أن عمليات خطف شرطيين وصدامات بين قوات الأمن ومتظاهرين سجلت "
    "في عدة بلدات جنوب شرق البلاد."
)


def test_generic_police_take_the_event_country() -> None:
    events = rasad.extract(TEXT, published="2015-07-31")["events"]
    turkish = [e for e in events if e["country"] == "Turkey"]
    assert turkish, "no event in Turkey read"
    actors = {a for e in turkish for a in (e["actor1"], e["actor2"]) if a}
    assert "Police Forces of Turkey" in actors, actors
    assert not any("Iraq" in a for a in actors), actors
