"""The actors stage: actor mentions → date-valid ACLED actors (layer ``actors``)."""

from __future__ import annotations

from rasad.actors.dictionary import Lexicon
from rasad.actors.matching import ActorMatcher, default_actor_matcher, resolve_mentions
from rasad.arabic.normalize import normalize
from rasad.document import Document


class Actors:
    """Adds layer ``actors``: Span(start, end, "ACTOR", kb_id=ACLED name, value=ActorRef).

    Names are valid on the article's publication date (``doc.meta.published``); the events
    stage re-resolves them for each event date with ``rasad.actors.resolve_actor_name``.
    Offsets exclude proclitics ("وقوات الأسد" → "قوات الأسد"). When a ``places`` layer is present,
    its event-location countries decide what generic names ("الجيش"، "المدنيين") refer to.
    """

    name = "actors"
    requires: tuple[str, ...] = ("tokens", "sentences")
    provides: tuple[str, ...] = ("actors",)

    def __init__(self, *, lexicon: Lexicon | None = None) -> None:
        self._matcher: ActorMatcher | None = ActorMatcher(lexicon) if lexicon else None

    def __call__(self, doc: Document) -> Document:
        matcher = self._matcher or default_actor_matcher()
        mentions = resolve_mentions(
            doc.text,
            published=doc.meta.published,
            norm=normalize(doc.text),
            places=doc.layer("places"),
            sentences=doc.layer("sentences"),
            matcher=matcher,
        )
        return doc.with_layer("actors", [m.span() for m in mentions])
