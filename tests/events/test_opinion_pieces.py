"""A column or an essay in the writer's own voice (first person, questions) tells no events:
the acts it names are its argument. A report quoting people who speak in the first person is
still a report."""

from __future__ import annotations

import rasad
from rasad.events import opinion


def _subs(text: str, published: str = "2015-07-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


_COLUMN = (
    "لا أعرف لماذا نصر على تجاهل ما يجري حولنا. أعتقد أننا ندفع اليوم ثمن سنوات من الصمت.\n"
    "هل كان علينا أن ننتظر كل هذا الوقت لنفهم؟ كنت أقول دائما إن الخطر قريب منا.\n"
    "ونحن نعرف أن من اختطف الشاب في بغداد هو عصابة تتاجر بالأعضاء.\n"
)

_REPORT = (
    "بغداد (رويترز) - قالت الشرطة العراقية إن انتحاريا فجر نفسه اليوم الثلاثاء في سوق"
    " شعبي ببغداد مما أسفر عن مقتل 12 شخصا.\n"
    'وقال أحد السكان "نحن لا نعرف متى ينتهي هذا، كنا في السوق حين وقع الانفجار ولدينا'
    ' جرحى كثيرون، فماذا نفعل؟".\n'
    "وأضاف ضابط في الشرطة: نحن نحقق في الهجوم ولدينا معلومات عن المنفذين.\n"
)


def test_a_column_in_the_first_person_tells_no_events() -> None:
    assert _subs(_COLUMN) == []


def test_a_report_quoting_people_in_the_first_person_keeps_its_event() -> None:
    assert _subs(_REPORT) == ["Suicide bomb"]


def test_quoted_and_colon_speech_is_not_the_writers_voice() -> None:
    assert opinion.first_person_words("وكنت اقول ان وطننا وفوطننا") == 3
    own = opinion._QUOTED_RE.sub(" ", 'وقال "نحن هنا" ثم قال: نحن هناك')
    assert opinion.first_person_words(own) == 0
