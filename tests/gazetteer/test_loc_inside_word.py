""" "الداخل" (inside, the interior) is a word, not the Yemeni hamlets Ad Dakhil, unless a place
noun names it."""

from __future__ import annotations

from .conftest import run_places


def _names(text):
    return [t for t, _ in run_places(text, None)]


def test_the_interior_of_a_country_is_no_hamlet():
    # (the story's other places lie where the hamlets are, which alone kept them before)
    text = (
        "وقصفت طائرات التحالف مواقع في مدينة حرض بمحافظة حجة، وقال المتحدث إن الغارات دمرت"
        " مخازن أسلحة لمسلحي الحوثي في الداخل اليمني."
    )
    assert "الداخل" not in _names(text)


def test_a_village_so_named_stays_a_place():
    assert "الداخل" in _names("قتل ثلاثة في قصف على قرية الداخل بمديرية حرض.")
