"""``rasad export``: deduplicated events from the store → ACLED CSV, GeoJSON, JSONL, Parquet."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from rasad.commands import DEFAULT_DB, EXIT_OK, EXIT_USAGE, DbUrl
from rasad.commands import parse_date_option as _date
from rasad.errors import RasadError


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    jsonl = "jsonl"
    parquet = "parquet"


def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="acled-csv (ACLED's 31 columns), geojson (RFC 7946 FeatureCollection), jsonl "
            "(one event a line with its sources) or parquet.",
        ),
    ],
    db: DbUrl = DEFAULT_DB,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="YYYY-MM-DD", help="Only events on or after this date."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="YYYY-MM-DD", help="Only events on or before this date."),
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option(
            "--country", help="Only events in this country (name or ISO code); repeatable."
        ),
    ] = None,
    admin1: Annotated[
        list[str] | None,
        typer.Option("--admin1", help="Only events in this governorate/province; repeatable."),
    ] = None,
    event_type: Annotated[
        list[str] | None,
        typer.Option("--event-type", help="Only this ACLED event type (e.g. Battles); repeatable."),
    ] = None,
    actor: Annotated[
        list[str] | None,
        typer.Option("--actor", help="Only events whose actors contain this text; repeatable."),
    ] = None,
) -> None:
    """Write the deduplicated event table: one row per happening, all its sources listed."""
    from rasad.export import export
    from rasad.store import EventFilter, Store

    if output is None and fmt is ExportFormat.parquet and sys.stdout.isatty():
        raise typer.BadParameter(
            "Parquet is binary; give -o FILE.parquet or redirect stdout", param_hint="--output"
        )
    try:
        flt = EventFilter(
            since=_date(since, "--since"),
            until=_date(until, "--until"),
            countries=tuple(country or ()),
            admin1=tuple(admin1 or ()),
            event_types=tuple(event_type or ()),
            actors=tuple(actor or ()),
        )
        with Store.open(db, create=False) as store:
            if output is None:
                n = export(store, fmt.value, sys.stdout.buffer, flt)
                sys.stdout.flush()
            else:
                n = export(store, fmt.value, output, flt)
    except RasadError as exc:
        typer.echo(f"rasad: error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    except BrokenPipeError:  # the reader stopped early (e.g. `| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        typer.echo(f"rasad: error: cannot write {output}: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    typer.echo(f"rasad: exported {n} events as {fmt.value} to {output or 'stdout'}", err=True)
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
