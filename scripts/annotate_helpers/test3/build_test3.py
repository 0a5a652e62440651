"""Compile events_test3.ann into gold/events_test3.jsonl (third held-out event set).

python build_test3.py [--check]
The .ann format is in its header. Coordinates are "lat,lon" (the annotator's), or "a" / "a:CC":
the location of that name in ACLED's derived location list for the article's country (or CC),
else the most populous Who's On First locality of that English name there. --check also loads
every article (needs ../shared/data), reports publication dates that differ from the header and
prints every event with its coordinates for review.
"""

from __future__ import annotations

import csv
import json
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _common import wof_rows  # noqa: E402

from rasad.corpora import default_data_root, load_ref  # noqa: E402

REPO = HERE.parents[2]
SOURCE = HERE / "events_test3.ann"
TARGET = REPO / "gold" / "events_test3.jsonl"
EVENT_TYPES = {"B": "Battles", "ERV": "Explosions/Remote violence",
               "VAC": "Violence against civilians", "P": "Protests", "R": "Riots",
               "SD": "Strategic developments"}
CERTAINTY = {"a": "asserted", "r": "reported", "d": "denied"}
ACLED_COUNTRY = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LY": "Libya"}
FIELDS = ("type", "sub", "alt", "date", "location", "coords", "actor1", "actor2",
          "fatalities", "certainty", "required")


@cache
def acled_points() -> dict[tuple[str, str], tuple[float, float]]:
    path = default_data_root() / "acled" / "derived_locations_SYR_IRQ_YEM_LBY.csv"
    points: dict[tuple[str, str], tuple[float, float]] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            points.setdefault((row["country"], row["location"].casefold()),
                              (float(row["latitude"]), float(row["longitude"])))
    return points


def wof_point(name: str, cc: str) -> tuple[float, float] | None:
    key = name.casefold()
    best = None
    for row in wof_rows():
        if row["country"] != cc or row["placetype"] != "locality":
            continue
        names = {row["name"].casefold(), *row["names_en"].casefold().split("|")}
        if key in names and (best is None
                             or int(row["population"] or 0) > int(best["population"] or 0)):
            best = row
    return None if best is None else (round(float(best["lat"]), 5), round(float(best["lon"]), 5))


def coordinates(location: str, coords: str, cc: str, where: str) -> tuple[float, float]:
    if not coords.startswith("a"):
        lat, lon = (float(x) for x in coords.split(","))
        return lat, lon
    cc = coords.partition(":")[2] or cc
    country = ACLED_COUNTRY.get(cc)
    city = location.split(" - ")[0]
    point = (acled_points().get((country, location.casefold()))
             or acled_points().get((country, city.casefold())) or wof_point(city, cc))
    if point is None:
        raise SystemExit(f"{where}: no coordinates for {location!r} in {cc}; write lat,lon")
    return point


def parse(path: Path = SOURCE) -> list[dict]:
    alias: dict[str, str] = {}
    out: list[dict] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{n}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, _, full = line[1:].partition("=")
            alias[name.strip()] = full.strip()
            continue
        if line.startswith("="):
            corpus, field, rid, published, outlet, country = line[1:].strip().split("\t")
            out.append({"id": f"events-test3-{len(out) + 1:03d}",
                        "ref": {"corpus": corpus, field: rid}, "published": published,
                        "outlet": outlet, "country": country, "events": []})
            continue
        if line.startswith("N:"):
            out[-1]["note"] = line[2:].strip()
            continue
        if not line.startswith("E:"):
            raise SystemExit(f"{where}: unrecognised line")
        values = [v.strip() for v in line[2:].split("|")]
        if len(values) != len(FIELDS):
            raise SystemExit(f"{where}: {len(values)} fields, expected {len(FIELDS)}")
        f = dict(zip(FIELDS, values, strict=True))
        lat, lon = coordinates(f["location"], f["coords"], out[-1]["country"], where)
        out[-1]["events"].append({
            "event_type": EVENT_TYPES[f["type"]],
            "sub_event_type": f["sub"],
            "alt_sub_event_types": [] if f["alt"] == "-" else
            [s.strip() for s in f["alt"].split(",")],
            "date": f["date"], "location": f["location"], "lat": lat, "lon": lon,
            "actor1": alias.get(f["actor1"], f["actor1"]),
            "actor2": None if f["actor2"] == "-" else alias.get(f["actor2"], f["actor2"]),
            "fatalities": int(f["fatalities"]), "certainty": CERTAINTY[f["certainty"]],
            "required": {"y": True, "n": False}[f["required"]]})
    return out


def review(records: list[dict]) -> None:
    for r in records:
        article = load_ref(r["ref"])
        if article.published != r["published"]:
            print(f"{r['id']}: published {article.published}, header says {r['published']}")
        for e in r["events"]:
            print(f"{r['id']} {e['event_type'][:10]:10} {e['date']} {e['location']} "
                  f"({e['lat']}, {e['lon']}) {e['actor1']} / {e['actor2']} "
                  f"{e['fatalities']} {'req' if e['required'] else 'opt'}")


def main(argv: list[str]) -> None:
    records = parse()
    TARGET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    print(f"{len(records)} articles, {sum(len(r['events']) for r in records)} events -> {TARGET}")
    if "--check" in argv:
        review(records)


if __name__ == "__main__":
    main(sys.argv[1:])
