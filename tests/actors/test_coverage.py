"""Coverage of the actor dictionary: names writers use, date-valid referents, office titles,
head-noun back-references, and the ACLED spellings checked against ACLED's own rows."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import regex

from rasad.actors import find_actors
from rasad.actors.dictionary import default_lexicon
from rasad.actors.matching import default_actor_matcher
from rasad.actors.sources import find_sources
from rasad.arabic.normalize import normalize
from rasad.resources import load_yaml

D = dt.date
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
ACLED_ACTORS = SHARED / "data" / "acled" / "derived_actors_SYR_IRQ_YEM_LBY.csv"
HOUTHI_SALEH = "Military Forces of Yemen (2015-2017) Houthi-Saleh"
DAY = D(2018, 5, 21)


def found(text: str, on: dt.date = DAY) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kb_id) for s in find_actors(text, published=on)]


def names(text: str, on: dt.date = DAY) -> list[str]:
    return [s.kb_id for s in find_actors(text, published=on)]


# ── one scan for names, country words, sources and cues ────────────────────────────────────
def test_the_combined_scan_finds_what_the_separate_matchers_find():
    text = (
        "قالت وسائل إعلام موالية للنظام إن قوات الحكومة اليمنية تقدمت بدعم من طيران التحالف "
        "العربي في تعز، بينما أفاد المرصد السوري بمقتل مدنيين في إدلب."
    )
    matcher = default_actor_matcher()
    norm = normalize(text)
    scan = matcher.scan(text, norm)
    sources = matcher.sources.spans(text, scan.sources, lambda: scan.actors)
    assert sources == find_sources(text, norm)
    # country words inside longer names count too ("اليمنية" in "قوات الحكومة اليمنية")
    alone = {(w.start, w.payloads[0]) for w in matcher.country_words.find(text, norm)}
    isos = sorted(w.payloads[0] for w in scan.country_words)
    assert sorted(iso for _, iso in alone) == isos
    assert len(scan.cues) == 1  # "بدعم من"


# ── names people write ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("قصف المتمردين الحوثيين أحياء المدينة", D(2018, 4, 1),
         "Military Forces of Yemen (2017-) Houthi"),
        ("هاجمت قوات الرئيس السابق علي عبدالله صالح مواقع المقاومة", D(2015, 8, 6), HOUTHI_SALEH),
        ("تقدمت ألوية الناصر صلاح الدين نحو السياج", D(2019, 3, 1),
         "Al Nasser Salah al Deen Brigades"),
        ("اقتحم مستوطنون يهود قرية قرب نابلس", D(2019, 3, 1), "Settlers (Israel)"),
        ("سيطرت فرقة السلطان مراد على القرية", D(2019, 3, 1), "Sultan Murad Division"),
        ("اشتبكت سرايا السلام مع مسلحين في سامراء", D(2019, 3, 1), "Peace Companies"),
        ("هاجمت الجنجويد قرية في دارفور", D(2023, 6, 1), "Rapid Support Forces"),
        ("قصفت طائرات مجهولة مواقع في البوكمال", D(2019, 3, 1), "Unidentified Military Forces"),
        ("اعتقلت قوات النخبة الحضرمية مطلوبين في المكلا", D(2019, 3, 1),
         "Military Forces of Yemen (2012-2022) Hadhrami Elite Forces"),
        ("انتشر عناصر الأمن العام في حمص", D(2025, 2, 1), "Police Forces of Syria (2024-)"),
    ],
)
def test_names_writers_use_reach_their_acled_actor(text, on, expected):
    assert expected in names(text, on), found(text, on)


def test_an_adjective_agrees_with_its_noun_in_the_genitive_plural():
    [(mention, name)] = found("قتل عدد من المسلحين الحوثيين في صعدة")
    assert mention == "المسلحين الحوثيين"
    assert name == "Military Forces of Yemen (2017-) Houthi"


# ── names whose referent depends on the date ───────────────────────────────────────────────
def test_salehs_forces_are_the_joint_forces_only_while_the_alliance_lasted():
    text = "هاجمت قوات صالح مواقع في صنعاء"
    assert names(text, D(2016, 1, 10)) == [HOUTHI_SALEH]
    assert names(text, D(2019, 1, 10)) == []


def test_the_national_accord_government_is_libyan_only_after_skhirat():
    text = "قال مسؤول في حكومة الوفاق الوطني إن الهجوم استهدف مقرا"
    assert names(text, D(2013, 3, 1)) == []
    assert names(text, D(2019, 3, 1)) == [
        "Military Forces of Libya (2016-) Government of National Accord"
    ]


def test_the_libyan_army_is_haftars_force_only_after_operation_dignity():
    text = "سيطر الجيش الليبي على منطقة في بنغازي"
    assert names(text, D(2013, 3, 1)) == ["Military Forces of Libya (2012-2014)"]
    assert names(text, D(2019, 3, 1)) == ["Military Forces of Libya (2014-) Haftar Faction"]


def test_a_generic_name_means_only_an_actor_that_existed_then():
    text = "شن الطيران الحربي غارات على مواقع في مأرب اليمنية"
    assert names(text, D(2013, 3, 1)) == ["Military Forces of Yemen (2012-2022)"]
    assert names(text, D(2018, 3, 1)) == ["Operation Restoring Hope"]


# ── generic names resolved by country ──────────────────────────────────────────────────────
def test_the_republican_guard_belongs_to_the_country_of_the_article():
    assert names("اشتبك الحرس الجمهوري مع المقاومة في صنعاء", D(2015, 8, 1))[0] == HOUTHI_SALEH
    assert names("تقدم الحرس الجمهوري في حي جوبر بدمشق", D(2018, 3, 1)) == [
        "Military Forces of Syria (2000-2024)"
    ]


def test_putschists_are_the_houthis_in_yemen_and_nobody_elsewhere():
    assert names("قصف الانقلابيون أحياء تعز اليمنية", D(2018, 3, 1)) == [
        "Military Forces of Yemen (2017-) Houthi"
    ]
    assert names("قال المتحدث إن الانقلابيين في أنقرة اعتقلوا", D(2016, 7, 20)) == []


def test_the_occupation_is_israel_in_palestine_unless_an_adjective_says_otherwise():
    assert names("اقتحمت قوات الاحتلال مخيم جنين فجر اليوم", D(2019, 3, 1)) == [
        "Military Forces of Israel (2009-2021)"
    ]
    assert names("قصفت قوات الاحتلال التركي قرى في عفرين", D(2019, 3, 1)) == [
        "Military Forces of Turkey (2016-)"
    ]


def test_tribal_fighters_are_the_countrys_unidentified_tribal_militia():
    assert names("اشتبك مسلحو العشائر مع الشرطة في البصرة العراقية", D(2019, 3, 1))[0] == (
        "Unidentified Tribal Militia (Iraq)"
    )


def test_an_indefinite_country_adjective_decides_the_country():
    text = "وذكرت مصادر أمنية ليبية أن مسلحين مجهولين خطفوا موظفا"
    assert names(text, D(2013, 3, 1)) == ["Unidentified Armed Group (Libya)"]


def test_an_article_about_a_country_outside_the_wars_keeps_its_army_to_itself():
    text = "تدخلت وحدات من الجيش الوطني الشعبي لفتح الطرقات في الولايات الجزائرية."
    assert names(text, D(2018, 3, 1)) == []


# ── what is not an actor ───────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    "text",
    [
        "وفق ما أعلن عنه بيان لوزارة الدفاع الوطني",
        "بتوجيه من نائب وزير الدفاع الوطني",
        "بتوجيهات القائد العام للقوات المسلحة",
    ],
)
def test_a_name_inside_an_office_title_is_no_actor(text):
    assert names(text) == []


def test_an_armed_group_named_in_full_is_still_found_after_other_words():
    assert names("هاجمت قوات الدفاع الوطني قرية في ريف حماة") == ["QDW: National Defence Forces"]


def test_a_short_name_refers_back_to_the_force_named_in_full():
    text = (
        "أحرق مستوطنون سيارات في قرية قرب نابلس. وقالت الشرطة الإسرائيلية إنها تحقق، "
        "لكن الشرطة لم تعتقل أحدا."
    )
    assert names(text, D(2019, 3, 1)) == [
        "Settlers (Israel)", "Police Forces of Israel (2009-2021)",
        "Police Forces of Israel (2009-2021)",
    ]


# ── ACLED spellings ────────────────────────────────────────────────────────────────────────
_PERIOD = regex.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def _bare(name: str) -> str:
    return _PERIOD.sub("", name).removeprefix("Former ").strip()


def test_every_name_for_the_reference_countries_is_acleds_or_says_it_is_unverified():
    if not ACLED_ACTORS.exists():
        pytest.skip("../shared/data/acled is absent")
    with ACLED_ACTORS.open(encoding="utf-8") as f:
        acled = {_bare(row["actor"]) for row in csv.DictReader(f)}
    lex = default_lexicon()
    specs = load_yaml("actors.yaml")["actors"]
    notes = {spec["canonical"]: str(spec.get("note") or "") for spec in specs}
    covered = {"SY", "IQ", "YE", "LY", "TR", "RU", "IR", "US", "SA", "AE", None}
    problems = []
    for entry in lex.entries.values():
        if entry.country not in covered:
            continue
        if entry.unit is not None:
            parent = lex.entries[entry.parent]
            spelled = {f"{p.name} {entry.unit}" for p in parent.periods}
            spelled |= {f"{a} {entry.unit}" for a in parent.aliases}
        else:
            spelled = {p.name for p in entry.periods} | set(entry.aliases) | {entry.canonical}
        if {_bare(n) for n in spelled} & acled:
            continue
        if "unverified" not in notes[entry.canonical].lower():
            problems.append(entry.canonical)
    assert not problems, "not in ACLED's rows and not marked unverified: " + ", ".join(problems)


# ── who reports, beyond Syria ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("وقال المتحدث باسم التحالف إن الغارة أصابت هدفا عسكريا", "المتحدث باسم التحالف",
         "Coalition spokesman"),
        ("وذكرت وكالة الأنباء العراقية أن انفجارا وقع", "وكالة الأنباء العراقية",
         "Iraqi News Agency"),
        ("وأفادت لجنة أطباء السودان المركزية بمقتل ثلاثة", "لجنة أطباء السودان المركزية",
         "Sudan Doctors Committee"),
        ("وقالت مصادر قبلية إن الاشتباكات توقفت", "مصادر قبلية", "Tribal sources"),
        ("ونقلت وكالة وفا عن شهود أن", "وكالة وفا", "WAFA"),
    ],
)
def test_sources_of_the_other_wars_are_named(text, mention, name):
    spans = find_sources(text)
    assert [(text[s.start : s.end], s.kb_id) for s in spans][:1] == [(mention, name)]


def test_an_actor_inside_a_spokesmans_title_is_the_source_not_a_party():
    text = "وقال المتحدث باسم التحالف إن طائرات التحالف العربي قصفت مواقع في صعدة"
    assert found(text, D(2018, 3, 1)) == [("طائرات التحالف العربي", "Operation Restoring Hope")]


def test_inter_codes_agree_with_acleds_rows():
    events = SHARED / "data" / "acled" / "rpanlilio_acled_SYR_IRQ_YEM_LBY.csv"
    if not events.exists():
        pytest.skip("../shared/data/acled is absent")
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_actor_seed.py"
    spec = importlib.util.spec_from_file_location("build_actor_seed", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.inter_mismatches(events) == []


def test_every_usual_spelling_of_militia_finds_the_actor():
    for spelled in ("ميليشيات الحوثي", "مليشيات الحوثي", "ميلشيات الحوثي", "ميليشات الحوثي"):
        assert names(f"قصفت {spelled} أحياء تعز", D(2018, 3, 1)) == [
            "Military Forces of Yemen (2017-) Houthi"
        ], spelled


def test_construct_forms_of_fighters_share_one_entry():
    text_nom = "هاجم مسلحو العشائر مركزا للشرطة في البصرة العراقية"
    text_gen = "قتل اثنان من مسلحي العشائر في البصرة العراقية"
    assert names(text_nom, D(2019, 3, 1))[0] == names(text_gen, D(2019, 3, 1))[0] == (
        "Unidentified Tribal Militia (Iraq)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات بين الجيشين الحر والنظامي في ريف حلب.",
        "تدور معارك بين الجيشين النظامي والحر في حمص.",
    ],
)
def test_the_dual_of_army_with_two_adjectives_names_both_armies(text):
    assert sorted(names(text, dt.date(2013, 2, 11))) == [
        "Military Forces of Syria (2000-2024)",
        "Opposition Rebels (Syria)",
    ]


def test_a_dual_army_with_adjectives_no_army_has_names_no_one():
    assert names("تفقد الجيشين الكبير والصغير في المعرض.", dt.date(2013, 2, 11)) == []


def test_popular_committees_are_yemens_popular_resistance_only_in_yemen():
    yemen = "قتل ثلاثة من عناصر اللجان الشعبية في هجوم على نقطة تفتيش في أبين اليمنية."
    assert "Popular Resistance" in names(yemen, dt.date(2016, 2, 1))
    iraq = "اغتال مسلحون أحد مسؤولي اللجان الشعبية في مدينة كركوك العراقية."
    assert "Popular Resistance" not in names(iraq, dt.date(2013, 3, 10))


def test_a_generic_force_with_a_nationality_adjective_is_that_countrys_force():
    assert names("تبادلت القوات المسلحة الماليزية إطلاق النار مع مسلحين.") == [
        "Military Forces of Malaysia"
    ]
    assert names("اعتقلت الشرطة السويدية ثلاثة أشخاص.") == ["Police Forces of Sweden"]


def test_the_iranian_kurdish_party_is_not_iraqs_kdp():
    assert names("هاجم الحزب الديمقراطي الكردستاني الإيراني نقطة حدودية.") == [
        "KDPI: Kurdistan Democratic Party of Iran"
    ]
    assert names("قال الحزب الديمقراطي الكردستاني إن البيشمركة انسحبت.")[0] == (
        "KDP: Kurdistan Democratic Party"
    )
