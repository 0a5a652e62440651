"""A death noun after a word of part ("معظم القتلى", "أغلب الضحايا") refers back to dead the
article counted before: it adds no unnumbered deaths to its sentence's act; with no count told
before, the deaths keep the unnumbered default."""

from __future__ import annotations

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-07-02")["events"]]


def test_most_of_the_dead_counted_before_add_no_one() -> None:
    text = (
        "أفاد المرصد بأن حصيلة قتلى أمس في أنحاء سوريا ارتفعت إلى 95 شخصا. وقال المرصد إن معظم"
        " القتلى سقطوا خلال اشتباكات مع قوات النظام في حمص."
    )
    assert 3 not in fatalities(text)


def test_most_of_the_dead_with_no_count_before_keep_the_default() -> None:
    text = "وقالت الشرطة إن أغلب الضحايا سقطوا في قصف على سوق بمدينة بعقوبة السبت."
    assert fatalities(text) == [3]
