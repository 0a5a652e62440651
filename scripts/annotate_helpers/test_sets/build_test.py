"""Compile the test annotations into gold/places_test.jsonl and gold/events_test.jsonl.

python build_test.py [--check]
places_test.ann uses the format of ../places_dev.ann (see ../build_gold.py); events_test.ann is
described in its header. --check also loads every article, reports mentions and aliases missing
from the body and prints each event's resolved coordinates for review (needs ../shared/data).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _common import acled_admin1, wof_by_id, wof_rows  # noqa: E402

from rasad.arabic.match import PhraseMatcher  # noqa: E402
from rasad.corpora import default_data_root, load_ref  # noqa: E402

REPO = HERE.parents[2]
ROLES = {"e": "event_location", "o": "origin", "d": "destination", "x": "other"}
TYPES = {"B": "Battles", "ERV": "Explosions/Remote violence", "VAC": "Violence against civilians",
         "P": "Protests", "R": "Riots", "SD": "Strategic developments"}
CERTAINTY = {"a": "asserted", "r": "reported", "d": "denied"}
COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LY": "Libya"}


def _header(line: str) -> list[str]:
    return line[1:].strip().split("\t")


def _spec_place(spec: str, rows: dict) -> dict:
    if spec.startswith("w:"):
        r = rows[spec[2:]]
        place = {"lat": round(float(r["lat"]), 5), "lon": round(float(r["lon"]), 5),
                 "country": r["country"] or None,
                 "admin1": acled_admin1(r) if r["placetype"] != "country" else None,
                 "wof_id": spec[2:], "source": "wof"}
        if r.get("geonameid"):
            place["geonameid"] = r["geonameid"]
        return place
    lat, lon, cc, admin1 = (p.strip() for p in spec.split(","))
    return {"lat": float(lat), "lon": float(lon), "country": cc,
            "admin1": None if admin1 == "-" else admin1, "source": "annotator"}


def build_places(path: Path) -> list[dict]:
    rows = wof_by_id()
    known: dict[str, str] = {}
    records: list[dict] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            key, _, spec = line[1:].partition("=")
            known[key.strip()] = spec.strip()
            continue
        if line.startswith("="):
            corpus, field, rid, published = _header(line)[:4]
            records.append({"id": f"places-test-{len(records) + 1:03d}",
                            "ref": {"corpus": corpus, field: rid}, "published": published,
                            "places": []})
            continue
        try:
            mentions, name, spec, role, prec = (p.strip() for p in line.split("|"))
        except ValueError:
            raise SystemExit(f"places line {lineno}: expected 5 fields: {raw}") from None
        forms = [m.strip() for m in mentions.split("/")]
        if spec.startswith("k:"):
            spec = known[spec[2:]]
        place: dict = {"mention": forms[0], "name": name, **_spec_place(spec, rows),
                       "role": ROLES[role], "geo_precision": int(prec)}
        if len(forms) > 1:
            place["aliases"] = forms[1:]
        records[-1]["places"].append(place)
    for r in records:
        for p in r["places"]:
            if p["admin1"] is None and p["geo_precision"] == 3 and _is_country(p):
                p["place_type"] = "country"
    return records


def _is_country(place: dict) -> bool:
    rid = place.get("wof_id")
    if rid:
        return wof_by_id()[rid]["placetype"] == "country"
    return place["source"] == "annotator" and place["admin1"] is None


def _acled_locations() -> dict[tuple[str, str], tuple[float, float]]:
    path = default_data_root() / "acled" / "derived_locations_SYR_IRQ_YEM_LBY.csv"
    out: dict[tuple[str, str], tuple[float, float]] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["country"], row["location"].lower())
            out.setdefault(key, (float(row["latitude"]), float(row["longitude"])))
    return out


def _wof_english(name: str, cc: str) -> tuple[float, float] | None:
    hits = [r for r in wof_rows() if r["country"] == cc and r["placetype"] == "locality"
            and name.lower() in {r["name"].lower(), *r["names_en"].lower().split("|")}]
    if not hits:
        return None
    best = max(hits, key=lambda r: int(r["population"] or 0))
    return round(float(best["lat"]), 5), round(float(best["lon"]), 5)


def build_events(path: Path) -> list[dict]:
    aliases: dict[str, str] = {}
    acled = _acled_locations()
    records: list[dict] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition("=")
            aliases[key.strip()] = value.strip()
        elif line.startswith("="):
            corpus, field, rid, published, outlet, country = _header(line)
            records.append({"id": f"events-test-{len(records) + 1:03d}",
                            "ref": {"corpus": corpus, field: rid}, "published": published,
                            "outlet": outlet, "country": country, "events": []})
        elif line.startswith("N:"):
            records[-1]["note"] = line[2:].strip()
        elif line.startswith("E:"):
            parts = [p.strip() for p in line[2:].split("|")]
            if len(parts) != 11:
                raise SystemExit(f"events line {lineno}: expected 11 fields: {raw}")
            etype, sub, alt, date, loc, coords, a1, a2, fat, cert, req = parts
            cc = records[-1]["country"]
            if coords == "a" or coords.startswith("a:"):
                cc = coords[2:] or cc
                base = loc.split(" - ")[0]
                found = (acled.get((COUNTRY_NAMES.get(cc, ""), loc.lower()))
                         or acled.get((COUNTRY_NAMES.get(cc, ""), base.lower()))
                         or _wof_english(base, cc))
                if found is None:
                    raise SystemExit(f"events line {lineno}: no coordinates for {loc!r} in {cc}")
                lat, lon = found
            else:
                lat, lon = (float(x) for x in coords.split(","))
            records[-1]["events"].append({
                "event_type": TYPES[etype], "sub_event_type": sub,
                "alt_sub_event_types": [] if alt == "-" else [s.strip() for s in alt.split(",")],
                "date": date, "location": loc, "lat": lat, "lon": lon,
                "actor1": aliases.get(a1, a1), "actor2": None if a2 == "-" else aliases.get(a2, a2),
                "fatalities": int(fat), "certainty": CERTAINTY[cert], "required": req == "y"})
    return records


def _write(records: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _check(places: list[dict], events: list[dict]) -> None:
    root = default_data_root()
    for r in places:
        text = load_ref(r["ref"], root).text
        for p in r["places"]:
            for form in (p["mention"], *p.get("aliases", [])):
                if not PhraseMatcher([(form, None)]).find(text):
                    sys.stdout.write(f"{r['id']}: {form!r} not in text\n")
    for r in events:
        art = load_ref(r["ref"], root)
        if art.published != r["published"]:
            sys.stdout.write(f"{r['id']}: published {art.published} != {r['published']}\n")
        for e in r["events"]:
            sys.stdout.write(f"{r['id']} {e['event_type'][:10]:10} {e['date']} {e['location']} "
                             f"{e['lat']},{e['lon']} {e['actor1']} / {e['actor2']} "
                             f"{e['fatalities']}\n")


def main(argv: list[str]) -> None:
    places = build_places(HERE / "places_test.ann")
    events = build_events(HERE / "events_test.ann")
    _write(places, REPO / "gold" / "places_test.jsonl")
    _write(events, REPO / "gold" / "events_test.jsonl")
    sys.stdout.write(f"{len(places)} place articles, {len(events)} event articles\n")
    if "--check" in argv:
        _check(places, events)


if __name__ == "__main__":
    main(sys.argv[1:])
