"""``rasad evaluate``: score the pipeline against a gold JSONL file."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasad.commands import EXIT_OK, EXIT_USAGE
from rasad.errors import RasadError


def evaluate_command(
    gold: str = typer.Argument(
        ...,
        metavar="GOLD.jsonl",
        help="Gold annotations, one article a line (format in DESIGN.md).",
    ),
    json_out: str | None = typer.Option(
        None,
        "--json",
        metavar="FILE",
        help="Also write the full report (summary and per-article misses) as JSON to FILE; "
        "'-' writes it to stdout instead of the table.",
    ),
    data_root: str | None = typer.Option(
        None,
        "--data-root",
        metavar="DIR",
        help="Folder that gold 'ref' corpora are relative to (default: $RASAD_DATA, else "
        "../shared/data).",
    ),
) -> None:
    """Run the extraction pipeline over GOLD.jsonl and print event and place scores."""
    from rich.console import Console
    from rich.table import Table

    from rasad.evaluation.run import evaluate, report_rows

    err = Console(stderr=True)
    try:
        report = evaluate(Path(gold), data_root=Path(data_root) if data_root else None)
    except RasadError as exc:
        err.print(f"rasad: error: {exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE) from exc

    payload = json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
    if json_out == "-":
        typer.echo(payload)
        raise typer.Exit(EXIT_OK)
    table = Table(title=f"rasad evaluate {Path(gold).name}")
    table.add_column("Metric")
    table.add_column("Value", justify="right")
    for label, value in report_rows(report):
        table.add_row(label, value)
    Console().print(table)
    if json_out is not None:
        try:
            Path(json_out).write_text(payload + "\n", encoding="utf-8")
        except OSError as exc:
            err.print(f"rasad: error: cannot write {json_out}: {exc}", markup=False)
            raise typer.Exit(EXIT_USAGE) from exc
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
