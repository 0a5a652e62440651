"""`rasad serve` as a command: clear one-line errors (exit 2), and a real server that answers."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import typer
from typer.testing import CliRunner

from rasad.commands.serve import register
from tests.web.conftest import WEB_EXTRA

pytest.importorskip("fastapi", reason=WEB_EXTRA)
pytest.importorskip("uvicorn", reason=WEB_EXTRA)

APP = typer.Typer()
register(APP)


@APP.callback()
def _root() -> None:  # a group, so the command is called by name as in `rasad serve`
    pass


def run(*args: str):
    return CliRunner().invoke(APP, list(args))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_missing_sqlite_file_is_a_one_line_error_and_no_file_is_created(tmp_path):
    missing = tmp_path / "none.db"
    r = run("serve", "--db", f"sqlite:///{missing}")
    assert r.exit_code == 2
    assert r.output.startswith("rasad: error: database file") and "rasad ingest" in r.output
    assert r.output.count("\n") == 1 and "Traceback" not in r.output
    assert not missing.exists()


@pytest.mark.parametrize(
    ("url", "words"),
    [("mysql://u@h/db", "rasad supports"), ("postgresql+psycopg2://u@h/db", "psycopg 3")],
)
def test_bad_database_urls_are_one_line_errors(url, words):
    r = run("serve", "--db", url)
    assert r.exit_code == 2 and words in r.output and r.output.count("\n") == 1


def test_an_unreachable_postgresql_server_is_a_one_line_error_without_the_password():
    pytest.importorskip("psycopg", reason="the postgres extra is not installed")
    r = run("serve", "--db", f"postgresql://rasad:s3cret@127.0.0.1:{free_port()}/rasad")
    assert r.exit_code == 2 and r.output.startswith("rasad: error: cannot open database")
    assert r.output.count("\n") == 1 and "s3cret" not in r.output


def test_a_port_in_use_is_a_one_line_error(db_url):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        r = run("serve", "--db", db_url, "--port", str(busy.getsockname()[1]))
    assert r.exit_code == 2 and "cannot listen" in r.output and "--port" in r.output


def test_port_out_of_range_is_a_usage_error(db_url):
    assert run("serve", "--db", db_url, "--port", "70000").exit_code == 2


def test_serve_runs_uvicorn_and_answers(db_url):
    port = free_port()
    code = (
        "import typer; from rasad.commands.serve import register; app = typer.Typer(); "
        "register(app); app.callback()(lambda: None); app()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--db", db_url, "--port", str(port)],
        stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    health = json.load(r)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read() if proc.stderr else ""
                    pytest.fail(f"server did not start: {err}")
                time.sleep(0.1)
        assert health["status"] == "ok" and health["events"] >= 3
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert f"http://127.0.0.1:{port}/" in (proc.stderr.read() if proc.stderr else "")
