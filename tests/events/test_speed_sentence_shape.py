"""A sentence's shape (a byline, a question) is read once for all the triggers in it, and each
trigger still gets the status the sentence gives it."""

from __future__ import annotations

import regex

from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon
from rasad.events.sentence_shape import _link_title
from rasad.events.status import trigger_status

from .helpers import make_doc

_TEXT = (
    "هل قصفت الطائرات البلدة واعتقلت القوات عشرة مسلحين بعد الاشتباكات؟\n"
    "وقتل جندي في اشتباك مع مسلحين قرب الحدود صباح اليوم."
)


def _statuses() -> tuple[object, list[tuple[int, str]]]:
    ctx = build_context(make_doc(_TEXT), default_lexicon())
    out = []
    for hit in ctx.triggers:
        sent = ctx.sentence(hit.start)
        clause = ctx.clause_bounds(hit.start)
        for tid in sorted(hit.sets):
            status = trigger_status(ctx, hit, ctx.lex.triggers[tid], sent, clause, set())
            out.append((hit.start, status))
    return ctx, out


def test_every_trigger_of_a_question_is_read_as_asked_and_the_next_sentence_is_not():
    ctx, statuses = _statuses()
    end_of_question = _TEXT.index("؟")
    asked = [s for start, s in statuses if start < end_of_question]
    told = [s for start, s in statuses if start > end_of_question]
    assert len(asked) >= 3  # قصفت, اعتقلت, الاشتباكات
    assert set(asked) == {"question"}
    assert told and "question" not in told
    # one reading per sentence, however many triggers and entries asked
    assert len(ctx.memo["sentence_shapes"]) == 2


# the pattern the link-title test searched each line with, kept here to compare against
_OLD_LINK_MARKS = regex.compile(r"(?:بالصور|بالفيديو|\(صور\)|\(فيديو\)|\(شاهد\))\s*$")


def test_a_link_title_is_a_short_line_ending_with_its_mark_as_the_pattern_read_it():
    lines = [
        "المظاهرات في تونس بالصور",
        "اشتباكات عنيفة في الحديدة (فيديو) \u00a0",
        "قصف الطائرات على إدلب\t(شاهد)\u2028",
        "بالصور قصفت الطائرات البلدة",  # the mark opens the line: no title
        "قصفت الطائرات البلدة بالصور" + " وقتل ثلاثة" * 8,
        "قصفت الطائرات البلدة " * 8 + "بالفيديو",  # a long line: no title
        "(صور)",
        "قتل جندي (صور) .",
    ]
    text = "\n".join(lines)
    ctx = build_context(make_doc(text), default_lexicon())
    titles = 0
    for sent in ctx.sentences:
        line_start = text.rfind("\n", 0, sent.start) + 1
        line_end = text.find("\n", sent.end)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        plain = bool(_OLD_LINK_MARKS.search(line)) and len(line.split()) <= 15
        assert _link_title(ctx, sent) == plain, line
        titles += plain
    assert titles >= 3
