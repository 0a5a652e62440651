"""Events stage bugs found on fresh news: hashtags, country-less actors, threatened deaths and
protest words inside the protesters' own mention. Run through the real stages."""

from __future__ import annotations

from typing import Any

import pytest

import rasad


def _events(text: str, published: str = "2018-03-10") -> list[dict[str, Any]]:
    return rasad.extract(text, published=published)["events"]


def _only(text: str, published: str = "2018-03-10") -> dict[str, Any]:
    events = _events(text, published)
    assert len(events) == 1, events
    return events[0]


# ---------------------------------------------------------------- 1. hashtags
@pytest.mark.parametrize(
    "text",
    [
        "قتل جنود من #الجيش_اليمني في هجوم للحوثيين على جبهة نهم.",
        # a proclitic set apart from its hashtag ("ل #الحوثيين") still marks the attacker
        "قتل جنود من #الجيش_اليمني في هجوم ل #الحوثيين على جبهة نهم.",
        "قتل جنود من الجيش اليمني في هجوم لـ الحوثيين على جبهة نهم.",
    ],
    ids=["hashtag-victim", "hashtag-attacker", "detached-lam"],
)
def test_hashtag_marks_do_not_hide_a_side(text: str) -> None:
    e = _only(text)
    assert e["sub_event_type"] == "Armed clash"
    assert "Houthi" in (e["actor1"] or "")
    assert (e["actor2"] or "").startswith("Military Forces of Yemen")
    assert e["fatalities"] == 3


def test_a_trade_deal_told_in_hashtags_is_no_agreement() -> None:
    text = (
        "وقعت كل من #اليابان و #الاتحاد_الأوروبي اتفاقا اقتصاديا تجاريا تاريخيا لإلغاء "
        "#الرسوم_الجمركية بين الطرفين."
    )
    assert _events(text, "2018-07-18") == []


# ---------------------------------------------------------------- 2. actors need a country
def test_no_country_leaves_the_template_actor_empty() -> None:
    text = "طرابلس، ليبيا (CNN) -- تظاهر مئات الأشخاص أمس احتجاجا على انقطاع الكهرباء."
    for e in _events(text):
        for name in (e["actor1"], e["actor2"]):
            assert name is None or name.endswith(")"), name  # "Protesters" alone is no ACLED name


def test_the_articles_country_names_template_actors() -> None:
    text = (
        "تظاهر مئات الأشخاص أمس في مصراتة احتجاجا على انقطاع الكهرباء.\n"
        "طرابلس، ليبيا (CNN) -- تظاهر مئات الأشخاص أمس احتجاجا على انقطاع الكهرباء."
    )
    for e in _events(text):
        assert e["actor1"] == "Protesters (Libya)"


# ---------------------------------------------------------------- 3. threats are no deaths
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("هاجم مسلحون من داعش قرية في كركوك أمس وهددوا بقتل خمسة رهائن.", 0),
        ("فجر مسلحون عبوة ناسفة في كركوك أمس خططوا لقتل عشرة جنود بها.", 0),
        ("أحبطت الشرطة في كركوك أمس محاولة قتل ثلاثة قضاة بعبوة ناسفة.", 0),
        ("قتل مسلحون ثلاثة حراس في هجوم على سجن في كركوك أمس وهددوا بقتل أربعة رهائن.", 3),
    ],
    ids=["threat", "plan", "attempt", "threat-beside-real-deaths"],
)
def test_a_threatened_or_attempted_killing_counts_no_dead(text: str, dead: int) -> None:
    assert [e["fatalities"] for e in _events(text)] == [dead]


# ---------------------------------------------------------------- 4. dispersed protesters
def test_dispersing_protesters_is_a_protest_with_intervention() -> None:
    e = _only("استخدمت الشرطة الغاز المسيل للدموع لتفرقة المحتجين في ساحة التحرير ببغداد أمس.")
    assert (e["event_type"], e["sub_event_type"]) == ("Protests", "Protest with intervention")
    assert e["actor1"] == "Protesters (Iraq)"
    assert (e["actor2"] or "").startswith("Police Forces of Iraq")
    # the square, a listed place of Baghdad (overlay), at its own point (geo_precision 1)
    assert e["location"] == "Tahrir Square (Baghdad)" and e["country"] == "Iraq"
    assert e["admin1"] == "Baghdad" and e["geo_precision"] == 1


def test_killing_dispersed_protesters_is_excessive_force() -> None:
    e = _only(
        "أطلقت قوات الأمن الرصاص الحي لتفريق المتظاهرين في ساحة التحرير ببغداد أمس مما أدى "
        "إلى مقتل ثلاثة منهم."
    )
    assert e["sub_event_type"] == "Excessive force against protesters"
    assert e["fatalities"] == 3
    assert (e["actor2"] or "").startswith("Police Forces of Iraq")


def test_an_accused_assault_on_protesters_is_still_no_event() -> None:
    text = "ويتهم ناشطون قوات الأمن العراقية في بغداد بالاعتداء على المحتجين."
    assert _events(text) == []


def test_protesters_who_only_speak_are_no_protest_event() -> None:
    text = "وأراد المتظاهرون في ساحة التحرير ببغداد إيصال رسالة إلى الحكومة."
    assert rasad.extract(text, published="2018-03-10")["events"] == []
