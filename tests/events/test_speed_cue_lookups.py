"""The cue look-ups read as the plain definitions read them: the nearest cue before a position
within a number of words, the cues and the spans of a range; the tokens' forms are kept as a
plain attribute of the context, within the attributes CPython reads fast."""

from __future__ import annotations

from rasad.events.context import _MAX_CUE_WORDS, DocContext, build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_TEXTS = (
    "قصفت قوات النظام بلدة في ريف إدلب، وقتل ثلاثة مدنيين بينهم طفل، فيما اشتبكت الفصائل "
    "مع داعش قرب الرقة صباح اليوم. وقال مصدر في الشرطة إن الجيش لم يعتقل خمسة مسلحين.",
    # quotes and brackets: tokens that are no words
    'ونفى "الجيش" أنه قصف (البلدة) أمس، وقال «مصدر» إن الغارات لن تتوقف ولم تسفر عن قتلى.',
)


def _cue_before_plain(ctx, pos, cue_set, window, floor):
    """cue_before as it read before the token counts were written out."""
    found = [h for h in ctx.cues_in(floor, pos, cue_set)] + [
        h for h in ctx.cues if cue_set in h.sets and h.start < pos and h.start >= floor
    ]
    cues = sorted({(h.start, h.end, h.key): h for h in found}.values(), key=lambda h: h.start)
    for h in reversed(cues):
        if h.end > pos:
            continue
        if ctx.tokens_between(h.end, pos) <= window:
            return h
        if ctx.tokens_between(h.start, pos) > window + _MAX_CUE_WORDS:
            break
    return None


def test_the_nearest_cue_before_is_the_plain_reading():
    sets = ("negation", "irrealis", "denial", "background", "clause_starters", "air")
    for text in _TEXTS:
        ctx = build_context(make_doc(text), default_lexicon())
        assert ctx.cues
        seen = 0
        for pos in range(0, len(text) + 1, 2):
            for cue_set in sets:
                for window in (0, 3, 8):
                    for floor in (0, len(text) // 2):
                        got = ctx.cue_before(pos, cue_set, window, floor)
                        assert got == _cue_before_plain(ctx, pos, cue_set, window, floor)
                        seen += got is not None
        assert seen  # some found, some not


def test_cues_and_spans_of_a_range_are_the_plain_reading():
    for text in _TEXTS:
        ctx = build_context(make_doc(text), default_lexicon())
        for a in range(0, len(text), 9):
            for b in range(a, len(text) + 1, 13):
                plain = [h for h in ctx.cues if a <= h.start and h.end <= b]
                assert ctx.cues_in(a, b) == plain
                for cue_set in ("negation", "air", "clause_starters"):
                    in_set = [h for h in plain if cue_set in h.sets]
                    assert ctx.cues_in(a, b, cue_set) == in_set
                    assert ctx.has_cue(a, b, cue_set) == bool(in_set)
                spans = [s for s in ctx.places if a <= s.start and s.end <= b]
                assert ctx.spans_in(ctx.places, a, b) == spans


def test_the_token_forms_are_read_once_and_add_no_attribute():
    ctx = build_context(make_doc(_TEXTS[0]), default_lexicon())
    fields = set(DocContext.__dataclass_fields__)
    norms = ctx.token_norms
    assert norms is ctx.token_norms and ctx._token_norms is norms
    assert len(norms) == len(ctx.token_starts) and "بلده" in norms
    assert ctx.words_before(len(_TEXTS[0]), 2) == norms[-2:]  # read from the kept list
    # nothing added after construction: the instance keeps CPython's fast attribute layout
    assert set(vars(ctx)) == fields
