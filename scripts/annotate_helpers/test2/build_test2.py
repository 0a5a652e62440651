"""Compile events_test2.ann into gold/events_test2.jsonl (second held-out event set).

python build_test2.py [--check]
The annotation format is described in the header of events_test2.ann. Coordinates are the
annotator's "lat,lon", or "a" / "a:CC": the ACLED derived location of that name in the article's
country (or CC), else the most populous Who's On First locality with that English name.
--check also loads every article (needs ../shared/data), compares publication dates and prints
each event with its resolved coordinates for review.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _common import wof_rows  # noqa: E402

from rasad.corpora import default_data_root, load_ref  # noqa: E402

REPO = HERE.parents[2]
SOURCE = HERE / "events_test2.ann"
TARGET = REPO / "gold" / "events_test2.jsonl"
TYPES = {"B": "Battles", "ERV": "Explosions/Remote violence", "VAC": "Violence against civilians",
         "P": "Protests", "R": "Riots", "SD": "Strategic developments"}
CERTAINTY = {"a": "asserted", "r": "reported", "d": "denied"}
REQUIRED = {"y": True, "n": False}
COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LY": "Libya"}


def acled_locations() -> dict[tuple[str, str], tuple[float, float]]:
    """(country name, lower-cased location) -> (lat, lon) from ACLED's derived location list."""
    path = default_data_root() / "acled" / "derived_locations_SYR_IRQ_YEM_LBY.csv"
    found: dict[tuple[str, str], tuple[float, float]] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["country"], row["location"].lower())
            found.setdefault(key, (float(row["latitude"]), float(row["longitude"])))
    return found


def wof_locality(name: str, cc: str) -> tuple[float, float] | None:
    """The most populous WOF locality in country cc whose English name is name."""
    want = name.lower()
    hits = [r for r in wof_rows() if r["country"] == cc and r["placetype"] == "locality"
            and want in {r["name"].lower(), *r["names_en"].lower().split("|")}]
    if not hits:
        return None
    best = max(hits, key=lambda r: int(r["population"] or 0))
    return round(float(best["lat"]), 5), round(float(best["lon"]), 5)


def resolve(loc: str, coords: str, cc: str, acled: dict, lineno: int) -> tuple[float, float]:
    if coords != "a" and not coords.startswith("a:"):
        lat, lon = (float(x) for x in coords.split(","))
        return lat, lon
    cc = coords[2:] or cc
    country = COUNTRY_NAMES.get(cc, "")
    found = (acled.get((country, loc.lower())) or acled.get((country, loc.split(" - ")[0].lower()))
             or wof_locality(loc.split(" - ")[0], cc))
    if found is None:
        raise SystemExit(f"line {lineno}: no coordinates for {loc!r} in {cc}; give lat,lon")
    return found


def build(path: Path = SOURCE) -> list[dict]:
    aliases: dict[str, str] = {}
    acled = acled_locations()
    records: list[dict] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition("=")
            aliases[key.strip()] = value.strip()
        elif line.startswith("="):
            corpus, field, rid, published, outlet, country = line[1:].strip().split("\t")
            records.append({"id": f"events-test2-{len(records) + 1:03d}",
                            "ref": {"corpus": corpus, field: rid}, "published": published,
                            "outlet": outlet, "country": country, "events": []})
        elif line.startswith("N:"):
            records[-1]["note"] = line[2:].strip()
        elif line.startswith("E:"):
            parts = [p.strip() for p in line[2:].split("|")]
            if len(parts) != 11:
                raise SystemExit(f"line {lineno}: expected 11 fields, got {len(parts)}: {raw}")
            etype, sub, alt, date, loc, coords, a1, a2, fat, cert, req = parts
            lat, lon = resolve(loc, coords, records[-1]["country"], acled, lineno)
            records[-1]["events"].append({
                "event_type": TYPES[etype], "sub_event_type": sub,
                "alt_sub_event_types": [] if alt == "-" else [s.strip() for s in alt.split(",")],
                "date": date, "location": loc, "lat": lat, "lon": lon,
                "actor1": aliases.get(a1, a1), "actor2": None if a2 == "-" else aliases.get(a2, a2),
                "fatalities": int(fat), "certainty": CERTAINTY[cert], "required": REQUIRED[req]})
        else:
            raise SystemExit(f"line {lineno}: unrecognised line: {raw}")
    return records


def check(records: list[dict]) -> None:
    root = default_data_root()
    for r in records:
        article = load_ref(r["ref"], root)
        if article.published != r["published"]:
            sys.stdout.write(f"{r['id']}: published {article.published} != {r['published']}\n")
        for e in r["events"]:
            sys.stdout.write(f"{r['id']} {e['event_type'][:12]:12} {e['date']} {e['location']} "
                             f"{e['lat']},{e['lon']} {e['actor1']} / {e['actor2']} "
                             f"{e['fatalities']} {'req' if e['required'] else 'opt'}\n")


def main(argv: list[str]) -> None:
    records = build()
    with open(TARGET, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_events = sum(len(r["events"]) for r in records)
    sys.stdout.write(f"{len(records)} articles, {n_events} events -> {TARGET}\n")
    if "--check" in argv:
        check(records)


if __name__ == "__main__":
    main(sys.argv[1:])
