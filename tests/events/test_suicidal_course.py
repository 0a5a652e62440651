"""A course called suicidal ("الخيار الانتحاري", "سياسة انتحارية") is a figure of speech, no
suicide bombing."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2015-07-21")["events"]]


def test_the_suicidal_option_is_no_bombing() -> None:
    text = "وأوضح أن جنبلاط بذل مجهودا كبيرا لرد الدروز عن النظام والخيار الانتحاري في السويداء."
    assert _subs(text) == []


def test_a_suicidal_policy_is_no_bombing() -> None:
    text = "ووصف المعارض سياسة الحكومة في السويداء بأنها مغامرة انتحارية."
    assert _subs(text) == []


def test_a_suicide_bomber_is_a_bombing() -> None:
    assert _subs("وفجر انتحاري نفسه الأحد في سوق بمدينة السويداء.") == ["Suicide bomb"]
