"""The actors stage: actor mentions → date-valid ACLED actors, plus who reports and who backs whom.

Layers added, each computed once per document so later stages never re-scan the text for them:

* ``actors``: Span(start, end, "ACTOR", kb_id=ACLED name, value=ActorRef);
* ``sources``: Span(start, end, "SOURCE", kb_id=English source name, value=SourceInfo), the
  attribution phrases ("المرصد السوري", "مصادر محلية");
* ``actor_support``: Span over each supporter ("بدعم من الطيران الروسي"), label "SUPPORT",
  value = the supported actor's span (read back with ``rasad.actors.support.pairs_from_layer``).
"""

from __future__ import annotations

import regex

from rasad.actors.dictionary import Lexicon
from rasad.actors.matching import ActorMatcher, default_actor_matcher, resolve_mentions
from rasad.actors.support import find_support, support_spans
from rasad.arabic.normalize import normalize
from rasad.document import Document

_HASHTAG = regex.compile(r"#(?=\p{L})|(?<=\p{L})_(?=\p{L})")


def unhashtag(text: str) -> str:
    """ "#ميليشيات_الحوثي" → " ميليشيات الحوثي": hashtag marks become spaces, offsets unchanged."""
    if "#" not in text and "_" not in text:
        return text
    return _HASHTAG.sub(" ", text)


class Actors:
    """Adds layers ``actors``, ``sources`` and ``actor_support``.

    Names are valid on the article's publication date (``doc.meta.published``); the events
    stage re-resolves them for each event date with ``rasad.actors.resolve_actor_name``.
    Offsets exclude proclitics ("وقوات الأسد" → "قوات الأسد"). When a ``places`` layer is present,
    its event-location countries decide what generic names ("الجيش"، "المدنيين") refer to.
    """

    name = "actors"
    requires: tuple[str, ...] = ("tokens", "sentences")
    provides: tuple[str, ...] = ("actors", "sources", "actor_support")

    def __init__(self, *, lexicon: Lexicon | None = None) -> None:
        self._matcher: ActorMatcher | None = ActorMatcher(lexicon) if lexicon else None

    def __call__(self, doc: Document) -> Document:
        matcher = self._matcher or default_actor_matcher()
        text = unhashtag(doc.text)
        norm = normalize(text)
        scan = matcher.scan(text, norm)  # names, country words, sources, cues: one pass
        sources = matcher.sources.spans(text, scan.sources, lambda: scan.actors)
        mentions = resolve_mentions(
            text,
            published=doc.meta.published,
            norm=norm,
            places=doc.layer("places"),
            sentences=doc.layer("sentences"),
            matcher=matcher,
            sources=sources,
            scan=scan,
        )
        doc = doc.with_layer("actors", [m.span() for m in mentions])
        doc = doc.with_layer("sources", sources)
        pairs = (
            find_support(doc, lexicon=matcher.lexicon, norm=norm, cues=scan.cues)
            if len(mentions) > 1 else []
        )
        return doc.with_layer("actor_support", support_spans(pairs))
