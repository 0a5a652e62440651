#!/usr/bin/env python3
"""Seed rows for resources/actors.yaml from ACLED's public actor strings (facts only).

Reads ``derived_actors_SYR_IRQ_YEM_LBY.csv`` (actor strings with mention counts) and the full
ACLED event file beside it (for each actor's inter code), and writes one TSV row per actor:
country, actor, mentions, inter, and whether rasad's dictionary already knows the name. An
analyst reads the unknown rows and adds the frequent ones, with their Arabic names, to
``src/rasad/resources/actors.yaml``. Nothing is copied into the package by this script.

    python scripts/build_actor_seed.py ../shared/data/acled --missing-only > seed.tsv
    python scripts/build_actor_seed.py ../shared/data/acled --check-inter

``--check-inter`` lists the actors whose inter code in rasad (for an event in that country,
``rasad.actors.actor_inter``) differs from the code ACLED gives them in its event rows.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ACTORS_CSV = "derived_actors_SYR_IRQ_YEM_LBY.csv"
EVENTS_CSV = "rpanlilio_acled_SYR_IRQ_YEM_LBY.csv"


COUNTRY_ISO = {"Syria": "SY", "Iraq": "IQ", "Yemen": "YE", "Libya": "LY"}


def inter_by_country(events: Path) -> dict[tuple[str, str], int]:
    """The most frequent inter code of each (actor string, ACLED country) in an event file."""
    seen: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    with events.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for actor, inter in ((row["actor1"], row["inter1"]), (row["actor2"], row["inter2"])):
                if actor and inter.strip().isdigit():
                    seen[(actor, row["country"])][int(inter)] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in seen.items()}


def inter_mismatches(events: Path) -> list[tuple[str, str, int, int]]:
    """(actor, country, ACLED's inter, rasad's inter) for every known actor that disagrees."""
    from rasad.actors import UnknownActorError, actor_inter

    out = []
    for (actor, country), theirs in sorted(inter_by_country(events).items()):
        iso = COUNTRY_ISO.get(country)
        try:
            ours = actor_inter(actor, country=iso)
        except UnknownActorError:
            continue
        if ours != theirs:
            out.append((actor, country, theirs, ours))
    return out


def inter_codes(events: Path) -> dict[str, int]:
    """The most frequent inter code of each actor string in an ACLED event file."""
    seen: dict[str, Counter[int]] = defaultdict(Counter)
    with events.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for actor, inter in ((row["actor1"], row["inter1"]), (row["actor2"], row["inter2"])):
                if actor and inter.strip().isdigit():
                    seen[actor][int(inter)] += 1
    return {actor: counts.most_common(1)[0][0] for actor, counts in seen.items()}


def known(name: str) -> bool:
    from rasad.actors import UnknownActorError, actor_info

    try:
        actor_info(name)
    except UnknownActorError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("acled_dir", type=Path, help="folder with the ACLED csv files")
    parser.add_argument("--missing-only", action="store_true",
                        help="only actors rasad's dictionary does not know yet")
    parser.add_argument("--min-mentions", type=int, default=1, help="skip rarer actors")
    parser.add_argument("--check-inter", action="store_true",
                        help="list known actors whose inter code differs from ACLED's")
    args = parser.parse_args(argv)
    actors_csv = args.acled_dir / ACTORS_CSV
    if not actors_csv.exists():
        parser.error(f"{actors_csv} not found; pass the folder holding {ACTORS_CSV}")
    events_csv = args.acled_dir / EVENTS_CSV
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    if args.check_inter:
        if not events_csv.exists():
            parser.error(f"{events_csv} not found; --check-inter needs ACLED's event rows")
        out.writerow(["actor", "country", "acled_inter", "rasad_inter"])
        rows = inter_mismatches(events_csv)
        out.writerows(rows)
        return 1 if rows else 0
    inter = inter_codes(events_csv) if events_csv.exists() else {}
    out.writerow(["country", "actor", "mentions", "inter", "in_dictionary"])
    with actors_csv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            mentions = int(row["mentions"])
            if mentions < args.min_mentions:
                continue
            is_known = known(row["actor"])
            if args.missing_only and is_known:
                continue
            out.writerow([row["country"], row["actor"], mentions, inter.get(row["actor"], ""),
                          "yes" if is_known else "no"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
