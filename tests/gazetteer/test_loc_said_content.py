"""A place name that is also a common word, followed by "أن" opening what was said, is the
word: "جاء في الخبر أن" (the news said that) and "أفاد شهود بالخبر أن" name no Khobar. A
speaker's seat before it ("أفاد مصدر في الباب أن") keeps the town."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2024-05-01")["places"]]


def test_the_news_after_a_preposition_is_no_khobar():
    names = _names("وجاء في الخبر أن مسلحين أطلقوا النار على دورية للشرطة في بغداد.")
    assert "Khobar" not in names
    assert "Baghdad" in names


def test_the_news_with_a_glued_preposition_is_no_khobar():
    text = "قصفت طائرات حربية بلدة في ريف إدلب، وأفاد شهود بالخبر أن ثلاثة مدنيين قتلوا."
    assert "Khobar" not in _names(text)
    text = "قتل جنديان في هجوم على حاجز في درعا، وأكدت الوزارة في إعلانها بالخبر أن المهاجمين فروا."
    assert "Khobar" not in _names(text)


def test_khobar_as_a_place_stays():
    assert "Khobar" in _names("انفجرت عبوة ناسفة في الخبر بالمنطقة الشرقية وأصيب شخصان.")


def test_a_source_in_the_town_keeps_it():
    assert "Al Bab" in _names("أفاد مصدر في الباب أن قوات النظام قصفت المدينة.")
