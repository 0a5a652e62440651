"""The ingest engine: sources → raw rows → extraction (optionally in worker processes) → rows
→ cross-article clusters.

Guarantees, and how they are kept:

- *Never lose input*: an item's raw bytes are committed as a ``pending`` article before anything
  reads them. A failure at any stage quarantines the article (stage, error, raw kept) and the run
  goes on.
- *Idempotent*: the article id is the SHA-256 of the raw bytes; an id already ``done`` or
  ``quarantined`` is skipped (``retry_quarantined`` re-reads quarantined ones).
- *Resumable*: results are written one batch per transaction, in source order; a run killed at
  any point leaves done articles, pending articles (raw only) and nothing half-written. The next
  run re-processes pending ones, and clusters are recomputed from the set of events at the end,
  so the final database equals that of an uninterrupted run (apart from ``*_at`` timestamps).
- Extraction may run in ``workers`` local processes, or on a Dask cluster (``dask=``); only the
  parent process writes.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasad.errors import ConfigError, InputError, RasadError, StageError, StorageError
from rasad.ingest.sources import SourceItem, SourceProblem, iter_sources, to_document

if TYPE_CHECKING:
    from rasad.dedup.cluster import DedupParams
    from rasad.document import Document
    from rasad.store.db import Store

log = logging.getLogger(__name__)

MAX_REPORTED = 200  # quarantine details kept in the report (the table has all of them)

PipelineSpec = Sequence[str] | Callable[["Document"], "Document"] | None


@dataclass(slots=True)
class IngestReport:
    seen: int = 0  # items read from the sources
    already: int = 0  # already in the database (or repeated within this run): skipped
    processed: int = 0  # extracted and stored by this run
    quarantined: int = 0  # failed in this run, now in the quarantine table
    source_errors: int = 0  # unreadable parts of sources (truncated archive, broken feed)
    events: int = 0  # events stored by this run
    clusters: int = 0  # clusters in the partitions this run touched
    elapsed: float = 0.0
    # (ref, stage, error) of the first MAX_REPORTED failures; the table has them all
    quarantine: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles extracted (stored or quarantined) per second."""
        done = self.processed + self.quarantined
        return done / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(frozen=True, slots=True)
class Progress:
    seen: int
    processed: int
    quarantined: int
    already: int


@dataclass(frozen=True, slots=True)
class Outcome:
    article_id: str
    ref: str
    extraction: dict[str, Any] | None
    stage: str | None = None
    error: str | None = None


# -- extraction (runs in the parent for workers=1, in worker processes otherwise) -------------

_PIPELINE: Callable[[Document], Document] | None = None  # set in worker processes only


def build_pipeline(spec: PipelineSpec) -> Callable[[Document], Document]:
    """A runnable pipeline: the default one (None), "module:Class" stage specs, or a callable."""
    from rasad.pipeline import Pipeline, default_pipeline, load_stage

    if spec is None:
        return default_pipeline()
    if callable(spec):
        return spec
    if isinstance(spec, str):
        spec = [s for s in spec.split(",") if s.strip()]
    if not spec:
        raise ConfigError("the pipeline stage list is empty; name stages as 'module:Class'")
    return Pipeline([load_stage(s.strip()) for s in spec])


def _init_worker(spec: PipelineSpec, log_level: int) -> None:
    global _PIPELINE
    # a spawned process starts without the parent's logging set-up: log like the parent does
    logging.basicConfig(level=log_level, format="rasad: %(levelname)s: %(message)s")
    _PIPELINE = build_pipeline(spec)


def extract_item(
    item: SourceItem,
    published_default: dt.date | None,
    pipeline: Callable[[Document], Document] | None = None,
) -> Outcome:
    """Read and extract one item with ``pipeline`` (in a worker: the one its initializer
    built); every failure becomes an Outcome naming its stage."""
    from rasad.output import to_json

    article_id = item.article_id
    stage = "read"
    run = pipeline or _PIPELINE
    try:
        doc = to_document(item, published_default=published_default)
        stage = "pipeline"
        if run is None:
            raise ConfigError("extract_item called without a pipeline")
        doc = run(doc)
        stage = "output"
        return Outcome(article_id, item.ref, to_json(doc))
    except StageError as exc:
        return Outcome(article_id, item.ref, None, exc.stage, str(exc))
    except InputError as exc:
        return Outcome(article_id, item.ref, None, stage, str(exc))
    except RasadError as exc:
        return Outcome(article_id, item.ref, None, stage, f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a bug must quarantine the article, not stop the corpus
        log.exception("unexpected error in %s on %s", stage, item.ref)
        return Outcome(article_id, item.ref, None, stage, f"{type(exc).__name__}: {exc}")


class _Done(Future):
    """A future that is already resolved (workers=1 runs extraction inline)."""

    def __init__(self, value: Outcome) -> None:
        super().__init__()
        self.set_result(value)


# -- the engine -------------------------------------------------------------------------------


class _Engine:
    def __init__(
        self,
        store: Store,
        *,
        pipeline: PipelineSpec,
        workers: int,
        published_default: dt.date | None,
        retry_quarantined: bool,
        on_progress: Callable[[Progress], None] | None,
        remote: Any = None,
    ) -> None:
        self.store = store
        self.remote = remote  # a rasad.scale.DaskExtractor, or None for local extraction
        self.pipeline_spec = pipeline
        self.workers = workers
        self.pipeline: Callable[[Document], Document] | None = None  # workers=1: built lazily
        self.published_default = published_default
        self.retry = retry_quarantined
        self.on_progress = on_progress
        self.report = IngestReport()
        self.admitted: set[str] = set()  # article ids taken on by this run
        self.retrying: set[str] = set()  # quarantined earlier, read again now
        self.executor: ProcessPoolExecutor | None = None

    def _tick(self) -> None:
        if self.on_progress:
            r = self.report
            self.on_progress(Progress(r.seen, r.processed, r.quarantined, r.already))

    def _note(self, ref: str, stage: str, error: str) -> None:
        if len(self.report.quarantine) < MAX_REPORTED:
            self.report.quarantine.append((ref, stage, error))

    def admit(self, batch: list[SourceItem | SourceProblem]) -> list[SourceItem]:
        """Store the raw bytes of new items (one transaction); return the items to extract."""
        from sqlalchemy import select

        from rasad.store.models import PENDING, QUARANTINED, Article
        from rasad.store.write import add_raws, raw_row, record_failure

        items = [x for x in batch if isinstance(x, SourceItem)]
        ids = list({x.article_id for x in items})
        todo: list[SourceItem] = []
        rows: list[dict[str, Any]] = []  # new articles' raw rows, inserted together
        with self.store.session() as s:
            status = dict(
                s.execute(select(Article.id, Article.status).where(Article.id.in_(ids))).all()
            ) if ids else {}
            for x in batch:
                if isinstance(x, SourceProblem):
                    self.report.source_errors += 1
                    self._note(x.ref, "source", x.error)
                    record_failure(s, article_id=None, ref=x.ref, stage="source", error=x.error)
                    continue
                self.report.seen += 1
                aid = x.article_id
                st = status.get(aid)
                if aid in self.admitted or not (
                    st is None or st == PENDING or (st == QUARANTINED and self.retry)
                ):
                    self.report.already += 1
                    continue
                if st == QUARANTINED:
                    self.retrying.add(aid)
                if st is None:
                    rows.append(raw_row(article_id=aid, raw=x.raw, kind=x.kind, ref=x.ref,
                                        url=x.url, published=x.published))
                self.admitted.add(aid)
                todo.append(x)
            add_raws(s, rows)
        self._tick()
        return todo

    def submit(self, item: SourceItem) -> Future:
        """Start extracting ``item``; the pipeline or the worker pool starts on first use, so
        a run with nothing new to read never loads them."""
        if self.remote is not None:
            return self.remote.submit(item)
        if self.workers == 1:
            if self.pipeline is None:
                self.pipeline = build_pipeline(self.pipeline_spec)
            return _Done(extract_item(item, self.published_default, self.pipeline))
        if self.executor is None:
            import multiprocessing

            # spawn, not fork: workers start clean (no copied database connections or threads)
            self.executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.pipeline_spec, logging.getLogger().getEffectiveLevel()),
            )
        return self.executor.submit(extract_item, item, self.published_default)

    def finish(self, entries: list[tuple[SourceItem, Future]]) -> None:
        """Write the outcomes of ``entries`` in one transaction."""
        from concurrent.futures.process import BrokenProcessPool

        from rasad.store.write import clear_quarantine, record_extractions, record_failure

        outcomes: list[Outcome] = []
        for item, fut in entries:
            if self.remote is not None:
                outcomes.append(self.remote.result(fut, item.ref))
                continue
            try:
                outcomes.append(fut.result())
            except BrokenProcessPool as exc:
                raise StorageError(
                    f"a worker process died while extracting {item.ref} ({exc}); nothing of "
                    "this batch was written; rerun the same command to resume (try --workers 1)"
                ) from exc
        good = [(o.article_id, o.extraction) for o in outcomes if o.extraction is not None]
        with self.store.session() as s:
            for o in outcomes:
                # Pending articles have no outputs (outputs commit together with status done);
                # a retried one has its quarantine row to clear.
                if o.article_id in self.retrying:
                    clear_quarantine(s, o.article_id)
                if o.extraction is None:
                    record_failure(s, article_id=o.article_id, ref=o.ref,
                                   stage=o.stage or "?", error=o.error or "?")
            events = record_extractions(s, good)
        self.report.events += events
        self.report.processed += len(good)
        for o in outcomes:
            if o.extraction is None:
                self.report.quarantined += 1
                self._note(o.ref, o.stage or "?", o.error or "?")
        self._tick()

    def leftovers(self) -> Iterator[SourceItem]:
        """Pending articles of earlier runs that this run's sources did not include."""
        from sqlalchemy import select

        from rasad.store.models import PENDING, Article

        with self.store.session() as s:
            rows = s.execute(
                select(Article.id, Article.raw, Article.source_ref, Article.source_kind,
                       Article.url, Article.published)
                .where(Article.status == PENDING)
                .order_by(Article.source_ref, Article.id)
            ).all()
        for aid, raw, ref, kind, url, published in rows:
            if aid not in self.admitted:
                yield SourceItem(raw, ref, kind, url=url, published=published)

    def run(self, stream: Iterable[SourceItem | SourceProblem], batch_size: int) -> None:
        it = iter(stream)
        previous: list[tuple[SourceItem, Future]] = []
        while batch := list(islice(it, batch_size)):
            current = [(x, self.submit(x)) for x in self.admit(batch)]
            if previous:  # write batch k while batch k+1 is being extracted
                self.finish(previous)
            previous = current
        if previous:
            self.finish(previous)


def ingest(
    sources: Iterable[str | Path],
    *,
    store: Store,
    pipeline: PipelineSpec = None,
    workers: int = 1,
    published_default: dt.date | None = None,
    retry_quarantined: bool = False,
    batch_size: int = 32,
    dedup_params: DedupParams | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    dask: Any = None,
) -> IngestReport:
    """Ingest every article of ``sources`` into ``store`` and update the event clusters.

    ``pipeline``: None for rasad's default pipeline, a list of "module:Class" stage specs, or a
    callable ``Document -> Document`` (with ``workers > 1`` or ``dask`` it must be picklable).
    ``dask``: extract on a Dask cluster instead of local processes: a ``distributed.Client``,
    or a scheduler string for :func:`rasad.scale.open_client` ("local", "local:N",
    "tcp://host:8786"); ``workers`` is then ignored.
    """
    from rasad.dedup.update import recluster
    from rasad.ingest.sources import expand_paths

    if workers < 1:
        raise ConfigError(f"workers must be at least 1 (got {workers}); use --workers 1 or more")
    if batch_size < 1:
        raise ConfigError(f"batch_size must be at least 1 (got {batch_size})")
    paths = list(sources)
    expand_paths(paths)  # fail on a missing source before anything is written
    start = time.perf_counter()
    checked = None
    if pipeline is not None and not callable(pipeline):
        checked = build_pipeline(pipeline)  # a bad stage spec fails now, not in every worker
    engine = _Engine(
        store,
        pipeline=pipeline,
        workers=workers,
        published_default=published_default,
        retry_quarantined=retry_quarantined,
        on_progress=on_progress,
    )
    if workers == 1:
        engine.pipeline = checked
    if dask is not None:
        from rasad.scale import DaskExtractor

        engine.remote = DaskExtractor(dask, pipeline, published_default)  # connects on first use
    try:
        engine.run(iter_sources(paths), batch_size)
        engine.run(engine.leftovers(), batch_size)
    finally:
        if engine.executor is not None:
            engine.executor.shutdown(wait=True, cancel_futures=True)
        if engine.remote is not None:
            engine.remote.close()
    with store.session() as s:
        dedup = recluster(s, params=dedup_params)
    engine.report.clusters = dedup.clusters
    engine.report.elapsed = time.perf_counter() - start
    log.info(
        "ingest: %d seen, %d new, %d quarantined, %d already stored, %d events, %.1f articles/s",
        engine.report.seen, engine.report.processed, engine.report.quarantined,
        engine.report.already, engine.report.events, engine.report.rate,
    )
    return engine.report
