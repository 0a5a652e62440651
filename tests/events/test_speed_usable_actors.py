"""The actors usable as sides, judged once per actor, are those the plain reading of each range
finds: a source's body and a supporter are left out whatever range is asked."""

from __future__ import annotations

from rasad.events.actor_roles import _backs, _usable_actors
from rasad.events.context import build_context
from rasad.events.frames import source_of
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_PLAIN = (
    "قصفت قوات النظام بلدة في ريف إدلب، وقتل ثلاثة مدنيين بينهم طفل، فيما اشتبكت الفصائل "
    "مع داعش قرب الرقة صباح اليوم. وقال مصدر في الشرطة إن الجيش اعتقل خمسة مسلحين."
)
_BACKED = (
    "هاجمت قوات سوريا الديمقراطية المدعومة من التحالف الدولي مواقع داعش في دير الزور. "
    "وقال مصدر في الجيش إن قوات النظام بدعم من الطيران الروسي سيطرت على بلدة في ريف حماة، "
    "واشتبكت مع الفصائل قرب المدينة."
)


def _usable_plain(ctx, start, end):
    """The usable actors of [start, end) as they were read before the verdicts were kept."""
    srcs = [(s.start, s.end) for s in ctx.sources if s.start < end and s.end > start]
    srcs += [(b.start, b.end) for _a, b in ctx.support if b.start < end and b.end > start]
    return [
        a
        for a in ctx.spans_in(ctx.actors, start, end)
        if not any(a.start >= s and a.end <= e for s, e in srcs)
        and not source_of(ctx, a)
        and not _backs(ctx, a)
    ]


def test_usable_actors_are_judged_once_and_the_same_for_any_range():
    for text in (_PLAIN, _BACKED):
        ctx = build_context(make_doc(text), default_lexicon())
        assert len(ctx.actors) > 2
        bounds = sorted(
            {0, len(text)} | {p for s in (*ctx.actors, *ctx.sentences) for p in (s.start, s.end)}
        )
        for a in bounds:
            for b in bounds:
                assert _usable_actors(ctx, a, b) == _usable_plain(ctx, a, b)
        whole = _usable_actors(ctx, 0, len(text))
        assert len(whole) < len(ctx.actors)  # a supporter or a source's body is left out
