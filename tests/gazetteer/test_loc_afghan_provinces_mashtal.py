"""Afghan provinces in the spellings of the Arabic press that are also words or other places
alone ("لوغر", "زابل", "غور", "بروان") are found after their province noun; and
Baghdad's al-Mashtal quarter is found with the article, against its namesake village in Babil
when the story is in Baghdad."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str, str]]:
    out = rasad.extract(text, published="2019-03-10")["places"]
    return [(p["mention"], p["name"], p["admin1"] or "") for p in out]


def test_province_after_its_noun():
    assert ("ولاية لوغر", "Logar", "Logar") in _places(
        "قتل ثلاثة جنود أفغان في هجوم لحركة طالبان بولاية لوغر جنوب كابل."
    )
    assert ("إقليم غور", "Ghor", "Ghor") in _places(
        "قتل ستة مدنيين في انفجار لغم بإقليم غور وسط أفغانستان."
    )


def test_bare_word_spellings_stay_words():
    places = _places("قال المدرب جيري بروان إن فريقه سيلعب في غور الصافي الأسبوع المقبل.")
    assert not any(name in ("Parwan", "Ghor") for _, name, _ in places)


def test_mashtal_in_a_baghdad_story_is_the_quarter():
    places = _places(
        "انفجرت عبوة ناسفة في سوق شعبي ببغداد، فيما قتل مدنيان في المشتل شرقي العاصمة."
    )
    assert ("المشتل", "Mashtal", "Baghdad") in places


def test_mashtal_in_babil_stays_the_village():
    places = _places("قتل شرطي في هجوم مسلح قرب قرية المشتل بمحافظة بابل.")
    assert ("المشتل", "Al Mashtal", "Babylon") in places
