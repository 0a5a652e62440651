"""``rasad gazetteer`` commands: help text on every option, build from a GeoNames fixture."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from rasad.commands.gazetteer import gazetteer_app, register
from rasad.gazetteer.index import PlaceIndex

from .conftest import DATA

runner = CliRunner()


def test_every_option_has_help_text():
    app = typer.Typer()
    register(app)
    cmd = typer.main.get_command(app)
    group = cmd.commands["gazetteer"]  # type: ignore[attr-defined]
    for name, sub in group.commands.items():
        assert sub.help, name
        for param in sub.params:
            assert getattr(param, "help", None), f"{name} {param.name}"


def test_build_from_geonames_fixture(tmp_path: Path):
    out = tmp_path / "idx.tsv.gz"
    gn = DATA / "geonames"
    result = runner.invoke(
        gazetteer_app,
        [
            "build", "--out", str(out), "--geonames", str(gn / "SY_test.txt"),
            "--admin1-codes", str(gn / "admin1Codes_test.txt"), "--no-world-cities",
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(PlaceIndex.load(out, overlay=False)) == 3


def test_build_without_sources_is_a_usage_error(tmp_path: Path):
    result = runner.invoke(
        gazetteer_app, ["build", "--out", str(tmp_path / "x.gz"), "--no-world-cities"]
    )
    assert result.exit_code == 2
