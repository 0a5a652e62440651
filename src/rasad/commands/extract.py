"""``rasad extract``: one article (or a JSONL batch) → extraction JSON on stdout."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import typer

from rasad.commands import EXIT_NOTHING, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, parse_date_option
from rasad.commands import echo_error as _error
from rasad.errors import ConfigError, InputError, RasadError

_BATCH_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".ndjson")


def extract_batch(
    source: Any,
    *,
    published: dt.date | None,
    outlet: str | None,
    include_layers: bool,
    out: Any,
) -> tuple[int, int]:
    """Extract every record of a JSONL batch; returns (processed, failed). Never stops early."""
    from rasad.ingest import iter_jsonl
    from rasad.output import to_json
    from rasad.pipeline import run

    ok = failed = 0
    for rec in iter_jsonl(source, published=published, outlet=outlet):
        if rec.error is not None or rec.doc is None:
            row: dict[str, Any] = {"id": rec.id, "line": rec.line_no, "error": rec.error}
            failed += 1
        else:
            try:
                row = to_json(run(rec.doc), include_layers=include_layers)
                ok += 1
            except RasadError as exc:
                row = {"id": rec.id, "line": rec.line_no, "error": str(exc)}
                failed += 1
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
    return ok, failed


def extract_command(
    path: str = typer.Argument(
        ...,
        metavar="PATH|-",
        help="Article file (scraped text, HTML or a JSON record), a .jsonl batch, or - for stdin.",
    ),
    published: str | None = typer.Option(
        None,
        "--published",
        help="Publication date YYYY-MM-DD, used when the page carries none; relative dates "
        "('أمس', 'يوم السبت') resolve against it.",
    ),
    outlet: str | None = typer.Option(
        None, "--outlet", help="Outlet name, used when the page does not name one."
    ),
    jsonl: bool = typer.Option(
        False, "--jsonl", help="Treat the input as a JSONL batch (automatic for .jsonl files)."
    ),
    layers: bool = typer.Option(
        False, "--layers", help="Also output the text layers (sentences, numbers, dates, ...)."
    ),
    compact: bool = typer.Option(
        False, "--compact", help="One-line JSON instead of indented (batches are always one line)."
    ),
) -> None:
    """Extract events, places and actors from one article; JSON on stdout.

    Exit codes: 0 processed; 1 some batch records failed; 2 usage error; 3 nothing processed.
    """
    pub = parse_date_option(published, "--published")
    batch = jsonl or path.lower().endswith(_BATCH_SUFFIXES)
    try:
        if batch:
            source = sys.stdin if path == "-" else Path(path)
            if isinstance(source, Path) and not source.is_file():
                raise InputError(f"{path}: no such file; give a .jsonl file or - for stdin")
            ok, failed = extract_batch(
                source, published=pub, outlet=outlet, include_layers=layers, out=sys.stdout
            )
            if failed:
                typer.echo(f"rasad: {ok} extracted, {failed} failed (see error lines)", err=True)
            raise typer.Exit(EXIT_OK if not failed else EXIT_SOME_FAILED if ok else EXIT_NOTHING)
        from rasad.ingest import read_article, read_path
        from rasad.output import to_json
        from rasad.pipeline import run

        if path == "-":
            doc = read_article(sys.stdin.buffer.read(), published=pub, outlet=outlet)
        else:
            doc = read_path(path, published=pub, outlet=outlet)
        result = to_json(run(doc), include_layers=layers)
    except ConfigError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    except RasadError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_NOTHING) from None
    typer.echo(json.dumps(result, ensure_ascii=False, indent=None if compact else 2))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
