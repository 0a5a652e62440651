"""The stage list and ``rasad.extract()``.

A stage is any callable ``Document -> Document`` with a ``name`` and the layer names it
``requires`` and ``provides``. ``Pipeline`` checks at build time that each stage's needs are met
by earlier ones, so a replaced or reordered stage fails loudly before any document is read.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from rasad.document import Document
from rasad.errors import ConfigError, RasadError, StageError

log = logging.getLogger(__name__)


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


# The default stages, in order, as "module:Class". One place to read what rasad does.
DEFAULT_STAGES: tuple[str, ...] = (
    "rasad.arabic.stages:Tokenize",  # tokens (with clitics) + sentences
    "rasad.arabic.stages:Numbers",  # numbers, number words, duals, vague quantities
    "rasad.arabic.stages:Dates",  # absolute and relative dates resolved against publication
    "rasad.gazetteer.stage:Places",  # place mentions → resolved places with roles
    "rasad.actors.stage:Actors",  # actor mentions → ACLED canonical actors
    "rasad.events.stage:Events",  # triggers + arguments → ACLED events and claims
)


def load_stage(spec: str, **options: Any) -> Stage:
    """Instantiate ``"package.module:Class"``; raises ConfigError with the reason if it cannot."""
    module_name, _, attr = spec.partition(":")
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(
            f"cannot load pipeline stage {spec!r}: {exc}; "
            "give it as 'package.module:ClassName' importable from this environment"
        ) from exc
    return obj(**options)


class Pipeline:
    """An ordered, validated list of stages."""

    def __init__(self, stages: Iterable[Stage], *, base_layers: Sequence[str] = ()) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        available = set(base_layers)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise ConfigError(
                    f"stage {stage.name!r} requires layers {missing} that no earlier stage "
                    f"provides (available: {sorted(available)}); reorder or add the stage"
                )
            available.update(stage.provides)

    @classmethod
    def default(cls, *, skip: Iterable[str] = ()) -> Pipeline:
        skip = set(skip)
        stages = [load_stage(s) for s in DEFAULT_STAGES]
        return cls([s for s in stages if s.name not in skip])

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            try:
                doc = stage(doc)
            except RasadError:
                raise
            except Exception as exc:  # a bug in one stage must quarantine the doc, not crash
                log.exception("stage %s failed on %s", stage.name, doc.id[:12])
                raise StageError(stage.name, doc.id, f"{type(exc).__name__}: {exc}") from exc
        return doc

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide default pipeline, built once (loading lexicons and the place index)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise ConfigError(
            f"published date {value!r} is not YYYY-MM-DD; pass e.g. --published 2018-05-21"
        ) from exc


def run(
    doc: Document, *, pipeline: Pipeline | Callable[[Document], Document] | None = None
) -> Document:
    return (pipeline or default_pipeline())(doc)


def extract(
    text_or_html: str | bytes,
    *,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    article_id: str | None = None,
    pipeline: Pipeline | None = None,
    include_layers: bool = False,
) -> dict[str, Any]:
    """One article (plain text, scraped page or HTML) → the extraction JSON dict."""
    from rasad.ingest import read_article
    from rasad.output import to_json

    doc = read_article(
        text_or_html, published=_as_date(published), outlet=outlet, article_id=article_id
    )
    doc = run(doc, pipeline=pipeline)
    return to_json(doc, include_layers=include_layers)
