"""The longest non-overlapping hits, found by bisection, are those a pass over every chosen hit
finds."""

from __future__ import annotations

import random
from itertools import pairwise

from rasad.arabic.normalize import normalize
from rasad.events.context import build_context
from rasad.events.lexicon import CueHit, default_lexicon, longest_first

from .helpers import make_doc

_BACKED = (
    "هاجمت قوات سوريا الديمقراطية المدعومة من التحالف الدولي مواقع داعش في دير الزور. "
    "وقال مصدر في الجيش إن قوات النظام بدعم من الطيران الروسي سيطرت على بلدة في ريف حماة، "
    "واشتبكت مع الفصائل قرب المدينة."
)


def _longest_plain(hits):
    chosen = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    return chosen


def test_longest_first_keeps_the_longest_hits_apart():
    rng = random.Random(14)
    for _ in range(300):
        hits = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(0, 60)
            hits.append(CueHit(start, start + rng.randint(1, 12), "k", frozenset({"s"})))
        got = longest_first(hits)
        assert got == _longest_plain(hits)
        assert all(a.end <= b.start for a, b in pairwise(got))


def test_longest_first_on_triggers_of_a_text():
    lex = default_lexicon()
    ctx = build_context(make_doc(_BACKED), lex)
    norm = normalize(_BACKED)
    hits = lex.trigger_scanner.scan(norm.text, norm.to_original)
    assert len(ctx.triggers) > 3
    assert longest_first(hits) == _longest_plain(hits) == ctx.triggers
