"""A bare adjective after a bare place noun describes the place ("بلدة جديدة": a new town;
"بولاية جديدة": a new term of office); a village of that name is found when it stands alone or
glued to a proclitic, and a compound name opening with the adjective is found whole."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    out = rasad.extract(text, published="2019-03-10")["places"]
    return [(p["mention"], p["name"]) for p in out]


def test_new_town_is_no_village():
    places = _places("أعلنت الحكومة الإسرائيلية إقامة بلدة جديدة للمستوطنين في الضفة الغربية.")
    assert not any(mention == "جديدة" for mention, _ in places)
    assert any(name == "West Bank" for _, name in places)


def test_new_term_of_office_is_no_village():
    places = _places("فاز رئيس مجلس النواب اللبناني بولاية جديدة بعد تصويت النواب في بيروت.")
    assert not any(mention == "جديدة" for mention, _ in places)


def test_compound_name_opening_with_the_adjective_is_found():
    places = _places("قتل مسلحان في اشتباكات داخل بلدة جديدة عرطوز بريف دمشق الغربي.")
    assert ("جديدة عرطوز", "Judaydat Artuz") in places
