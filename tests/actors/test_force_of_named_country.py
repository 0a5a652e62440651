"""A force named in construct with its country's name ("جيش نيجيريا"، "قوات تشاد"، "شرطة
كينيا") or with an indefinite adjective ("قوات فرنسية") is that country's army or police, even
for countries the dictionary has no country words for."""

from __future__ import annotations

import pytest

import rasad


def _actors(text: str, published: str = "2019-03-10") -> list[tuple[str | None, str | None]]:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return [(e["actor1"], e["actor2"]) for e in events]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "قصف جيش نيجيريا مخابئ للمسلحين في غابة سامبيسا يوم الخميس.",
            "Military Forces of Nigeria",
        ),
        ("قصفت قوات تشاد تجمعات للمتمردين في منطقة تيبستي يوم الأحد.", "Military Forces of Chad"),
        (
            "قصف جيش بوركينا فاسو مواقع لمسلحين في إقليم سوم يوم الاثنين.",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_an_army_named_with_its_country_name_acts(text: str, force: str) -> None:
    assert _actors(text)[0][0] == force


def test_a_police_named_with_its_country_name_arrests() -> None:
    text = "اعتقلت قوات أمن بوروندي ستة شبان في العاصمة بوجمبورا مساء الجمعة."
    assert _actors(text)[0][0] == "Police Forces of Burundi"


def test_a_police_named_with_its_country_name_is_the_side_hit() -> None:
    text = "قتل أربعة من عناصر شرطة كينيا في انفجار عبوة ناسفة بمقاطعة غاريسا يوم الثلاثاء."
    assert _actors(text)[0][1] == "Police Forces of Kenya"


def test_the_country_name_after_a_force_also_names_the_side_held() -> None:
    text = "قالت مصادر محلية إن جيش بوروندي اعتقل عشرات المسلحين في شمال البلاد يوم السبت."
    a1, a2 = _actors(text)[0]
    assert a1 == "Military Forces of Burundi"
    assert a2 == "Unidentified Armed Group (Burundi)"


def test_an_indefinite_adjective_is_not_read_back_to_an_earlier_force() -> None:
    # "قوات" with its own country adjective is that country's force, not the force whose
    # name began with the same head noun a sentence before ("قوات النظام")
    text = (
        "اشتبكت قوات النظام مع المعارضة في ريف إدلب. "
        "وهاجمت قوات فرنسية مواقع للمسلحين في شمال مالي."
    )
    mali = [pair for pair in _actors(text) if "Unidentified Armed Group (Mali)" in pair]
    assert mali and mali[0][0] == "Military Forces of France"


def test_a_force_word_without_a_country_after_it_names_nobody() -> None:
    text = "هاجم مسلحون قوات في طريقها إلى مدينة غاو شمال مالي يوم الأحد."
    assert all("Military Forces" not in (a1 or "") for a1, _a2 in _actors(text))
