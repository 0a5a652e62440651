"""Shared bits for the place-annotation helpers (not package code)."""

from __future__ import annotations

import csv
import gzip
from functools import lru_cache
from pathlib import Path

from rasad.arabic.normalize import normalize_key
from rasad.corpora import default_data_root

WOF = default_data_root() / "gazetteer" / "wof_arab7_places.tsv.gz"

# Who's On First admin1 name -> ACLED admin1 spelling (as in the ACLED sample export).
WOF_TO_ACLED = {
    ("SY", "Aleppo"): "Aleppo",
    ("SY", "Ar Raqqah"): "Ar-Raqqa",
    ("SY", "As Suwayda'"): "As-Sweida",
    ("SY", "Damascus"): "Damascus",
    ("SY", "Dar`a"): "Dar'a",
    ("SY", "Days Az Zawr"): "Deir-ez-Zor",
    ("SY", "Hamah"): "Hama",
    ("SY", "Hasaka (Al Haksa)"): "Al-Hasakeh",
    ("SY", "Homs (Hims)"): "Homs",
    ("SY", "Idlib"): "Idleb",
    ("SY", "Lattakia"): "Lattakia",
    ("SY", "Quneitra"): "Quneitra",
    ("SY", "Rif Dimashq"): "Rural Damascus",
    ("SY", "Tartus"): "Tartous",
    ("IQ", "Al-Anbar"): "Anbar",
    ("IQ", "Al-Basrah"): "Basrah",
    ("IQ", "Al-Muthannia"): "Muthanna",
    ("IQ", "Al-Qadisiyah"): "Qadissiya",
    ("IQ", "An-Najaf"): "Najaf",
    ("IQ", "Arbil"): "Erbil",
    ("IQ", "As-Sulaymaniyah"): "Sulaymaniyah",
    ("IQ", "At-Ta'mim"): "Kirkuk",
    ("IQ", "Babil"): "Babylon",
    ("IQ", "Baghdad"): "Baghdad",
    ("IQ", "Dhi-Qar"): "Thi-Qar",
    ("IQ", "Dihok"): "Dahuk",
    ("IQ", "Diyala"): "Diyala",
    ("IQ", "Halabja"): "Halabja",
    ("IQ", "Karbala'"): "Kerbala",
    ("IQ", "Kirkuk"): "Kirkuk",
    ("IQ", "Maysan"): "Missan",
    ("IQ", "Ninawa"): "Ninewa",
    ("IQ", "Sala ad-Din"): "Sala al-Din",
    ("IQ", "Wasit"): "Wassit",
    ("YE", "Abyan"): "Abyan",
    ("YE", "Al Bayda'"): "Al Bayda",
    ("YE", "Al Dali'"): "Ad Dali",
    ("YE", "Al Hudaydah"): "Al Hudaydah",
    ("YE", "Al Jawf"): "Al Jawf",
    ("YE", "Al Mahrah"): "Al Mahrah",
    ("YE", "Al Mahwit"): "Al Mahwit",
    ("YE", "Amanat Al Asimah"): "Amanat al Asimah",
    ("YE", "Amran"): "Amran",
    ("YE", "Dhamar"): "Dhamar",
    ("YE", "Hadramawt"): "Hadramawt",
    ("YE", "Hajjah"): "Hajjah",
    ("YE", "Ibb"): "Ibb",
    ("YE", "Lahij"): "Lahij",
    ("YE", "Ma'rib"): "Marib",
    ("YE", "Raymah"): "Raymah",
    ("YE", "Sa`dah"): "Sadah",
    ("YE", "Sana'a"): "Sanaa",
    ("YE", "Shabwah"): "Shabwah",
    ("YE", "Socotra"): "Suqutra",
    ("YE", "Ta`izz"): "Taizz",
    ("YE", "`Adan"): "Aden",
    ("LY", "Ajdabiya"): "Ajdabiya",
    ("LY", "Al Butnan"): "Al Butnan",
    ("LY", "Al Jabal al Akhdar"): "Al Jabal Al Akhdar",
    ("LY", "Al Jifarah"): "Aljfara",
    ("LY", "Al Jufrah"): "Al Jufra",
    ("LY", "Al Kufrah"): "Al Kufra",
    ("LY", "Al Marj"): "Al Marj",
    ("LY", "Al Marqab"): "Almargeb",
    ("LY", "An Nuqat al Khams"): "An Nuqat al Khams",
    ("LY", "Ash Shati'"): "Wadi Ash Shati",
    ("LY", "Az Zawiyah"): "Azzawya",
    ("LY", "Benghazi"): "Benghazi",
    ("LY", "Ghat"): "Ghat",
    ("LY", "Misratah"): "Misrata",
    ("LY", "Murzuq"): "Murzuq",
    ("LY", "Sabha"): "Sabha",
    ("LY", "Surt"): "Sirt",
    ("LY", "Wadi al Hayaa"): "Wadi Al Hayaa",
    ("LY", "Tajura' wa an Nawahi al Arba"): "Tripoli",
    ("LY", "Al Qubbah"): "Derna",
    ("LB", "Akkar"): "Akkar",
    ("LB", "Baalbek-Hermel"): "Baalbek-Hermel",
    ("LB", "Beirut"): "Beirut",
    ("LB", "Beqaa"): "Bekaa",
    ("LB", "Mount Lebanon"): "Mount Lebanon",
    ("LB", "Nabatieh"): "Nabatieh",
    ("LB", "North Lebanon"): "North",
    ("LB", "South Lebanon"): "South",
    ("PS", "Gaza Strip"): "Gaza Strip",
    ("PS", "West Bank"): "West Bank",
}


def strip_al(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


@lru_cache(maxsize=1)
def wof_rows() -> list[dict]:
    with gzip.open(WOF, "rt", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@lru_cache(maxsize=1)
def wof_by_id() -> dict[str, dict]:
    return {r["wof_id"]: r for r in wof_rows()}


@lru_cache(maxsize=1)
def wof_by_key() -> dict[str, list[dict]]:
    idx: dict[str, list[dict]] = {}
    for r in wof_rows():
        for n in filter(None, r["names_ar"].split("|")):
            for k in {normalize_key(n), strip_al(normalize_key(n))}:
                idx.setdefault(k, []).append(r)
        for n in filter(None, [r["name"], *r["names_en"].split("|")]):
            idx.setdefault(n.lower(), []).append(r)
    return idx


def acled_admin1(row: dict) -> str | None:
    if row["placetype"] == "region":
        return WOF_TO_ACLED.get((row["country"], row["name"]), row["name"])
    if not row["admin1_name"]:
        return None
    return WOF_TO_ACLED.get((row["country"], row["admin1_name"]), row["admin1_name"])


def out_path() -> Path:
    return Path(__file__).resolve().parents[2] / "gold" / "places_dev.jsonl"
