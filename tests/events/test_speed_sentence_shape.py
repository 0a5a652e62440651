"""A sentence's shape (a byline, a question) is read once for all the triggers in it, and each
trigger still gets the status the sentence gives it."""

from __future__ import annotations

from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon
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
