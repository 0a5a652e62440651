"""``rasad ingest`` and ``rasad export`` end to end: exit codes, summary, outputs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tests.store.corpus import GOOD_RECORDS, write_corpus, write_jsonl
from typer.testing import CliRunner

from rasad.cli import app
from rasad.export import ACLED_COLUMNS

FAKE = "tests.store.fakes:KeywordEvents"
runner = CliRunner()


def _ingest(*args: str):
    return runner.invoke(app, ["ingest", "--pipeline", FAKE, *args])


def test_ingest_exit_codes_say_what_happened(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'r.db'}"
    good = write_jsonl(tmp_path / "good.jsonl", GOOD_RECORDS[:3])
    mixed = write_corpus(tmp_path / "mixed")
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{oops\n", encoding="utf-8")

    result = _ingest(str(good), "--db", db)
    assert result.exit_code == 0, result.output
    assert "3 stored" in result.stderr

    again = _ingest(str(good), "--db", db)  # nothing new, nothing wrong
    assert again.exit_code == 0 and "3 already stored" in again.stderr

    some = _ingest(str(mixed), "--db", db, "--published-default", "2019-05-03")
    assert some.exit_code == 1, some.output
    assert "[fake_events]" in some.stderr  # the failing stage, named

    none = _ingest(str(broken), "--db", db)
    assert none.exit_code == 3, none.output


def test_ingest_json_summary_goes_to_stdout(tmp_path: Path):
    src = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS[:2])
    result = _ingest(str(src), "--db", f"sqlite:///{tmp_path / 'r.db'}", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["processed"], summary["events"], summary["clusters"]) == (2, 2, 1)


@pytest.mark.parametrize(
    "args,message",
    [
        (["missing.jsonl"], "does not exist"),
        (["{src}", "--published-default", "21/05/2018"], "YYYY-MM-DD"),
        (["{src}", "--db", "mysql://x/y"], "postgresql+psycopg"),
        (["{src}", "--pipeline", "nowhere:Stage"], "nowhere"),
        (["{src}", "--workers", "0"], "--workers"),
    ],
)
def test_ingest_usage_errors_exit_2(tmp_path: Path, args, message):
    src = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS[:1])
    args = [a.replace("{src}", str(src)) for a in args]
    if args[0] == "missing.jsonl":
        args[0] = str(tmp_path / "missing.jsonl")
    result = runner.invoke(app, ["ingest", "--db", f"sqlite:///{tmp_path / 'r.db'}",
                                 "--pipeline", FAKE, *args])
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_export_writes_acled_csv_to_stdout_and_files(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'r.db'}"
    src = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS)
    assert _ingest(str(src), "--db", db).exit_code == 0

    out = runner.invoke(app, ["export", "--db", db, "--format", "acled-csv"])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    assert len(rows) == 3 and "exported 3 events" in out.stderr

    target = tmp_path / "battles.geojson"
    res = runner.invoke(app, ["export", "--db", db, "-f", "geojson", "-o", str(target),
                              "--event-type", "Battles", "--since", "2019-05-01"])
    assert res.exit_code == 0, res.output
    features = json.loads(target.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["location"] for f in features] == ["Khan Shaykhun"]

    pq = tmp_path / "e.parquet"
    res = runner.invoke(app, ["export", "--db", db, "-f", "parquet", "-o", str(pq)])
    assert res.exit_code == 0 and pq.stat().st_size > 0


def test_export_from_a_database_without_data_exits_2(tmp_path: Path):
    res = runner.invoke(app, ["export", "--db", f"sqlite:///{tmp_path / 'none.db'}",
                              "-f", "jsonl"])
    assert res.exit_code == 2 and "rasad ingest" in res.output


def test_export_rejects_a_bad_date(tmp_path: Path):
    res = runner.invoke(app, ["export", "--db", f"sqlite:///{tmp_path / 'x.db'}", "-f", "jsonl",
                              "--since", "May 2019"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
