"""``rasad ingest``: folders, JSONL, WARC and feed files → the event store, deduplicated."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rasad.commands import (
    DEFAULT_DB,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    DbUrl,
    parse_date_option,
)
from rasad.commands import echo_error as _error
from rasad.errors import ConfigError, RasadError, StorageError


class _Bar:
    """A rich progress bar on stderr (articles/s and ETA); only used when stderr is a TTY."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TextColumn("{task.fields[failed]} quarantined"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("ingest", total=total, rate=0.0, failed=0)
        self.start = dt.datetime.now()

    def __call__(self, p: Any) -> None:
        secs = (dt.datetime.now() - self.start).total_seconds() or 1e-9
        self.progress.update(
            self.task,
            completed=p.processed + p.quarantined + p.already,
            rate=(p.processed + p.quarantined) / secs,
            failed=p.quarantined,
        )

    def __enter__(self) -> _Bar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def ingest_command(
    sources: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="SOURCE...",
            help="Folders (searched recursively for .txt/.html/.json/.jsonl/.warc/.rss files), "
            "JSONL files (.jsonl, .jsonl.gz, .jsonl.xz), WARC files (.warc, .warc.gz) or RSS/Atom "
            "feed files. With none, only articles left pending by an interrupted run are finished.",
        ),
    ] = None,
    db: DbUrl = DEFAULT_DB,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", "-w", min=1, help="Local processes that run the extraction pipeline."
        ),
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            envvar="RASAD_DASK",
            metavar="local[:N]|tcp://HOST:PORT",
            help="Run the extraction on a Dask cluster (pip install 'rasad[scale]'): 'local:N' "
            "starts N local worker processes, an address joins a running scheduler; the "
            "database is still written by this process only. Replaces --workers. Env: RASAD_DASK.",
        ),
    ] = None,
    published_default: Annotated[
        str | None,
        typer.Option(
            "--published-default",
            metavar="YYYY-MM-DD",
            help="Publication date for articles that carry none; relative dates resolve "
            "against it.",
        ),
    ] = None,
    pipeline: Annotated[
        str | None,
        typer.Option(
            "--pipeline",
            envvar="RASAD_PIPELINE",
            metavar="MODULE:CLASS,...",
            help="Replace the default pipeline by these stages, comma-separated, in order. "
            "Env: RASAD_PIPELINE.",
        ),
    ] = None,
    retry_quarantined: Annotated[
        bool,
        typer.Option(
            "--retry-quarantined", help="Read again articles quarantined by earlier runs."
        ),
    ] = False,
    batch_size: Annotated[
        int,
        typer.Option("--batch-size", min=1, help="Articles written per database transaction."),
    ] = 32,
    json_summary: Annotated[
        bool,
        typer.Option("--json", help="Print the run summary as JSON on stdout."),
    ] = False,
) -> None:
    """Load articles into the event store, extract events, merge reports of one happening.

    Idempotent: an article already stored is skipped. Resumable: rerun after an interruption.

    Failing articles are quarantined with the stage and the error, and the run goes on.

    Exit codes: 0 all processed, 1 some quarantined, 2 usage/config error, 3 nothing processed.
    """
    from rasad.ingest.sources import count_items
    from rasad.store import Store, ingest

    published = parse_date_option(published_default, "--published-default")
    show_bar = sys.stderr.isatty()
    try:
        with Store.open(db) as store:
            total = count_items(sources or []) if show_bar else None
            kwargs = dict(
                store=store,
                pipeline=pipeline,
                workers=workers,
                published_default=published,
                retry_quarantined=retry_quarantined,
                batch_size=batch_size,
                dask=dask,
            )
            if show_bar:
                with _Bar(total) as bar:
                    report = ingest(sources or [], on_progress=bar, **kwargs)
            else:
                report = ingest(sources or [], **kwargs)
    except (ConfigError, StorageError) as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from exc
    except RasadError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_SOME_FAILED) from exc

    for ref, stage, error in report.quarantine[:20]:
        typer.echo(f"rasad: quarantined {ref} [{stage}]: {error}", err=True)
    if len(report.quarantine) > 20:
        typer.echo("rasad: ... more in the quarantine table", err=True)
    failed = report.quarantined + report.source_errors
    typer.echo(
        f"rasad: {report.seen} articles read: {report.processed} stored, {failed} quarantined, "
        f"{report.already} already stored; {report.events} events, {report.clusters} clusters "
        f"in updated partitions; {report.elapsed:.1f} s ({report.rate:.1f} articles/s)",
        err=True,
    )
    if json_summary:
        summary = {
            k: getattr(report, k)
            for k in (
                "seen",
                "processed",
                "quarantined",
                "source_errors",
                "already",
                "events",
                "clusters",
                "elapsed",
            )
        }
        summary["quarantine"] = [
            {"ref": r, "stage": s, "error": e} for r, s, e in report.quarantine
        ]
        typer.echo(json.dumps(summary, ensure_ascii=False))
    if report.processed == 0 and (failed > 0 or report.already == 0):
        raise typer.Exit(EXIT_NOTHING)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
