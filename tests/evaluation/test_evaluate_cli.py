"""`rasad evaluate` and evaluate(): end to end on small gold files with an injected extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasad.cli import app
from rasad.errors import InputError
from rasad.evaluation import run as run_mod
from rasad.evaluation.run import evaluate, load_gold, report_rows

runner = CliRunner()

SY = "Military Forces of Syria (2000-2024)"
TEXT = "سيطرت قوات النظام اليوم الاثنين على مخيم اليرموك جنوب دمشق بعد معارك مع تنظيم داعش."


def _gold_event(**kw):
    base = {
        "event_type": "Battles",
        "sub_event_type": "Government regains territory",
        "alt_sub_event_types": ["Armed clash"],
        "date": "2018-05-21",
        "location": "Yarmouk Camp",
        "lat": 33.4731,
        "lon": 36.3031,
        "actor1": SY,
        "actor2": "Islamic State (Syria)",
        "fatalities": 0,
        "certainty": "asserted",
        "required": True,
    }
    return {**base, **kw}


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text("نص مقال محلي عن السياسة.", encoding="utf-8")
    return _write(
        tmp_path / "gold.jsonl",
        [
            {"id": "a1", "text": TEXT, "published": "2018-05-21", "events": [_gold_event()]},
            {"id": "a2", "path": "article.txt", "published": "2018-05-22", "events": []},
        ],
    )


def fake_extract(text: str, *, published=None, outlet=None) -> dict:
    """Finds the Yarmouk event in a1 and invents a riot in a2."""
    if "اليرموك" in text:
        event = {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "event_date": published,
            "location": "Yarmouk Camp",
            "latitude": 33.47,
            "longitude": 36.30,
            "actor1": "Islamic State (Syria)",
            "actor2": "Military Forces of Syria (2000-)",
            "fatalities": 0,
            "certainty": "reported",
        }
    else:
        event = {
            "event_type": "Riots",
            "sub_event_type": "Violent demonstration",
            "event_date": published,
            "location": "Damascus",
            "latitude": 33.51,
            "longitude": 36.29,
        }
    return {"events": [event], "places": []}


def test_evaluate_scores_an_injected_extractor(gold_file):
    report = evaluate(gold_file, extract_fn=fake_extract)
    m = report.events.metrics()
    assert report.articles == 2 and report.failed == 0
    assert (m["tp"], m["fp"], m["fn"]) == (1, 1, 0)
    assert m["precision"] == 0.5 and m["recall"] == 1.0
    assert m["sub_event_type_accuracy"] == 1.0  # Armed clash is an accepted alternative
    assert m["actor1_accuracy"] == 1.0  # Battles: order-insensitive, period tag ignored
    assert m["certainty_accuracy"] == 0.0
    assert report.per_article[1].spurious[0]["event_type"] == "Riots"


def test_gold_located_by_an_arabic_name_matches_the_extractions_place(tmp_path):
    event = _gold_event(location="مخيم اليرموك", lat=None, lon=None)
    path = _write(tmp_path / "g.jsonl",
                  [{"id": "a1", "text": TEXT, "published": "2018-05-21", "events": [event]}])

    def extract(text, **_):
        result = fake_extract(text, published="2018-05-21")
        result["events"][0].update(latitude=None, longitude=None)
        result["places"] = [{"mention": "مخيم اليرموك", "name": "Yarmouk Camp",
                             "name_ar": "مخيم اليرموك"}]
        return result

    assert evaluate(path, extract_fn=extract).events.tp == 1


def test_extraction_errors_count_the_article_as_failed_not_fatal(gold_file):
    def broken(text, **_):
        raise InputError("cannot read this")

    report = evaluate(gold_file, extract_fn=broken)
    assert report.failed == 2
    assert report.events.fn == 1 and report.events.tp == 0


def test_load_gold_names_each_bad_line(tmp_path):
    bad = _write(
        tmp_path / "bad.jsonl",
        [
            {"id": "x", "text": "نص", "events": [_gold_event(sub_event_type="Airstrike")]},
            {"id": "y", "events": []},
        ],
    )
    with pytest.raises(InputError) as info:
        load_gold(bad)
    assert "line 1" in str(info.value) and "'Airstrike'" in str(info.value)
    assert "line 2" in str(info.value)


def test_cli_prints_a_table_and_writes_json(gold_file, tmp_path, monkeypatch):
    monkeypatch.setattr(run_mod, "_default_extract", lambda: fake_extract)
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["evaluate", str(gold_file), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "Event F1" in result.output and "0.667" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["events"]["tp"] == 1 and len(data["per_article"]) == 2


def test_cli_json_to_stdout(gold_file, monkeypatch):
    monkeypatch.setattr(run_mod, "_default_extract", lambda: fake_extract)
    result = runner.invoke(app, ["evaluate", str(gold_file), "--json", "-"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"]["fp"] == 1


def test_cli_exits_2_on_a_bad_gold_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(bad)])
    assert result.exit_code == 2
    assert "line 1" in result.output


def test_cli_exits_2_on_a_missing_gold_file(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2


def test_gold_places_are_scored_with_the_places_scorer(tmp_path):
    pytest.importorskip("rasad.evaluation.places")
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "p1",
                "text": TEXT,
                "published": "2018-05-21",
                "places": [
                    {
                        "mention": "مخيم اليرموك",
                        "name": "Yarmouk Camp",
                        "lat": 33.4731,
                        "lon": 36.3031,
                        "country": "SY",
                        "admin1": "Damascus",
                        "role": "other",
                    },
                    {
                        "mention": "دمشق",
                        "name": "Damascus",
                        "lat": 33.5102,
                        "lon": 36.2913,
                        "country": "SY",
                        "admin1": "Damascus",
                        "role": "other",
                    },
                ],
            }
        ],
    )

    def extract(text, **_):
        # Yarmouk placed 30 km away (wrong), Damascus right
        return {
            "events": [{"event_type": "Battles", "sub_event_type": "Armed clash"}],
            "places": [
                {"mention": "مخيم اليرموك", "lat": 33.74, "lon": 36.30, "admin1": "Damascus"},
                {"mention": "دمشق", "lat": 33.51, "lon": 36.29, "admin1": "Damascus"},
            ],
        }

    report = evaluate(gold, extract_fn=extract)
    assert report.places is not None
    assert report.places.metrics()["accuracy_10km"] == 0.5
    # the per-article report names the place that was found too far away
    [far] = report.as_dict()["per_article"][0]["places"]["far"]
    assert far["mention"] == "مخيم اليرموك" and 29 < far["km"] < 31
    # a place-only gold line says nothing about events: the predicted one is not an FP
    assert report.summary()["events"] is None
    rows = dict(report_rows(report))
    assert rows["Events"].startswith("n/a") and "Event precision" not in rows


def test_report_breaks_event_scores_down_by_type(gold_file):
    by_type = evaluate(gold_file, extract_fn=fake_extract).by_type()
    assert by_type["Battles"]["tp"] == 1 and by_type["Battles"]["f1"] == 1.0
    assert by_type["Riots"]["fp"] == 1 and by_type["Riots"]["precision"] == 0.0


def test_report_counts_false_positives_by_cause(gold_file):
    report = evaluate(gold_file, extract_fn=fake_extract)
    # the invented riot sits in an article whose gold has no event at all
    assert report.error_classes() == {"spurious": {"no_gold_event": 1}, "missed": {}}
    assert report.summary()["event_errors"]["spurious"] == {"no_gold_event": 1}
    assert dict(report_rows(report))["False positives by cause"] == "no_gold_event 1"
    assert report.per_article[1].spurious[0]["why"] == "no_gold_event"
