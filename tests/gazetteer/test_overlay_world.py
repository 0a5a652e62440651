"""Provinces and states abroad (world_admin1.tsv) and the foreign-village rule."""

from __future__ import annotations

import pytest

from rasad.gazetteer.index import PlaceIndex
from rasad.gazetteer.overlay import overlay_rows

from .conftest import SMALL_ROWS, _row, run_places


def _world_rows():
    from rasad.resources import load_tsv

    return load_tsv("gazetteer/world_admin1.tsv")


def test_world_admin1_rows_are_well_formed():
    rows = _world_rows()
    assert len(rows) > 80
    all_ids = [r["id"] for r in overlay_rows()]
    assert len(all_ids) == len(set(all_ids))  # no clash with the curated overlay
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r["id"]
        assert r["feature_code"] in ("ADM1", "PPLA", "PPLC"), r["id"]
        assert r["country"] in ("US", "TR", "IR", "SA", "EG", "SS", "SO", "GB"), r["id"]


@pytest.mark.parametrize(
    ("text", "mention", "name", "precision"),
    [
        ("اندلعت حرائق في ولاية كاليفورنيا الأمريكية.", "كاليفورنيا", "California", 3),
        ("قتل جنديان في اشتباكات بولاية هاتاي جنوبي تركيا.", "هاتاي", "Hatay", 3),
        ("سقطت قذائف على مدينة كلس التركية.", "كلس", "Kilis", 1),
        ("هجوم على حاجز في شمال سيناء.", "شمال سيناء", "North Sinai", 3),
        ("اعتقالات في محافظة خوزستان جنوب غرب إيران.", "خوزستان", "Khuzestan", 3),
        ("قالت واشنطن إنها ستدرس العقوبات.", "واشنطن", "Washington, D.C.", 1),
        ("وقع انفجار عند المعبر في ولاية هاطاي.", "هاطاي", "Hatay", 3),
        ("قتل العشرات في تفجير ببلدة سروج التركية.", "سروج", "Suruc", 1),
        # the UK's Northern Ireland, not the Republic of Ireland its first word names
        ("انفجرت قنبلة في أيرلندا الشمالية أمس.", "أيرلندا الشمالية", "Northern Ireland", 3),
    ],
)
def test_places_abroad_resolve(packaged_index, text, mention, name, precision):
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    assert places[mention].name == name
    assert places[mention].geo_precision == precision


def test_names_shared_with_better_known_places_are_left_out():
    names = {n for r in _world_rows() for n in r["names_ar"].split("|")}
    assert "جورجيا" not in names and "نيويورك" not in names


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("اعتقلت الشرطة رجلا أطلق النار في مركز تجاري بمدينة أتلانتا بولاية جورجيا.",
         "ولاية جورجيا", "US"),
        ("قتل شخصان في إطلاق نار داخل مدرسة ثانوية في جورجيا الأمريكية.", "جورجيا الأمريكية",
         "US"),
        # bare, the name is the country
        ("تظاهر المئات في جورجيا احتجاجا على قانون جديد في العاصمة تبليسي.", "جورجيا", "GE"),
    ],
)
def test_georgia_after_wilaya_or_the_us_adjective_is_the_us_state(
    packaged_index, text, mention, country
):
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    assert places[mention].name == "Georgia"
    assert places[mention].country == country


@pytest.fixture(scope="module")
def index_with_foreign_village() -> PlaceIndex:
    rows = [*SMALL_ROWS,
            _row("90", "Al Murabba (Iraq)", "المربع", "IQ", "Kirkuk", 35.2, 44.1, "PPL", 0),
            _row("91", "Yemen", "اليمن", "YE", "", 15.5, 47.5, "PCLI", 28_000_000),
            _row("92", "Sanaa", "صنعاء", "YE", "Sanaa", 15.35, 44.2, "PPLC", 1_900_000),
            _row("93", "Al Rawda (Syria)", "الروضة", "SY", "Hama", 35.1, 36.9, "PPLA3", 0),
            _row("94", "Taizz", "تعز", "YE", "Taizz", 13.58, 44.02, "PPLA", 600_000)]
    return PlaceIndex.from_rows(rows)


def test_small_village_in_a_country_the_qualifier_contradicts_is_dropped(
    index_with_foreign_village,
):
    found = {t for t, _ in run_places("قصف على قرية المربع في اليمن.", index_with_foreign_village)}
    assert "المربع" not in found and "اليمن" in found


def test_small_village_abroad_from_all_the_articles_places_is_dropped(index_with_foreign_village):
    text = "قتل مدنيون في قرية المربع بعد معارك في حمص وحلب وإدلب."
    found = {t for t, _ in run_places(text, index_with_foreign_village)}
    assert "المربع" not in found and {"حمص", "حلب", "إدلب"} <= found
    found = {t for t, _ in run_places("قتل مدنيون في قرية المربع.", index_with_foreign_village)}
    assert "المربع" in found  # nothing says it is elsewhere


def test_sub_district_seat_abroad_from_all_the_articles_places_is_dropped(
    index_with_foreign_village,
):
    # no qualifier links to it (a street stands between), but the article is about Taiz
    text = "قتلت امرأة برصاص قناص في قرية الروضة بشارع المطار، وشيعت في مدينة تعز."
    found = {t: s.value for t, s in run_places(text, index_with_foreign_village)}
    assert "الروضة" not in found and "تعز" in found
    text = "قتلت امرأة برصاص قناص في قرية الروضة بشارع المطار، وشيعت في مدينة حلب."
    found = {t: s.value for t, s in run_places(text, index_with_foreign_village)}
    assert found["الروضة"].country == "SY"  # in the country of the article's other places


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("فر الأهالي من مدينة دوما في غوطة دمشق الشرقية.", "غوطة دمشق الشرقية", "Eastern Ghouta"),
        ("سقطت قذائف على بلدات غوطة دمشق الغربية.", "غوطة دمشق الغربية", "Western Ghouta"),
    ],
)
def test_ghouta_named_after_damascus_is_the_region_not_the_city(
    packaged_index, text, mention, name
):
    places = {t: s.value.name for t, s in run_places(text, packaged_index)}
    assert places.get(mention) == name
    assert "دمشق" not in places


@pytest.mark.parametrize(
    "text",
    [
        "نجا رياض الأحمد من انفجار عبوة في مدينة حمص.",  # a given name, not Riyadh
        "احتجز مسلحون عناصر من قوة الأمم المتحدة لمراقبة فض الاشتباك قرب حمص.",  # a UN force
        "التقى الوزيران في حمص على هامش قمة دول جنوب شرق آسيا.",  # the continent
    ],
)
def test_names_and_forces_that_spell_a_place_are_no_place(packaged_index, text):
    places = [t for t, _ in run_places(text, packaged_index)]
    assert places == ["حمص"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("قتل ضابط في انفجار عبوة استهدفت سيارته في مدينة جبلة.", "SY"),  # Jableh by default
        ("قتل ثلاثة في قصف على مدينة جبلة بمحافظة إب.", "YE"),  # Jiblah when Ibb says so
    ],
)
def test_jableh_is_the_bare_names_referent_unless_the_text_says_yemen(
    packaged_index, text, country
):
    places = {t: s.value for t, s in run_places(text, packaged_index)}
    assert places["جبلة"].country == country


def test_overlay_admin1_names_carry_no_generic_suffix():
    # the build strips "Region" / "Province" from GeoNames' admin1 names ("Eastern Province"
    # → "Eastern"); an overlay row spelt with the suffix would put one province under two names
    suffixes = (" Region", " Province", " Governorate", " Prefecture", " Oblast")
    for r in overlay_rows():
        assert not (r.get("admin1") or "").endswith(suffixes), r["id"]


def test_qatif_shares_its_province_name_with_dammam():
    spans = dict(run_places("قتل شرطي في القطيف وأصيب آخر في الدمام بالمنطقة الشرقية."))
    assert spans["القطيف"].value.admin1 == spans["الدمام"].value.admin1 == "Eastern"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("خرج آلاف المحتجين إلى الشوارع في أنحاء غينيا أمس.", "غينيا", "GN"),
        ("قتل ثلاثة في مواجهات جديدة بين الشرطة والطلاب في نيكاراغوا.", "نيكاراغوا", "NI"),
        ("اعتقلت الشرطة في كوسوفو خمسة مشتبه بهم.", "كوسوفو", "XK"),
        ("وصل الرئيس إلى غينيا بيساو في زيارة رسمية.", "غينيا بيساو", "GW"),
        ("اعتقلت السلطات سياحا في منغوليا الداخلية بشمال الصين.", "منغوليا الداخلية", "CN"),
    ],
)
def test_countries_beyond_the_region_are_places(text, mention, country):
    spans = dict(run_places(text))
    assert spans[mention].value.country == country


def test_the_gulf_of_guinea_is_no_country():
    assert run_places("غرق مركب يحمل عشرات المهاجرين في خليج غينيا.") == []
