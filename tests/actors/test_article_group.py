"""A definite "المسلحين" with no group named before it is the one non-state armed group the
article names (also later on); with two such groups, or an indefinite "مسلحين", it stays an
unidentified armed group."""

from __future__ import annotations

import rasad

IS_IRAQ = "Islamic State (Iraq)"
UAG_IRAQ = "Unidentified Armed Group (Iraq)"


def _canonical_of(text: str, mention: str) -> list[str]:
    actors = rasad.extract(text, published="2015-07-31")["actors"]
    return [a["canonical"] for a in actors if a["mention"] == mention]


def test_the_gunmen_are_the_group_the_article_names_later() -> None:
    text = (
        "اشتبكت القوات العراقية مع المسلحين في الرمادي الخميس. وقال المتحدث إن مقاتلي داعش "
        "تكبدوا خسائر كبيرة في المعارك."
    )
    assert _canonical_of(text, "المسلحين") == [IS_IRAQ]


def test_two_named_groups_leave_the_gunmen_unidentified() -> None:
    text = (
        "اشتبكت القوات العراقية مع المسلحين في الرمادي الخميس. وكانت داعش وجبهة النصرة قد "
        "تقاتلتا في سوريا."
    )
    assert _canonical_of(text, "المسلحين") == [UAG_IRAQ]


def test_indefinite_gunmen_stay_unidentified() -> None:
    text = (
        "اشتبكت القوات العراقية مع مسلحين في الرمادي الخميس. وقال المتحدث إن مقاتلي داعش "
        "تكبدوا خسائر."
    )
    assert _canonical_of(text, "مسلحين") == [UAG_IRAQ]


def test_a_militia_beside_the_army_is_not_the_gunmen() -> None:
    text = (
        "اشتبكت قوات الجيش اليمني مع المسلحين في مديرية المسراخ بتعز أمس. وقالت المقاومة "
        "الشعبية إنها دعمت الجيش في المعارك."
    )
    names = _canonical_of(text, "المسلحين")
    assert names and names != ["Popular Resistance"]
