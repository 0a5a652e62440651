"""Speed rewrites that must read as before: the words before a place taken off the token lists
(no Span made, so the token layer's values are never built for them), the weekday pattern
compiled once, and the scanner's rejected hits; and the per-set cue lists those rules read."""

from __future__ import annotations

from rasad.events import origin_aside, periods
from rasad.events.context import build_context
from rasad.events.lexicon import CueScanner, default_lexicon
from rasad.ingest import read_article
from rasad.pipeline import Pipeline

from .helpers import make_doc

_TEXT = (
    "اعتقلت قوات الأمن 12 شخصا من مخيم جنين فجر اليوم، وقال مصدر إن «الجيش» قصف بلدة قرب "
    "حلب. وأفاد ناشطون بأن مسلحين من ولاية كولورادو هاجموا حاجزا للشرطة."
)


def _prepared(text: str):
    """The document as the default pipeline hands it to the events stage (a TokenLayer)."""
    p = Pipeline.default()
    doc = read_article(text)
    for stage in p.stages:
        if stage.name == "events":
            break
        doc = stage(doc)
    return doc


def _words_back_by_spans(ctx, pos: int, n: int) -> list[tuple[str, int]]:
    """The former reading: one Span per token read."""
    out: list[tuple[str, int]] = []
    i = sum(1 for s in ctx.token_starts if s < pos)
    while i > 0 and len(out) < n:
        i -= 1
        t = ctx.tokens[i]
        form = ctx.token_norms[i] or ctx.norm_of(t.start, t.end)
        if form and form[0].isalnum():
            out.append((form, t.start))
    out.reverse()
    return out


def test_words_back_reads_the_token_lists_without_making_values():
    doc = _prepared(_TEXT)
    ctx = build_context(doc, default_lexicon())
    tokens = doc.layer("tokens")
    assert getattr(tokens, "_values", "absent") is None  # a TokenLayer, values not yet made
    places = (_TEXT.index("مخيم"), _TEXT.index("«") + 1, _TEXT.index("ولاية"), len(_TEXT))
    got = [origin_aside._words_back(ctx, pos, 7) for pos in (0, 5, *places)]
    assert tokens._values is None  # no Span, so no value, was made for them
    assert got == [_words_back_by_spans(ctx, pos, 7) for pos in (0, 5, *places)]
    assert origin_aside._words_back(ctx, _TEXT.index("مخيم"), 7)[-1][0] == "من"


def test_words_back_on_a_plain_token_tuple():
    doc = make_doc(_TEXT)
    ctx = build_context(doc, default_lexicon())
    pos = _TEXT.index("ولاية")
    assert origin_aside._words_back(ctx, pos, 3) == _words_back_by_spans(ctx, pos, 3)


def test_cue_sets_are_the_cues_of_each_set_in_text_order():
    ctx = build_context(make_doc(_TEXT), default_lexicon())
    assert ctx.cues
    names = {n for h in ctx.cues for n in h.sets}
    for name in names:
        starts, hits = ctx._cue_set(name)
        expected = [h for h in ctx.cues if name in h.sets]
        assert hits == expected
        assert starts == [h.start for h in expected]
    assert ctx._cue_set("no such set") == ([], [])


def test_era_skips_a_sentence_naming_a_weekday():
    # (the normalised text _era reads: ة → ه)
    assert periods._era("قتل 300 شخص خلال حكم النظام السابق") is not None
    assert periods._era("وقتل يوم الجمعه 300 شخص خلال حكم النظام السابق") is None
    assert periods._era("والسبت قتل 300 شخص خلال حكم النظام السابق") is None
    # a weekday inside another word is no day ("مجمعه": its compound)
    assert periods._era("قتل 300 شخص في مجمعه خلال حكم النظام السابق") is not None


def test_scanner_rejects_short_keys_inside_words_and_keeps_whole_ones():
    scanner = CueScanner([("لا", "negation"), ("لم", "negation"), ("ب", "lead")])
    text = "الاحتلال لم يعلم بلا شك ب الامر ولا علم"
    hits = scanner.scan(text, lambda a, b: (a, b))
    found = [(text[h.start : h.end], h.start) for h in hits]
    # "لا" inside "الاحتلال" and "بلا" (ب + لا: a proclitic) — the latter counts, "ولا" too
    assert found == [
        ("لم", text.index("لم ")),
        ("لا", text.index("بلا") + 1),
        ("ب", text.index(" ب ") + 1),
        ("لا", text.index("ولا") + 1),
    ]
    # a slice is read as a whole text: a word cut at its end counts as whole
    text2 = "عاد لاجئون"
    assert scanner.scan(text2, lambda a, b: (a, b)) == []
    cut = text2.index("لاجئون") + 2
    assert [(h.key, h.start) for h in scanner.scan(text2, lambda a, b: (a, b), 0, cut)] == [
        ("لا", text2.index("لاجئون")),
    ]
