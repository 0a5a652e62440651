"""Extraction on Dask workers: a client factory, the ingest engine's executor, a file batch job.

Every worker process builds the pipeline once (the first task it runs) and keeps it: loading the
place index and lexicons costs about a second, an article a few milliseconds. Tasks carry only
what they need — an item's raw bytes, or a file path that the worker reads itself.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasad.errors import ConfigError, StorageError

if TYPE_CHECKING:
    from distributed import Client, Future

    from rasad.document import Document
    from rasad.ingest.sources import SourceItem
    from rasad.store.loader import Outcome, PipelineSpec

log = logging.getLogger(__name__)

_INSTALL_HINT = "Dask is not installed; install it with: pip install 'rasad[scale]'"

# Pipelines built in this (worker) process, by spec: a worker may serve several jobs.
_PIPELINES: dict[Any, Callable[[Document], Document]] = {}


def _pipeline(spec: PipelineSpec) -> Callable[[Document], Document]:
    from rasad.store.loader import build_pipeline

    key = tuple(spec) if isinstance(spec, list) else spec
    if key not in _PIPELINES:
        _PIPELINES[key] = build_pipeline(spec)
    return _PIPELINES[key]


def open_client(scheduler: str) -> Client:
    """A Dask client: ``local`` or ``local:N`` starts a local cluster of N worker processes
    (default: one per core); anything else is a scheduler address such as ``tcp://host:8786``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError(_INSTALL_HINT) from exc
    if scheduler == "local" or scheduler.startswith("local:"):
        n_text = scheduler.partition(":")[2]
        try:
            n = int(n_text) if n_text else None
        except ValueError:
            n = 0
        if n is not None and n < 1:
            raise ConfigError(
                f"--dask {scheduler!r}: the number of local workers must be a positive integer "
                "(e.g. local:4)"
            )
        # ":0": the dashboard on a free port, so a second cluster never fights over :8787
        cluster = LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        return Client(cluster)
    try:
        return Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(
            f"cannot reach the Dask scheduler at {scheduler!r} ({exc}); start one with "
            "`dask scheduler` or use --dask local"
        ) from exc


def _extract_remote(
    item: SourceItem, published_default: dt.date | None, spec: PipelineSpec
) -> Outcome:
    from rasad.store.loader import extract_item

    return extract_item(item, published_default, _pipeline(spec))


class DaskExtractor:
    """The ingest engine's executor on a Dask cluster: ``submit(item)`` returns a future whose
    ``result()`` is the item's :class:`~rasad.store.loader.Outcome`.

    ``cluster`` is a ``distributed.Client`` or a scheduler string for :func:`open_client`; a
    string is connected on the first ``submit``, so a run with nothing new to extract never
    starts a cluster, and ``close()`` shuts down what this object started.
    """

    def __init__(
        self, cluster: Client | str, spec: PipelineSpec, published_default: dt.date | None
    ) -> None:
        self._given = cluster
        self._client: Client | None = None if isinstance(cluster, str) else cluster
        self._owned = False
        self.spec = spec
        self.published_default = published_default

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = open_client(str(self._given))
            self._owned = True
        return self._client

    def submit(self, item: SourceItem) -> Future:
        # pure=False: two items with equal bytes are still two tasks (the engine dedups ids).
        return self.client.submit(
            _extract_remote, item, self.published_default, self.spec, pure=False
        )

    def close(self) -> None:
        if self._owned and self._client is not None:
            cluster = self._client.cluster
            self._client.close()
            if cluster is not None:
                cluster.close()
            self._client = None
            self._owned = False

    @staticmethod
    def result(future: Any, ref: str) -> Outcome:
        try:
            return future.result()
        except Exception as exc:  # a lost worker, a cancelled task: nothing of the batch is written
            raise StorageError(
                f"the Dask cluster failed while extracting {ref} ({type(exc).__name__}: {exc}); "
                "nothing of this batch was written; rerun the same command to resume"
            ) from exc


# -- batch job without a database -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileResult:
    source: str  # the source file
    output: str  # the JSONL(.gz) written for it
    articles: int  # items extracted
    failed: int  # items (and unreadable parts) written as error records
    events: int


def _output_name(path: Path, index: int) -> str:
    stem = path.name
    for suffix in (".gz", ".xz", ".jsonl", ".json", ".warc", ".html", ".txt", ".rss", ".atom"):
        stem = stem.removesuffix(suffix)
    return f"{index:05d}-{stem}.extractions.jsonl.gz"


def _extract_file(
    path: str, out_path: str, spec: PipelineSpec, published_default: dt.date | None
) -> FileResult:
    """Runs on a worker: read every item of one source file, write one JSON line per item."""
    from rasad.ingest.sources import SourceProblem, iter_sources
    from rasad.store.loader import extract_item

    run = _pipeline(spec)
    ok = failed = events = 0
    tmp = Path(out_path + ".part")
    with gzip.open(tmp, "wt", encoding="utf-8") as out:
        for x in iter_sources([path]):
            if isinstance(x, SourceProblem):
                row: dict[str, Any] = {"ref": x.ref, "stage": "source", "error": x.error}
                failed += 1
            else:
                o = extract_item(x, published_default, run)
                if o.extraction is None:
                    row = {"id": o.article_id, "ref": o.ref, "stage": o.stage, "error": o.error}
                    failed += 1
                else:
                    row = {"id": o.article_id, "ref": o.ref, **o.extraction}
                    ok += 1
                    events += len(o.extraction.get("events", ()))
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(out_path)  # a file is complete or absent: a rerun redoes only missing ones
    return FileResult(path, out_path, ok, failed, events)


def extract_files(
    sources: Iterable[str | Path],
    out_dir: str | Path,
    client: Client,
    *,
    pipeline: PipelineSpec = None,
    published_default: dt.date | None = None,
    overwrite: bool = False,
) -> Iterator[FileResult]:
    """Extract every article of ``sources`` on the cluster, one task per source file, writing
    ``out_dir/NNNNN-<name>.extractions.jsonl.gz`` (one extraction or error record per item, in
    file order). Results are yielded as files finish. Files already written are skipped unless
    ``overwrite``: rerunning a killed job finishes it. ``out_dir`` must be visible to the workers
    (a shared filesystem for a remote cluster)."""
    from distributed import as_completed

    from rasad.ingest.sources import expand_paths
    from rasad.store.loader import build_pipeline

    files = expand_paths(sources)  # a missing source fails before any task starts
    if pipeline is not None and not callable(pipeline):
        build_pipeline(pipeline)  # a bad stage spec fails here, not once per worker
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the output folder {out}: {exc}") from exc
    futures = []
    for i, (path, _kind) in enumerate(files):
        target = out / _output_name(path, i)
        if target.exists() and not overwrite:
            log.info("skipping %s: %s exists", path, target)
            continue
        futures.append(
            client.submit(
                _extract_file, str(path), str(target.resolve()), pipeline, published_default,
                pure=False,
            )
        )
    for fut in as_completed(futures):
        try:
            yield fut.result()
        except Exception as exc:
            raise StorageError(
                f"a Dask task failed ({type(exc).__name__}: {exc}); files already written are "
                "complete; rerun the same command to finish the rest"
            ) from exc
