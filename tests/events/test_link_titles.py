"""A short line of its own ending with "بالصور" or "بالفيديو" is the title of a gallery or video
the page links to, not a report; a sentence that mentions pictures stays a report."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2013-02-07") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_gallery_title_line_tells_no_protest() -> None:
    text = "وقال الوزير إنه موجود في القاهرة لنقل رسالة صداقة.\n\nمظاهرات ضد زيارة كيري... بالصور"
    assert _subs(text, "2013-03-03") == []


def test_a_video_title_line_tells_no_protest() -> None:
    text = (
        "وقالت الداخلية الأربعاء إنها لم تقرر فرض حظر الطوارئ.\n\nمظاهرات حاشدة في صفاقس ضد"
        " الحكومة... بالفيديو"
    )
    assert _subs(text) == []


def test_a_protest_sentence_in_the_body_stays() -> None:
    text = "وتظاهر الآلاف في تونس العاصمة الأربعاء ونشر الناشطون صور المسيرة."
    assert _subs(text) == ["Peaceful protest"]
