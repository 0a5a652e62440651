"""A related story's headline printed between the paragraphs of a page is no event source; the
article's own headline, a sub-heading over its paragraph and a line broken off a sentence keep
their old readings."""

from __future__ import annotations

import rasad

_LEAD = (
    "أعلن الجيش اللبناني، اليوم الأربعاء، أنه سيطر على تلة استراتيجية في جرود بلدة عرسال بعد "
    "معارك مع مسلحين على الحدود مع سوريا، وفق بيان صادر عن قيادة الجيش."
)
_MIDDLE = (
    "وأوضح البيان أن وحدات الجيش تقدمت من عدة محاور وسط غطاء مدفعي كثيف، وأن عمليات التمشيط "
    "مستمرة في المنطقة حتى الآن بحسب مصدر عسكري."
)
_LAST = (
    "وكان الجيش قد عزز مواقعه على الحدود الشرقية خلال الأسابيع الماضية، بحسب ما ذكرته وسائل "
    "إعلام محلية في بيروت."
)
_RELATED = "العراق: مقتل عشرة مدنيين في قصف جوي على قرية قرب الموصل"


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2017-08-02")["events"]]


def test_a_related_headline_between_paragraphs_is_no_event() -> None:
    text = "\n".join([_LEAD, _MIDDLE, _RELATED, _LAST])
    assert "Air/drone strike" not in _subs(text)


def test_the_same_line_told_as_a_sentence_is_an_event() -> None:
    text = "\n".join([_LEAD, _MIDDLE, _RELATED + ".", _LAST])
    assert "Air/drone strike" in _subs(text)


def test_a_line_broken_off_a_sentence_is_no_headline() -> None:
    # pages that put each link on a line of its own break a sentence into short lines
    broken = "وقالت مصادر محلية إن\nمقتل عشرة مدنيين في قصف جوي على قرية قرب الموصل\nجاء فجر اليوم."
    text = "\n".join([_LEAD, _MIDDLE, broken, _LAST])
    assert "Air/drone strike" in _subs(text)


def test_a_page_without_full_stops_keeps_its_short_lines() -> None:
    lines = [s.rstrip(".") for s in (_LEAD, _MIDDLE, _LAST)]
    text = "\n".join([lines[0], lines[1], _RELATED, lines[2]])
    assert "Air/drone strike" in _subs(text)


def test_a_link_to_the_article_itself_repeats_its_own_headline() -> None:
    text = "\n".join([_LEAD, _MIDDLE, _LAST, "رابط الخبر بصحيفة الوطن: " + _RELATED])
    assert "Air/drone strike" in _subs(text)
