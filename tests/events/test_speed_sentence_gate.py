"""long_ago, sums_up_period and period_before first ask whether the trigger's sentence holds
a word every match of their patterns needs (events/sentence_gate.py): the readings are those
of the helpers run in full, the sentences below reach each gated reading, and a sentence with
none of the words is not read clause by clause."""

from __future__ import annotations

from rasad.events import reference, sentence_gate, statements
from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc, status_readings

_TEXTS = (
    # long_ago: months or years back in the clause
    "وسيطر المسلحون على القرية قبل نحو عامين ثم انسحبوا منها. "
    "وقصفت المدفعية البلدة في الشتاء الماضي.",
    # sums_up_period: a span after the act; period_before: a span before it, or opening it
    "وقتل مئات المدنيين منذ بدء العملية العسكرية في المنطقة. "
    "وخلال الأشهر الماضية قتل عشرات المدنيين في غارات على الأسواق. "
    "وفي الآونة الأخيرة، اعتقلت الشرطة عشرات الناشطين في العاصمة.",
    # none of the words: each gate answers no
    "قصفت الطائرات مواقع للمسلحين في ريف إدلب أمس وقتلت خمسة منهم.",
    # a word of a span, and a day of the act's own
    "واعتقلت الشرطة أمس رجلا قبل أن يفجر حزاما ناسفا، وهي الأولى منذ سنوات.",
)


def _always(*_args: object) -> bool:
    return True


def test_gated_helpers_read_as_in_full(monkeypatch) -> None:
    lex = default_lexicon()
    seen: set[str] = set()
    for text in _TEXTS:
        fast = status_readings(build_context(make_doc(text), lex))
        with monkeypatch.context() as m:
            m.setattr(reference, "sentence_holds", _always)
            m.setattr(statements, "sentence_holds", _always)
            full = status_readings(build_context(make_doc(text), lex))
        assert fast == full
        seen |= set(full)
    assert {"history", "ongoing", ""} <= seen


def test_a_sentence_without_a_span_word_is_not_read_clause_by_clause() -> None:
    ctx = build_context(
        make_doc("قصفت الطائرات مواقع للمسلحين في ريف إدلب أمس وقتلت خمسة منهم."),
        default_lexicon(),
    )
    assert ctx.triggers
    assert set(status_readings(ctx)) == {""}
    # long_ago's per-clause reading was never asked for
    assert "long_ago_clauses" not in ctx.memo
    assert ctx.memo["sentence_holds"]


def test_needle_pieces_keep_a_run_without_spaces() -> None:
    assert sentence_gate.needle_pieces("علي مدار", "منذ", "منذ") == ("مدار", "منذ")
