"""Facts of a whole sentence or clause that trigger_status reads (a byline, a question, a span
long ago) are kept per document: asked again for another trigger or lexicon entry, they give
what reading the sentence afresh gives."""

from __future__ import annotations

from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon
from rasad.events.reference import long_ago
from rasad.events.status import trigger_status

from .helpers import make_doc

_TEXT = (
    "هل قصفت الطائرات المدينة وقتلت المدنيين؟ "
    "وقال المرصد إن المسلحين سيطروا على القرية قبل نحو عام بعد اشتباكات عنيفة. "
    "وقصفت الطائرات الحربية اليوم مواقع المسلحين واعتقلت القوات خمسة منهم."
)


def _statuses(ctx, *, afresh: bool) -> list[tuple[int, str, str]]:
    out = []
    for hit in ctx.triggers:
        for tid in sorted(hit.sets):
            if afresh:
                ctx.memo.clear()
            status = trigger_status(
                ctx,
                hit,
                ctx.lex.triggers[tid],
                ctx.sentence(hit.start),
                ctx.clause_bounds(hit.start),
                set(),
            )
            out.append((hit.start, tid, status))
    return out


def test_sentence_facts_kept_per_document_give_the_status_read_afresh():
    lex = default_lexicon()
    ctx = build_context(make_doc(_TEXT), lex)
    kept = _statuses(ctx, afresh=False)
    # one entry per sentence with a trigger, however many triggers it holds
    told = {ctx.sentence_index(h.start) for h in ctx.triggers}
    assert len(ctx.memo["sentence_status"]) == len(told) == 3
    assert kept == _statuses(build_context(make_doc(_TEXT), lex), afresh=True)
    first = ctx.sentences[0]
    in_question = {status for start, _, status in kept if start < first.end}
    assert in_question == {"question"}
    assert len([k for k in kept if k[0] < first.end]) >= 2  # "قصفت" and "قتلت"


def test_a_clause_long_ago_is_read_once_for_its_triggers():
    ctx = build_context(make_doc(_TEXT), default_lexicon())
    second = ctx.sentences[1]
    hits = [h for h in ctx.triggers if second.start <= h.start < second.end]
    told = [long_ago(ctx, h) for h in hits]
    ctx.memo.clear()
    assert told == [long_ago(ctx, h) for h in hits]
    assert told[0] is True  # "سيطروا على القرية قبل نحو عام": an act a year back
    assert "clause_long_ago" in ctx.memo
