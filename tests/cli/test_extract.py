"""`rasad extract` end to end, as a user runs it (a real subprocess for exit codes and streams)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import REPO

OWN_EXAMPLE = REPO / "examples" / "idlib-2019-05-06.txt"


def rasad(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rasad", *args], input=stdin, capture_output=True, timeout=120
    )


def test_extract_own_example_gives_the_contract():
    r = rasad("extract", str(OWN_EXAMPLE))
    assert r.returncode == 0, r.stderr.decode()
    out = json.loads(r.stdout)
    assert set(out) >= {"article", "places", "actors", "events", "claims"}
    art = out["article"]
    assert art["published"] == "2019-05-06"
    assert art["title"].startswith("قصف مكثف على ريف إدلب")
    assert "التعليقات" not in art["text"]
    for place in out["places"]:
        assert art["text"][place["start"] : place["end"]] == place["mention"]
    for ev in out["events"]:
        evidence = ev["evidence"]
        assert art["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_extract_stdin_with_published_and_layers():
    text = "قالت مصادر محلية إن اشتباكات اندلعت أمس في ريف درعا وقتل ثلاثة عناصر.".encode()
    r = rasad(
        "extract", "-", "--published", "2020-03-10", "--outlet", "Test", "--layers", stdin=text
    )
    assert r.returncode == 0, r.stderr.decode()
    out = json.loads(r.stdout)
    assert out["article"]["published"] == "2020-03-10"
    assert out["article"]["outlet"] == "Test"
    dates = [d["value"]["start"] for d in out["layers"]["dates"]]
    assert "2020-03-09" in dates  # أمس
    numbers = [n["value"]["value"] for n in out["layers"]["numbers"]]
    assert 3 in numbers  # ثلاثة


def test_extract_jsonl_batch_keeps_order_and_reports_bad_lines(tmp_path: Path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "قصفت قوات النظام بلدة في ريف إدلب اليوم.",
                            "published": "2019-05-06"}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "c", "text": "خرجت مظاهرة في مدينة البصرة أمس.",
                            "published": "2019-07-15"}, ensure_ascii=False),
            ]
        ),
        encoding="utf-8",
    )
    r = rasad("extract", str(batch))
    assert r.returncode == 1  # some records failed
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert len(lines) == 3
    assert lines[0]["article"]["id"] == "a"
    assert "error" in lines[1]
    assert lines[2]["article"]["id"] == "c"


@pytest.mark.parametrize(
    "content,needle",
    [(b"", "empty"), (b"\x00\x01\x02PK\x03\x04" * 100, "binary")],
)
def test_bad_single_inputs_give_one_line_errors(tmp_path: Path, content: bytes, needle: str):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = rasad("extract", str(f))
    err = r.stderr.decode()
    assert r.returncode == 3
    assert needle in err.lower()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_directory_and_missing_file(tmp_path: Path):
    for target in (tmp_path, tmp_path / "missing.txt"):
        r = rasad("extract", str(target))
        assert r.returncode == 3
        assert "Traceback" not in r.stderr.decode()


def test_bad_published_is_a_usage_error():
    r = rasad("extract", str(OWN_EXAMPLE), "--published", "21/05/2018")
    assert r.returncode == 2
    assert "YYYY-MM-DD" in r.stderr.decode()


def test_huge_file_is_refused_clearly(tmp_path: Path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.write("قصف ".encode() * (50 * 1024 * 1024 // 7))
    r = rasad("extract", str(f))
    assert r.returncode == 3
    assert "MB" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
