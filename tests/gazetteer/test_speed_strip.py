"""strip_proclitics reads a new word against each word list once, trying its cached readings
in order; these tests pin which reading it returns."""

from __future__ import annotations

from rasad.gazetteer.cues import strip_proclitics


def test_strip_proclitics_takes_the_first_reading_that_fits():
    known = frozenset({"قريه", "مدينه", "المدينه"})
    assert strip_proclitics("وبقريه", known) == ("وب", "قريه")
    assert strip_proclitics("المدينه", known) == ("", "المدينه")  # the word itself first
    assert strip_proclitics("وبالمدينه", known) == ("وب", "المدينه")
    assert strip_proclitics("للمدينه", known) == ("لل", "المدينه")
    assert strip_proclitics("وكتاب", known) == ("", "وكتاب")  # no reading fits
