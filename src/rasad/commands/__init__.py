"""CLI commands. Each module defines ``register(app)``; these are the helpers they share."""

from __future__ import annotations

import datetime as dt

import typer


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
