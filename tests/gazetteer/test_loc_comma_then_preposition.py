"""A list of places goes on after a comma only with bare names ("كفرنبل، حاس"): after a comma
alone, a word carrying a preposition of its own opens a new phrase. "قطاع غزة، بحجة تفجير عبوة"
is "on the pretext of" (ب + حجة), not Hajjah in a list after Gaza."""

from __future__ import annotations

import rasad
from rasad.gazetteer.cues import is_list_gap, load_cues


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2024-05-01")["places"]]


def test_pretext_after_a_comma_is_no_hajjah():
    names = _names("قصفت مدفعية الاحتلال موقعا شرق مدينة غزة، بحجة إطلاق قذيفة نحو المستوطنات.")
    assert not any(n.startswith("Hajj") for n in names)
    names = _names("أغلقت السلطات معبر رفح، بحجة عدم وجود ترتيبات أمنية كافية.")
    assert not any(n.startswith("Hajj") for n in names)


def test_event_is_not_placed_at_the_pretext():
    out = rasad.extract(
        "أطلقت دبابة قذيفة على نقطة مراقبة شرق قطاع غزة، بحجة اقتراب مشتبه بهم من السياج.",
        published="2024-05-01",
    )
    assert all(not (e.get("location") or "").startswith("Hajj") for e in out["events"])


def test_lists_joined_by_and_or_bare_commas_stay():
    cues = load_cues()
    assert is_list_gap("، ", cues)  # "كفرنبل، حاس"
    assert is_list_gap(" ", cues, prefix="وب")  # "اللاذقية وبجبلة"
    assert is_list_gap("، ", cues, prefix="وب")  # "اللاذقية، وبجبلة"
    assert not is_list_gap("، ", cues, prefix="ب")  # "غزة، بحجة"
    assert not is_list_gap("، ", cues, prefix="ل")
    names = _names("سقطت قذائف على مدينتي حجة، وبصعدة شمال اليمن.")
    assert "Hajjah" in names or "Hajja" in names
