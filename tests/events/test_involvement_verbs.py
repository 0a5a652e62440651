"""The verb of taking part ("تورطوا في عمليات خطف") tells a record or a charge, like its noun
("تورطهم"): plural acts with no day are no event; one act dated in its clause stays."""

from __future__ import annotations

import rasad


def _types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-05-02")["events"]]


def test_detainees_who_took_part_in_kidnappings_tell_no_event():
    text = (
        "وأعلنت وزارة العدل الإفراج عن عشرات الموقوفين في مدينة سبها ممن لم تثبت التحقيقات "
        "أنهم تورطوا في عمليات خطف."
    )
    assert _types(text) == []


def test_a_cell_charged_with_bombings_tells_no_event():
    text = "وقال بيان للشرطة إن عناصر الخلية يتورطون في تفجيرات استهدفت كنائس في مدينة طنطا."
    assert _types(text) == []


def test_one_dated_act_a_group_took_part_in_stays():
    text = "وقالت الشرطة إن الخلية تورطت في اغتيال ضابط في مدينة العريش يوم الأحد."
    assert len(_types(text)) == 1
