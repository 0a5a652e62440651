"""The ``rasad`` command line. Each command parses, validates and calls one library function.

Results go to stdout, messages and progress to stderr. Exit codes: 0 all processed, 1 some input
quarantined or refused, 2 usage or configuration error, 3 nothing processed.
"""

from __future__ import annotations

import importlib
import logging
import sys

import typer

from rasad import __version__
from rasad.commands import EXIT_NOTHING, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE

__all__ = ["EXIT_NOTHING", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "app", "main"]

# Each module defines ``register(app)`` adding its commands; listed here so the CLI is one read.
COMMAND_MODULES = (
    "rasad.commands.extract",
    "rasad.commands.ingest",
    "rasad.commands.export",
    "rasad.commands.serve",
    "rasad.commands.gazetteer",
    "rasad.commands.evaluate",
)

app = typer.Typer(
    name="rasad",
    help="Arabic conflict reporting → ACLED-style event data (offline).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasad {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
) -> None:
    """rasad: Arabic conflict reporting → structured, geolocated, source-attributed events."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="rasad: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    app()
