"""Actors: the ACLED actor dictionary, actor mentions, back-references and sources.

Public API (the events stage uses these):

* ``resolve_actor_name(canonical, on)`` — the ACLED name valid on a date;
* ``actor_info(canonical)`` — ``ActorEntry(canonical, inter, country, kind)``;
* ``actor_inter(canonical, country=ISO2, on=date)`` — the inter code in an event's country
  (a state's forces are 1 at home, 8 abroad);
* ``find_sources(text, norm=None)`` — SOURCE spans (who reports), value ``SourceInfo``;
* ``find_support(doc)`` — (supported, supporter) actor span pairs for assoc_actor fields;
* ``find_actors(text, published=...)`` — ACTOR spans outside the pipeline;
* ``country_hint(text, ...)`` — the ISO2 country an article is most about.

The stage itself is ``rasad.actors.stage:Actors``.
"""

from __future__ import annotations

from rasad.actors.dictionary import (
    ActorEntry,
    UnknownActorError,
    actor_info,
    actor_inter,
    default_lexicon,
    resolve_actor_name,
)
from rasad.actors.matching import country_hint, find_actors
from rasad.actors.sources import SourceInfo, find_sources
from rasad.actors.support import find_support

__all__ = [
    "ActorEntry",
    "SourceInfo",
    "UnknownActorError",
    "actor_info",
    "actor_inter",
    "country_hint",
    "default_lexicon",
    "find_actors",
    "find_sources",
    "find_support",
    "resolve_actor_name",
]
