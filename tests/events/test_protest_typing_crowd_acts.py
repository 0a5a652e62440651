"""Sub-types of demonstrations, from a fourteenth-session audit of fresh news: a state voicing its
protest is diplomacy, no crowd."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return sorted(e["sub_event_type"] for e in rasad.extract(text, published=published)["events"])


# ---- a state's protest, voiced ----------------------------------------------------------------
def test_a_state_moved_to_voice_its_protest_is_no_demonstration() -> None:
    text = (
        "وسقطت قذائف على بلدة حدودية أمس، وهو ما دفع الحكومة الأردنية للتعبير عن احتجاجها "
        "على مقتل عشرة أشخاص."
    )
    assert "Peaceful protest" not in _subs(text)
    assert "Excessive force against protesters" not in _subs(text)


def test_a_crowd_voicing_its_protest_by_marching_is_still_a_protest() -> None:
    text = "وتظاهر مئات العمال أمس في مدينة الموصل للتعبير عن احتجاجهم على تأخر الرواتب."
    assert _subs(text) == ["Peaceful protest"]
