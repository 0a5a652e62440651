"""Index building: GeoNames dump parser, WOF reader, name cleaning, write/load round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.errors import GazetteerError
from rasad.gazetteer.build import (
    PlaceRow,
    clean_arabic_names,
    drop_foreign_admin1_names,
    name_governorates,
    plain_latin,
    read_alternate_names,
    read_geonames,
    read_wof,
    write_index,
)
from rasad.gazetteer.index import PlaceIndex

from .conftest import DATA

GN = DATA / "geonames"


def _geonames(**kwargs):
    return list(
        read_geonames(
            GN / "SY_test.txt",
            admin1_codes=GN / "admin1Codes_test.txt",
            admin2_codes=GN / "admin2Codes_test.txt",
            **kwargs,
        )
    )


def test_geonames_dump_keeps_places_with_arabic_names_from_alternatenames_column():
    rows = {r.id: r for r in _geonames()}
    assert set(rows) == {"900001", "900002", "900005"}  # 900003 has no Arabic; 900006 is a road
    assert rows["900001"].names_ar == ["تجربة"]
    assert rows["900002"].admin1 == "Homs"
    assert rows["900002"].admin2 == "Mithal District"
    assert rows["900002"].population == 45000
    assert rows["900002"].feature_code == "PPLA2"
    assert (rows["900001"].lat, rows["900001"].lon) == (35.1, 36.7)


def test_geonames_admin1_uses_acled_spelling_when_known():
    rows = {r.id: r for r in _geonames(acled_admin1={"SY.10": "Hama", "SY.11": "Homs"})}
    assert rows["900001"].admin1 == "Hama"


def test_alternate_names_file_supplies_arabic_names_and_skips_historic_ones():
    alt = read_alternate_names(GN / "alternateNamesV2_test.txt")
    assert alt["900001"] == ["قرية تجربة", "تجربه"]  # raw names; cleaning comes later
    assert alt["900004"] == ["وادي نموذج"]  # "وادي قديم" is historic
    rows = {r.id: r for r in _geonames(alternate_names=GN / "alternateNamesV2_test.txt")}
    assert rows["900004"].names_ar == ["وادي نموذج"]
    assert "900002" not in rows  # its only alternate name is Persian-tagged


def test_geonames_country_filter():
    assert {r.country for r in _geonames(countries=["YE"])} == {"YE"}


def test_geonames_rejects_a_file_that_is_not_a_dump(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text("a\tb\tc\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="19"):
        list(read_geonames(bad))


def test_missing_source_file_is_a_gazetteer_error(tmp_path: Path):
    with pytest.raises(GazetteerError, match="does not exist"):
        list(read_geonames(tmp_path / "nope.txt"))


def test_wof_reader_skips_non_current_rows_and_latin_variants():
    rows = {r.id: r for r in read_wof(DATA / "wof_sample.tsv", acled_admin1={"SY.10": "Hama"})}
    assert "800003" not in rows  # is_current = 0
    assert "800005" not in rows  # only Latin-script variants
    assert rows["800001"].names_ar == ["اختبار"]  # "قرية اختبار": generic head dropped
    assert rows["800001"].admin1 == "Hama"
    assert rows["wof:1002"].feature_code == "ADM1"  # a region without a GeoNames id


def test_governorate_variant_is_dropped_from_town_records():
    rows = {r.id: r for r in read_wof(DATA / "wof_sample.tsv")}
    assert rows["800004"].names_ar == ["بلدة نموذج"]
    assert rows["wof:1002"].names_ar == ["التجربة"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["دِمَشْق"], ["دمشق"]),  # diacritics removed
        (["\u200fحلب\u200e"], ["حلب"]),  # bidi marks removed
        (["Aleppo", "H'alab"], []),
        (["دۇبائى", "شارجہ", "گلستان"], []),  # Uyghur, Urdu, Persian letters
        (["حلب", "حلب"], ["حلب"]),
        (["مدينة حمص", "حمص"], ["حمص"]),  # redundant generic head
        (["مدينة الصدر"], ["مدينة الصدر"]),  # the head is part of this name
    ],
)
def test_clean_arabic_names(raw, expected):
    assert clean_arabic_names(raw) == expected


def test_written_index_loads_back(tmp_path: Path):
    out = tmp_path / "idx.tsv.gz"
    n = write_index(_geonames(), out)
    assert n == 3
    index = PlaceIndex.load(out, overlay=False)
    assert len(index) == 3
    [e] = index.lookup("تجربه")  # any spelling
    assert e.id == "900001" and e.country == "SY"
    assert index.get("900005").name == "Jabal Ikhtibar"


def test_loading_a_non_index_file_is_a_gazetteer_error(tmp_path: Path):
    import gzip

    bad = tmp_path / "x.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("hello\tworld\n")
    with pytest.raises(GazetteerError, match="not a rasad place index"):
        PlaceIndex.load(bad)
    with pytest.raises(GazetteerError, match="cannot read"):
        PlaceIndex.load(tmp_path / "missing.tsv.gz")


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("Al Ḩudaydah", "Al Hudaydah"),
        ("Ta‘izz", "Ta'izz"),  # ayn inside a word: ACLED's apostrophe
        ("‘Afrīn", "Afrin"),  # ...but not at the start of a word
        ("Al 'Aziziyah", "Al Aziziyah"),
        ("Şanlıurfa", "Sanliurfa"),  # ı has no decomposition
        ("Qada’ al Hamdaniyah", "Qada' al Hamdaniyah"),
        ("Aleppo", "Aleppo"),
    ],
)
def test_latin_names_are_written_plain_as_acled_spells_them(raw: str, plain: str) -> None:
    assert plain_latin(raw) == plain


def test_the_written_index_holds_plain_latin_names(tmp_path: Path) -> None:
    row = PlaceRow(id="1", name="Ḩārim", names_ar=["حارم"], country="SY", lat=36.2, lon=36.5,
                   feature_code="PPL", admin1="Idlib", admin2="Ḩārim")
    out = tmp_path / "idx.tsv.gz"
    write_index([row], out)
    entry = PlaceIndex.load(out, overlay=False).get("1")
    assert (entry.name, entry.admin2) == ("Harim", "Harim")


def test_governorates_take_acled_admin1_names_and_other_places_keep_theirs() -> None:
    gov = PlaceRow(id="1", name="Homs (Hims)", names_ar=["حمص"], country="SY", lat=34.7,
                   lon=36.7, feature_code="ADM1", admin1="Homs")
    town = PlaceRow(id="2", name="Hims", names_ar=["حمص"], country="SY", lat=34.7, lon=36.7,
                    feature_code="PPL", admin1="Homs")
    foreign = PlaceRow(id="3", name="Hatay", names_ar=["هاتاي"], country="TR", lat=36.2,
                       lon=36.2, feature_code="ADM1", admin1="Hatay Province")
    rows = name_governorates([gov, town, foreign], ["Homs"])
    assert [r.name for r in rows] == ["Homs", "Hims", "Hatay"]


def test_an_index_built_twice_is_the_same_bytes(tmp_path: Path) -> None:
    one, two = tmp_path / "one.tsv.gz", tmp_path / "two.tsv.gz"
    write_index(_geonames(), one)
    write_index(_geonames(), two)
    assert one.read_bytes() == two.read_bytes()


def test_a_governorate_variant_that_is_a_foreign_governorate_main_name_is_dropped() -> None:
    baghdad = PlaceRow(id="1", name="Baghdad", names_ar=["بغداد", "أمانة العاصمة"], country="IQ",
                       lat=33.3, lon=44.3, feature_code="ADM1")
    sanaa = PlaceRow(id="2", name="Amanat al Asimah", names_ar=["أمانة العاصمة"], country="YE",
                     lat=15.3, lon=44.2, feature_code="ADM1")
    # a shared main name stays on both governorates
    jawf_ye = PlaceRow(id="3", name="Al Jawf", names_ar=["الجوف"], country="YE", lat=16.0,
                       lon=45.0, feature_code="ADM1")
    jawf_sa = PlaceRow(id="4", name="Al Jawf", names_ar=["الجوف"], country="SA", lat=29.8,
                       lon=39.8, feature_code="ADM1")
    rows = drop_foreign_admin1_names([baghdad, sanaa, jawf_ye, jawf_sa])
    assert [r.names_ar for r in rows] == [["بغداد"], ["أمانة العاصمة"], ["الجوف"], ["الجوف"]]


def test_the_capital_secretariat_alone_is_sanaa_not_baghdad() -> None:
    import rasad

    places = rasad.extract("شنت مقاتلات التحالف غارات على أمانة العاصمة فجر اليوم.")["places"]
    assert [(p["name"], p["country"]) for p in places] == [("Amanat al Asimah", "YE")]


def test_wof_names_typed_with_keheh_or_farsi_yeh_are_kept_as_arabic(tmp_path: Path) -> None:
    header = (DATA / "wof_sample.tsv").read_text(encoding="utf-8").splitlines()[0]
    row = ["1003", "900001", "IQ", "locality", "Al Warka'", "الورکاء|ورکای", "", "31.4", "45.3",
           "", "", "", "IQ.13", "", "", "", "-1", "", "geonames", "PPL", "0"]
    kurdish = ["1004", "900002", "IQ", "locality", "Girgar", "گرگار", "", "36.0", "44.0",
               "", "", "", "IQ.05", "", "", "", "-1", "", "geonames", "PPL", "0"]
    src = tmp_path / "wof.tsv"
    src.write_text("\n".join([header, "\t".join(row), "\t".join(kurdish)]) + "\n", "utf-8")
    rows = {r.id: r for r in read_wof(src)}
    assert rows["900001"].names_ar == ["الوركاء", "وركاي"]
    assert "900002" not in rows  # گ is no Arabic letter: a Kurdish spelling stays out
