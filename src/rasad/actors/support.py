"""Associated actors: who supports whom ("حملة مدعومة من الطيران الروسي"، "بدعم من التحالف").

ACLED puts a supporting force in ``assoc_actor_1``/``assoc_actor_2`` beside the actor it backs.
``find_support`` reads the document's ``actors`` layer and the support cues listed in
``resources/actors.yaml`` (``support_cues``) and pairs each supporter, the first actor named
right after a cue, with the supported actor, the nearest different actor named before the cue
in the same sentence. The events stage looks a supported actor up in these pairs to fill the
associated-actor field. The actors stage computes the pairs once per document and stores them
as the ``actor_support`` layer (``support_spans``); ``pairs_from_layer`` reads them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from rasad.actors.dictionary import Lexicon, default_lexicon
from rasad.arabic.match import Match, PhraseMatcher
from rasad.arabic.normalize import NormText, normalize
from rasad.document import Document, Span

_MAX_GAP = 12  # characters between a cue and the supporter it introduces
_NO_BREAK = regex.compile(r"^[\s\p{L}\p{M}]*$")  # no punctuation between cue and supporter


@lru_cache(maxsize=4)
def _cue_matcher(lexicon: Lexicon) -> PhraseMatcher:
    return PhraseMatcher((cue, after_b) for cue, after_b in lexicon.support_cues)


def find_support(
    doc: Document,
    *,
    lexicon: Lexicon | None = None,
    norm: NormText | None = None,
    cues: Sequence[Match] | None = None,
) -> list[tuple[Span, Span]]:
    """(supported actor span, supporter actor span) pairs from the ``actors`` layer; pass the
    ``normalize(doc.text)`` result as ``norm`` when you already have it, and the support-cue
    matches as ``cues`` when a combined scan found them (payload: the cue's ``after_b``)."""
    actors = sorted(doc.layer("actors"), key=lambda s: s.start)
    if len(actors) < 2:
        return []
    if cues is None:
        cues = _cue_matcher(lexicon or default_lexicon()).find(
            doc.text, norm or normalize(doc.text)
        )
    sentences = doc.layer("sentences")
    pairs: list[tuple[Span, Span]] = []
    for cue in cues:
        if cue.payloads[0] and "ب" not in cue.prefix:
            continue
        supporter = next(
            (a for a in actors if cue.end <= a.start <= cue.end + _MAX_GAP
             and _NO_BREAK.match(doc.text[cue.end : a.start])),
            None,
        )
        if supporter is None:
            continue
        lo = _sentence_start(sentences, cue.start)
        supported = next(
            (a for a in reversed(actors)
             if lo <= a.start and a.end <= cue.start and a.kb_id != supporter.kb_id),
            None,
        )
        if supported is not None:
            pairs.append((supported, supporter))
    return pairs


def _sentence_start(sentences: tuple[Span, ...], pos: int) -> int:
    for s in sentences:
        if s.start <= pos < s.end:
            return s.start
    return 0


def support_spans(pairs: list[tuple[Span, Span]]) -> list[Span]:
    """The ``actor_support`` layer: one SUPPORT span over each supporter, ``value`` = the
    supported actor's span."""
    return [
        Span(supporter.start, supporter.end, "SUPPORT", kb_id=supporter.kb_id, value=supported)
        for supported, supporter in pairs
    ]


def pairs_from_layer(
    spans: tuple[Span, ...], actors: tuple[Span, ...] = ()
) -> list[tuple[Span, Span]]:
    """(supported, supporter) pairs back from an ``actor_support`` layer; the supporter is the
    ``actors`` span at the same offsets when given."""
    by_pos = {(a.start, a.end): a for a in actors}
    return [
        (s.value, by_pos.get((s.start, s.end)) or Span(s.start, s.end, "ACTOR", kb_id=s.kb_id))
        for s in spans
        if isinstance(s.value, Span)
    ]
