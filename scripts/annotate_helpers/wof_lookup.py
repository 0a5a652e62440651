"""Look up candidate WOF places for Arabic or English names: python wof_lookup.py NAME [NAME...]"""

from __future__ import annotations

import sys

from _common import acled_admin1, strip_al, wof_by_key

from rasad.arabic.normalize import normalize_key


def main(names: list[str]) -> None:
    idx = wof_by_key()
    for name in names:
        key = normalize_key(name)
        rows = {r["wof_id"]: r for k in {key, strip_al(key), name.lower()} for r in idx.get(k, [])}
        sys.stdout.write(f"== {name}: {len(rows)}\n")
        ranked = sorted(rows.values(), key=lambda r: -int(r["population"] or 0))
        for r in ranked[:12]:
            sys.stdout.write(
                f"  {r['wof_id']} {r['placetype'][:5]} {r['gn_feature_code']:5} {r['country']} "
                f"{r['name']!r} {float(r['lat']):.4f},{float(r['lon']):.4f} "
                f"a1={acled_admin1(r)} a2={r['admin2_name']} pop={r['population']}\n"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
