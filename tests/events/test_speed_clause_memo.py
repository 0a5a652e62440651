"""The clause of a position and the word count of a text with no quote give what the plain
reading gives; the document context stays within the attributes CPython reads fast."""

from __future__ import annotations

from bisect import bisect_right

from rasad.events.context import DocContext, build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_PLAIN = (
    "قصفت قوات النظام بلدة في ريف إدلب، وقتل ثلاثة مدنيين بينهم طفل، فيما اشتبكت الفصائل "
    "مع داعش قرب الرقة صباح اليوم. وقال مصدر في الشرطة إن الجيش اعتقل خمسة مسلحين."
)


def _clause_plain(ctx, pos):
    """The clause around ``pos`` read from the sentence's cuts, as it was before the memo."""
    si = ctx.sentence_index(pos)
    ctx.clause_bounds(ctx.sentences[si].start)  # the cuts of the sentence, made once
    cuts = ctx._clauses[si]
    i = min(max(bisect_right(cuts, pos) - 1, 0), len(cuts) - 2)
    return cuts[i], cuts[i + 1]


def test_clause_of_a_position_is_the_same_when_asked_again():
    ctx = build_context(make_doc(_PLAIN), default_lexicon())
    assert len({ctx.clause_bounds(p) for p in range(len(_PLAIN))}) > 3  # several clauses
    for pos in range(len(_PLAIN)):
        first = ctx.clause_bounds(pos)
        assert first == _clause_plain(ctx, pos)
        assert ctx.clause_bounds(pos) == first


def test_words_counted_in_a_text_without_quotes():
    ctx = build_context(make_doc(_PLAIN), default_lexicon())
    assert not ctx.skipped_tokens
    start = _PLAIN.index("وقتل")
    end = _PLAIN.index("طفل") + len("طفل")
    assert ctx.tokens_between(start, end) == 5  # وقتل ثلاثة مدنيين بينهم طفل
    assert ctx.tokens_between(end, start) == 0
    starts = ctx.token_starts
    for a in starts[::3]:
        for b in starts[::4]:
            expected = sum(1 for s in starts if a <= s < b)
            assert ctx.tokens_between(a, b) == expected


def test_the_context_keeps_within_the_fast_attribute_layout():
    # CPython 3.11 reads the attributes of an instance with 30 or more of them more slowly:
    # every rule of the stage reads ctx.<field> (see the note above DocContext)
    assert len(DocContext.__dataclass_fields__) <= 29


def test_the_clause_of_a_position_is_worked_out_once():
    ctx = build_context(make_doc(_PLAIN), default_lexicon())
    pos = _PLAIN.index("وقتل")
    first = ctx.clause_bounds(pos)
    assert ctx.memo["clause_at"] == {pos: first}  # kept for the position asked
    ctx._clauses.clear()  # the sentence's cuts are not read again for it
    assert ctx.clause_bounds(pos) is first
