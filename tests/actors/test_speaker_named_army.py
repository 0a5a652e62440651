"""A bare "الجيش" as the speaker right after a foreign army was named in full is that army
speaking again, not the host country's army the sentence's places would give."""

from __future__ import annotations

import rasad

US = "Military Forces of the United States (2009-2017)"
IRAQ = "Military Forces of Iraq (2014-2018)"


def _canonicals(text: str) -> list[tuple[str, str]]:
    doc = rasad.extract(text, published="2016-04-12")
    return [(a["mention"], a["canonical"]) for a in doc["actors"]]


def test_the_army_that_speaks_again_is_the_foreign_army_just_named():
    text = (
        "أعلن الجيش الأميركي مقتل قيادي في تنظيم الدولة الإسلامية في سوريا الأسبوع الماضي. "
        "وقال الجيش في بيان إن الغارات في العراق استهدفت مواقع للتنظيم قرب مدينة الموصل أمس."
    )
    assert ("الجيش", US) in _canonicals(text)
    events = rasad.extract(text, published="2016-04-12")["events"]
    assert [e["actor1"] for e in events] == [US]


def test_the_army_adds_in_the_next_sentence_but_one():
    text = (
        "قال الجيش الأميركي إن طائراته قصفت مواقع للمسلحين. ودمرت الغارات مخزنا للأسلحة. "
        "وأضاف الجيش أن الغارات في العراق استهدفت مدينة الموصل أمس."
    )
    assert ("الجيش", US) in _canonicals(text)


def test_the_army_outside_a_report_keeps_the_host_country():
    # not a speaker: the army fighting in the next sentence is the host country's own
    text = (
        "قال الجيش الأميركي إن طائراته قصفت مواقع للمسلحين. "
        "وتقدم الجيش في أحياء مدينة الموصل في العراق أمس."
    )
    assert ("الجيش", IRAQ) in _canonicals(text)


def test_a_speaker_long_after_the_foreign_army_keeps_the_host_country():
    text = (
        "قال الجيش الأميركي إن طائراته قصفت مواقع للمسلحين. ودمرت الغارات مخزنا للأسلحة. "
        "وفر المسلحون من المدينة. وعاد السكان إلى منازلهم. "
        "وقال الجيش إن قواته دخلت مدينة الموصل في العراق أمس."
    )
    assert ("الجيش", IRAQ) in _canonicals(text)


def test_the_army_whose_statement_is_cited_is_the_foreign_army_just_named():
    text = (
        "قال الجيش الأميركي إن طائراته استهدفت مواقع لتنظيم الدولة في شمال العراق. "
        "وبحسب بيان الجيش فإن ثماني غارات نفذت قرب مدينة الموصل أمس."
    )
    assert ("الجيش", US) in _canonicals(text)


def test_the_spokesman_of_the_army_just_named_speaks_for_it():
    text = (
        "أعلن الجيش الأميركي تدمير مخزن للأسلحة في العراق. "
        "وقال المتحدث باسم الجيش إن الغارات استهدفت مدينة الموصل أمس."
    )
    assert ("الجيش", US) in _canonicals(text)


def test_a_statement_long_after_the_foreign_army_keeps_the_host_country():
    text = (
        "قال الجيش الأميركي إن طائراته قصفت مواقع للمسلحين. ودمرت الغارات مخزنا للأسلحة. "
        "وفر المسلحون من المدينة. وعاد السكان إلى منازلهم. "
        "وبحسب بيان الجيش فإن قواته دخلت مدينة الموصل في العراق أمس."
    )
    assert ("الجيش", IRAQ) in _canonicals(text)


def test_a_statement_of_the_army_with_no_foreign_army_named_is_the_host_country():
    text = "وبحسب بيان الجيش فإن قواته دخلت مدينة الموصل في العراق أمس بعد معارك عنيفة."
    assert ("الجيش", IRAQ) in _canonicals(text)
