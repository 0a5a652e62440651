"""Attribution sources: who reports a claim ("المرصد السوري"، "ناشطون"، "وكالة أعماق").

The lexicon is data (``resources/sources.yaml``). ``find_sources`` returns SOURCE spans whose
``kb_id`` is the English source name and whose ``value`` is a ``SourceInfo``. A source phrase
that qualifies an actor ("وسائل إعلام موالية للنظام"، "وكالة أعماق التابعة لتنظيم داعش") runs on
over that actor, so the actor stage can tell that "النظام" there is part of the source, not a
party to the event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from rasad.arabic.match import Match, PhraseMatcher
from rasad.arabic.normalize import NormText, normalize
from rasad.document import Span
from rasad.errors import ConfigError

log = logging.getLogger(__name__)

SOURCES_RESOURCE = "sources.yaml"
STANCES = frozenset(
    {"pro-government", "opposition", "independent", "state media", "group media", "unknown"}
)
KINDS = frozenset({"monitor", "activists", "media", "official", "military source", "group"})

# What may sit between an extendable source phrase and the actor it qualifies: nothing (the
# actor carries ل/لل: "موالية للنظام"), or a linking word ("التابعة ل"، "المقربة من").
_LINK = regex.compile(r"\s*(?:(?:ال)?(?:تابع[هة]?|مقرب[هة]?|ناطق[هة]? باسم)\s*)?(?:من\s+|عن\s+)?")
_LETTERS_BEFORE = regex.compile(r"[\p{L}\p{M}\u0640]*", regex.REVERSE)  # matched backwards
_MAX_GAP = 24  # characters between a source phrase and the actor it runs on over


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The ``value`` of a SOURCE span."""

    name: str  # English name, what ``claimed_by`` shows
    stance: str  # pro-government | opposition | independent | state media | group media | unknown
    kind: str  # monitor | activists | media | official | military source | group


@dataclass(frozen=True, slots=True)
class _SourceEntry:
    info: SourceInfo
    extend: bool


class SourceLexicon:
    def __init__(self, data: Mapping[str, Any], *, source: str = SOURCES_RESOURCE) -> None:
        from rasad.actors.dictionary import plural_variants

        if not isinstance(data, Mapping) or not isinstance(data.get("sources"), list):
            raise ConfigError(f"{source}: top level must be a mapping with a 'sources' list")
        pairs: list[tuple[str, _SourceEntry]] = []
        for i, spec in enumerate(data["sources"]):
            name = spec.get("name") if isinstance(spec, Mapping) else None
            if not name:
                raise ConfigError(f"{source}: sources[{i}] needs a 'name'")
            stance, kind = spec.get("stance", "unknown"), spec.get("kind")
            if stance not in STANCES or kind not in KINDS:
                raise ConfigError(
                    f"{source}: source {name!r} has stance {stance!r} / kind {kind!r}; stance "
                    f"must be one of {sorted(STANCES)} and kind one of {sorted(KINDS)}"
                )
            entry = _SourceEntry(SourceInfo(str(name), stance, kind), bool(spec.get("extend")))
            for phrase in spec.get("ar") or ():
                pairs.extend((v, entry) for v in plural_variants(str(phrase)))
        self.pairs: tuple[tuple[str, _SourceEntry], ...] = tuple(pairs)
        self.matcher = PhraseMatcher(pairs)
        self.names = frozenset(e.info.name for _, e in pairs)

    def find(self, text: str, norm: NormText | None = None) -> list[Span]:
        from rasad.actors.matching import default_actor_matcher

        norm = norm or normalize(text)
        matches = self.matcher.find(text, norm)
        if not matches:
            return []
        return self.spans(text, matches, lambda: default_actor_matcher().find(text, norm))

    def spans(
        self, text: str, matches: Sequence[Match], actors: Callable[[], Sequence[Match]]
    ) -> list[Span]:
        """SOURCE spans from source-phrase ``matches`` (payloads: this lexicon's entries);
        ``actors()`` gives the text's actor-name matches, asked for only when a source phrase
        may run on over an actor ("وسائل إعلام موالية للنظام")."""
        actor_starts: dict[int, int] | None = None
        spans: list[Span] = []
        for m in matches:
            entry: _SourceEntry = m.payloads[0]
            end = m.end
            if entry.extend:
                if actor_starts is None:
                    actor_starts = {_word_start(text, a.start): a.end for a in actors()}
                end = _extend_over_actor(text, m.end, actor_starts)
            spans.append(Span(m.start, end, "SOURCE", kb_id=entry.info.name, value=entry.info))
        return _drop_nested(spans)


def _extend_over_actor(text: str, end: int, actor_starts: dict[int, int]) -> int:
    """End of the actor a source phrase qualifies, or ``end`` when none follows it."""
    link = _LINK.match(text, end, min(len(text), end + _MAX_GAP))
    candidates = {end + 1, link.end() if link else end}
    for pos in sorted(candidates):
        # actor_starts is keyed by the start of the word (proclitics included)
        if pos in actor_starts:
            return actor_starts[pos]
    return end


def _word_start(text: str, pos: int) -> int:
    return _LETTERS_BEFORE.match(text, 0, pos).start()  # type: ignore[union-attr]


def _drop_nested(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


@lru_cache(maxsize=1)
def default_sources() -> SourceLexicon:
    from rasad.resources import load_yaml

    return SourceLexicon(load_yaml(SOURCES_RESOURCE))


def find_sources(text: str, norm: NormText | None = None) -> list[Span]:
    """SOURCE spans in ``text``: kb_id = English source name, value = ``SourceInfo``.

    Offsets are into ``text`` and exclude proclitics ("وقال المرصد" → "المرصد"). Pass the
    ``normalize(text)`` result as ``norm`` when you already have it.
    """
    return default_sources().find(text, norm)
