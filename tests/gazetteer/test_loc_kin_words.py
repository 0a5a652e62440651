"""A place name ending in "ة" written with a final "ه" may be a kinship noun with "his":
"منزل جده" is his grandfather's house, not a house in Jeddah. So written, the name is a place
only after a locative preposition or a name noun."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2024-05-01")["places"]]


def test_his_grandfather_is_no_jeddah():
    names = _names("اعتقلت القوات الإسرائيلية شابا من داخل منزل جده في مدينة الخليل.")
    assert "Jeddah" not in names
    assert "Hebron (Al Khalil)" in names
    assert "Jeddah" not in _names("وقال شقيقه إن جده قتل في الحرب قبل سنوات.")


def test_jeddah_written_with_ha_after_a_preposition_or_city_stays():
    assert "Jeddah" in _names("تحرش شبان بفتاتين في مدينة جده.")
    assert "Jeddah" in _names("وصل الوفد إلى جده لإجراء محادثات.")
    assert "Jeddah" in _names("هبطت الطائرة في مطار الملك عبدالعزيز الدولي بجده.")


def test_jeddah_spelled_with_ta_marbuta_stays_anywhere():
    assert "Jeddah" in _names("زار الأمير جدة أمس والتقى مسؤولين.")
