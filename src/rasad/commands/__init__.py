"""CLI commands. Each module defines ``register(app)``; these are the helpers they share."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

# Exit codes of every command (documented in rasad.cli). Defined here, not in rasad.cli, so a
# command module can be imported on its own without importing the whole command line.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

DEFAULT_DB = "sqlite:///rasad.db"
# The --db option of every command that reads or writes the event store.
DbUrl = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="RASAD_DB",
        help="Database URL: sqlite:///FILE (default, no server) or "
        "postgresql+psycopg://USER:PASSWORD@HOST/DB. Env: RASAD_DB.",
    ),
]


def echo_error(message: str) -> None:
    """One line on stderr, never a traceback."""
    typer.echo(f"rasad: error: {message}", err=True)


def parse_date_option(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value, or a usage error (exit 2) that says the expected form."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2018-05-21", param_hint=option
        ) from None
