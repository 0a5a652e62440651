"""Readings of a whole article kept per document give what reading it afresh gives."""

from __future__ import annotations

from rasad.events import senses
from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_MATCH_REPORT = (
    "فاز المنتخب على الفريق الضيف في المباراة بهدفين. وسجل اللاعب هدفا في الملعب أمام "
    "الجمهور. وقال المدرب إن الدوري صعب. وقصف المهاجم مرمى الخصم بكرة قوية في المباراة."
)
_NEWS = "وقصفت المدفعية مواقع المسلحين قرب الملعب البلدي في المدينة."


def _readings(text: str) -> list[bool]:
    lex = default_lexicon()
    ctx = build_context(make_doc(text), lex)
    out = []
    for _ in range(2):  # the second round reads the memo
        for h in ctx.triggers:
            for tid in sorted(h.sets):
                out.append(senses.sports_metaphor(ctx, lex.triggers[tid], ctx.sentence(h.start)))
    return out


def test_a_match_report_is_recognised_once_and_its_shelling_stays_a_metaphor():
    assert _readings(_MATCH_REPORT) == [True, True]
    lex = default_lexicon()
    ctx = build_context(make_doc(_MATCH_REPORT), lex)
    h = ctx.triggers[0]
    senses.sports_metaphor(ctx, lex.triggers[sorted(h.sets)[0]], ctx.sentence(h.start))
    assert ctx.memo["sports_report"] is True


def test_one_stadium_in_a_news_story_makes_no_sports_report():
    assert _readings(_NEWS) and not any(_readings(_NEWS))


def test_an_act_months_ago_is_read_once_per_clause():
    from rasad.events import reference

    cases = {
        "وسيطر المسلحون على المنطقة قبل نحو عام، وقصفت الطائرات مواقعهم اليوم.": [True, False],
        "وقصفت الطائرات مواقع المسلحين قبل ثلاثة أشهر في الصيف الماضي.": [True],
        # "today" in the clause: the news of the day, whatever was taken a year ago
        "وقصفت الطائرات اليوم مواقع سيطر عليها المسلحون قبل عام.": [False, False],
    }
    for text, want in cases.items():
        ctx = build_context(make_doc(text), default_lexicon())
        for _ in range(2):  # the second round reads the clause's verdict kept
            assert [reference.long_ago(ctx, h) for h in ctx.triggers] == want, text
        assert len(ctx.memo["long_ago_clauses"]) == len({ctx.clause_bounds(h.start) for h in
                                                         ctx.triggers})
