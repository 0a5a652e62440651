"""``rasad serve``: the JSON API (OpenAPI) and the web map over an event store, with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from rasad.commands import DEFAULT_DB, EXIT_OK, EXIT_USAGE, DbUrl
from rasad.commands import echo_error as _error
from rasad.errors import RasadError


def _check_port(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port, or None when it can."""
    import socket  # here, not at the top: every command line start imports this module

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return f"cannot resolve --host {host!r}: {exc}; give an address such as 127.0.0.1"
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            sock.bind(addr)
        except OSError as exc:
            return (
                f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port "
                "or stop the program using it"
            )
    return None


def serve_command(
    db: DbUrl = DEFAULT_DB,
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Address to listen on; 0.0.0.0 to serve other machines (no auth!)."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the JSON API (OpenAPI at /docs) and the web map (at /) over an ingested database.

    Read-only: nothing is written to the database.

    Exit codes: 0 stopped; 2 bad database, address or missing web extra.
    """
    try:
        import uvicorn

        from rasad.web.app import create_app
    except ImportError as exc:
        _error(f"rasad serve needs the web extra ({exc}); install it: pip install 'rasad[web]'")
        raise typer.Exit(EXIT_USAGE) from None
    try:
        app = create_app(db)
    except RasadError as exc:
        _error(" ".join(str(exc).split()))  # a driver's multi-line message on one line
        raise typer.Exit(EXIT_USAGE) from None
    problem = _check_port(host, port)
    if problem:
        app.state.store.close()
        _error(problem)
        raise typer.Exit(EXIT_USAGE)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(
        f"rasad: serving {app.state.store.engine.url.render_as_string(hide_password=True)} at "
        f"http://{shown}:{port}/ (API docs at /docs); Ctrl-C stops",
        err=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
