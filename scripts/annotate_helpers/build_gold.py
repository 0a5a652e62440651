"""Compile the hand annotations (places_dev.ann) into gold/places_dev.jsonl.

Annotation file format (UTF-8, one block per article, no article text):
  = CORPUS<TAB>FIELD<TAB>ID<TAB>PUBLISHED
  MENTION[ / ALIAS ...] | English name | SPEC | role | geo_precision
SPEC is ``w:<wof_id>`` (coordinates, country and admin1 from the Who's On First extract) or
``lat,lon,CC,admin1`` for a place the annotator located themselves (admin1 ``-`` for none), or
``k:<key>`` for such a place defined once in a line ``! key = lat,lon,CC,admin1``.
Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from _common import acled_admin1, out_path, wof_by_id

ROLES = {"e": "event_location", "o": "origin", "d": "destination", "x": "other"}


def parse(path: Path) -> list[dict]:
    records: list[dict] = []
    rows = wof_by_id()
    known: dict[str, str] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            key, _, spec = line[1:].partition("=")
            known[key.strip()] = spec.strip()
            continue
        if line.startswith("="):
            corpus, field, rid, published = line[1:].strip().split("\t")
            records.append(
                {
                    "id": f"places-dev-{len(records) + 1:03d}",
                    "ref": {"corpus": corpus, field: rid},
                    "published": published,
                    "places": [],
                }
            )
            continue
        try:
            mentions, name, spec, role, prec = (p.strip() for p in line.split("|"))
        except ValueError:
            raise SystemExit(f"line {lineno}: expected 5 fields: {raw}") from None
        forms = [m.strip() for m in mentions.split("/")]
        place: dict = {"mention": forms[0], "name": name}
        if spec.startswith("k:"):
            spec = known[spec[2:]]
        if spec.startswith("w:"):
            r = rows[spec[2:]]
            place.update(
                lat=round(float(r["lat"]), 5),
                lon=round(float(r["lon"]), 5),
                country=r["country"] or None,
                admin1=acled_admin1(r) if r["placetype"] != "country" else None,
                wof_id=r["wof_id"],
                source="wof",
            )
            if r["gn_id"]:
                place["geonameid"] = r["gn_id"]
        else:
            lat, lon, cc, a1 = (p.strip() for p in spec.split(","))
            place.update(
                lat=float(lat),
                lon=float(lon),
                country=cc,
                admin1=None if a1 == "-" else a1,
                source="annotator",
            )
        place["role"] = ROLES.get(role, role)
        place["geo_precision"] = int(prec)
        # A whole country: scored by country code, not by distance to an arbitrary centroid.
        if (spec.startswith("w:") and rows[spec[2:]]["placetype"] == "country") or (
            not spec.startswith("w:") and place["admin1"] is None and place["geo_precision"] == 3
        ):
            place["place_type"] = "country"
        if len(forms) > 1:
            place["aliases"] = forms[1:]
        records[-1]["places"].append(place)
    return records


def main(src: str) -> None:
    records = parse(Path(src))
    out = out_path()
    out.parent.mkdir(exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["places"]) for r in records)
    sys.stderr.write(f"{len(records)} articles, {n} places -> {out}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("places_dev.ann")))
