"""The dead of a range are read once per document: asked again for the same range (a sentence's
totals, then each of its events), the rules give their first answer, the one a fresh reading
gives; another range gets its own."""

from __future__ import annotations

from rasad.events.context import build_context
from rasad.events.fatalities import _death_words, death_numbers
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_TEXT = (
    "قتل 12 مدنيا في غارة جوية على بلدة في ريف إدلب صباح اليوم. "
    "وأصيب 4 عناصر من الشرطة في انفجار عبوة ناسفة قرب حاجز أمني."
)


def _ranges(ctx):
    return [(s.start, s.end) for s in ctx.sentences]


def test_the_dead_of_a_range_are_the_same_when_asked_again():
    ctx = build_context(make_doc(_TEXT), default_lexicon())
    (a, b), _second = _ranges(ctx)
    first = death_numbers(ctx, a, b)
    assert [(n, h.key) for _s, n, h in first] == [(12, "قتل")]
    again = death_numbers(ctx, a, b)
    assert again is first  # kept, not read again
    assert again == death_numbers.__wrapped__(ctx, a, b)  # what a fresh reading gives
    words = _death_words(ctx, a, b)
    assert _death_words(ctx, a, b) is words
    assert [h.key for h in words] == [h.key for h in _death_words.__wrapped__(ctx, a, b)]


def test_another_range_gets_its_own_answer():
    ctx = build_context(make_doc(_TEXT), default_lexicon())
    (a, b), (c, d) = _ranges(ctx)
    assert death_numbers(ctx, a, b)
    # the wounded of the second sentence are no dead: the first sentence's answer is not given
    assert death_numbers(ctx, c, d) == []
    assert _death_words(ctx, c, d) == []
    assert death_numbers(ctx, a, d) == death_numbers.__wrapped__(ctx, a, d)


_SAID = "وقال المتحدث باسم الجيش في مؤتمر صحفي إن الطائرات قصفت مواقع المسلحين في الرقة."


def test_the_speech_frames_of_a_sentence_are_read_once():
    from rasad.events.frames import _frames_between, speech_frames

    ctx = build_context(make_doc(_SAID), default_lexicon())
    sent = ctx.sentences[0]
    before = _SAID.index("الطائرات")
    first = speech_frames(ctx, sent, before)
    assert first == [(_SAID.index("المتحدث") - 1, _SAID.index("إن"))]
    assert speech_frames(ctx, sent, before) is first
    assert first == _frames_between.__wrapped__(ctx, sent.start, before)
    # a point before the complementizer ends no frame: its own answer, not the first one
    assert speech_frames(ctx, sent, _SAID.index("مؤتمر")) == []
