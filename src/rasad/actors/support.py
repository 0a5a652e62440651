"""Associated actors: who supports whom ("حملة مدعومة من الطيران الروسي"، "بدعم من التحالف").

ACLED puts a supporting force in ``assoc_actor_1``/``assoc_actor_2`` beside the actor it backs.
``find_support`` reads the document's ``actors`` layer and the support cues listed in
``resources/actors.yaml`` (``support_cues``) and pairs each supporter, the first actor named
right after a cue, with the supported actor, the nearest different actor named before the cue
in the same sentence. The events stage looks a supported actor up in these pairs to fill the
associated-actor field; the pairs are computed on demand, not stored as a layer.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from rasad.actors.dictionary import Lexicon, default_lexicon
from rasad.arabic.match import PhraseMatcher
from rasad.arabic.normalize import normalize
from rasad.document import Document, Span

_MAX_GAP = 12  # characters between a cue and the supporter it introduces
_NO_BREAK = regex.compile(r"^[\s\p{L}\p{M}]*$")  # no punctuation between cue and supporter


@lru_cache(maxsize=4)
def _cue_matcher(lexicon: Lexicon) -> PhraseMatcher:
    return PhraseMatcher((cue, after_b) for cue, after_b in lexicon.support_cues)


def find_support(doc: Document, *, lexicon: Lexicon | None = None) -> list[tuple[Span, Span]]:
    """(supported actor span, supporter actor span) pairs from the ``actors`` layer."""
    actors = sorted(doc.layer("actors"), key=lambda s: s.start)
    if len(actors) < 2:
        return []
    cues = _cue_matcher(lexicon or default_lexicon()).find(doc.text, normalize(doc.text))
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
