"""Court rulings and custody steps tell no new act: a sentence passed names the act it
punishes, an order to arrest or a renewed detention is no arrest made, an arrest months back
is the past of a ruling. An arrest or a bombing told as news stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_sentence_passed_for_a_bombing_is_no_bombing() -> None:
    assert _subs("حكم على شاب في القاهرة بالسجن عشر سنوات لقيامه بتفجير عبوة ناسفة.") == []


def test_a_judge_ordering_a_rearrest_is_no_arrest() -> None:
    assert _subs("أمر القاضي بإعادة اعتقال الناشط في مدينة الإسكندرية اليوم.") == []


def test_a_renewed_detention_is_no_new_arrest() -> None:
    assert _subs("وقررت السلطات اليوم تجديد احتجاز الشاب في القاهرة لمدة أسبوعين.") == []


def test_an_arrest_twenty_one_months_back_is_the_past_of_a_ruling() -> None:
    text = "وأمرت السلطات بنقله إلى الإقامة الجبرية بعد 21 شهرا من اعتقاله في إزمير."
    assert _subs(text) == []


def test_an_arrest_told_as_news_stays() -> None:
    assert _subs("اعتقلت الشرطة المصرية اليوم ناشطا في مدينة الإسكندرية.") == ["Arrests"]


def test_a_bombing_told_as_news_stays() -> None:
    text = "قتل ثلاثة مدنيين اليوم في تفجير عبوة ناسفة بسوق في عدن."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_an_indefinite_judge_ordering_a_rearrest_is_no_arrest() -> None:
    text = "لندن (CNN) -- أمر قاض بريطاني السبت بإعادة اعتقال رجل الدين المتشدد أبو قتادة في لندن."
    assert _subs(text) == []
