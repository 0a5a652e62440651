""" "العاصمة السعودية الرياض": the country's name written like its adjective, between "العاصمة"
and the capital's name, is the adjective (the Saudi capital); the place is the capital alone."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2024-05-01")["places"]]


def test_the_saudi_capital_riyadh_is_riyadh_only():
    assert _names("اجتمع وزراء الخارجية العرب في العاصمة السعودية الرياض يوم الأحد.") == ["Riyadh"]
    names = _names("وصل المبعوث الأممي إلى العاصمة السعودية، الرياض، للقاء مسؤولين يمنيين.")
    assert names == ["Riyadh"]


def test_the_capital_noun_alone_or_other_words_between_keep_the_country():
    assert "Saudi Arabia" in _names("وصل المبعوث الأممي إلى العاصمة السعودية مساء أمس.")
    names = _names("زار الرئيس الفرنسي السعودية الرياض وجدة خلال جولته.")
    assert "Saudi Arabia" in names and "Riyadh" in names
