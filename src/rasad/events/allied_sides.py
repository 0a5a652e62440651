"""Allies are no event's two sides while the sentence names their common foe.

"تتواصل المواجهات بين القوات الموالية لهادي والمقاومة الشعبية، والميليشيات الحوثية": the
first two fight together against the third; "تقدم المقاومة تزامن مع غارات شنها طيران التحالف
… على مواقع الحوثيين": the coalition's jets struck the Houthis, not the resistance advancing
beside them. The dictionary's `wars:` say who fights in one camp; a side read as the other side
of its own ally gives way to the foe of actor1 the sentence names. With no foe named the pair
is left alone (allies do fall out, and ACLED codes their clashes).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from rasad.actors.dictionary import default_lexicon
from rasad.document import Span


def _name(span: Span) -> str:
    return getattr(span.value, "canonical", None) or span.kb_id or ""


def foe_for_ally(
    actors: Sequence[Span],
    a1: Span,
    a2: Span,
    *,
    excluded: Collection[int],
    dist: Callable[[Span], int],
) -> Span | None:
    """The actor of ``actors`` (not in ``excluded``, by id) that fights ``a1`` and should stand
    as the other side instead of ``a2``, ``a1``'s ally; None when ``a2`` is no ally of ``a1``
    or the sentence names no foe of it."""
    lex = default_lexicon()
    first, second = _name(a1), _name(a2)
    if not lex.are_allies(first, second):
        return None
    foes = [
        a
        for a in actors
        if a is not a1 and a is not a2 and id(a) not in excluded and lex.are_foes(first, _name(a))
    ]
    return min(foes, key=dist) if foes else None
