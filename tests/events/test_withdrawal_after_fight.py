"""Ground taken "after the defenders withdrew" is a non-violent transfer only when the sentence
tells no fight: a withdrawal at the end of a military campaign is ground taken by force
(Government regains territory); a peaceful manner named outright ("دون قتال") still decides."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-19") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_withdrawal_after_a_campaign_is_ground_taken_by_force() -> None:
    text = (
        "وبعد حملة عسكرية استمرت ثلاثة أسابيع، سيطرت قوات النظام على بلدة كفرنبل يوم الأحد "
        "إثر انسحاب مقاتلي المعارضة منها."
    )
    assert _subs(text) == ["Government regains territory"]


def test_a_withdrawal_alone_stays_a_non_violent_transfer() -> None:
    text = "سيطرت قوات النظام على بلدة كفرنبل يوم الأحد إثر انسحاب مقاتلي المعارضة منها."
    assert _subs(text) == ["Non-violent transfer of territory"]


def test_no_fighting_named_outright_stays_a_non_violent_transfer() -> None:
    text = "سيطرت قوات النظام على بلدة كفرنبل يوم الأحد دون قتال بعد معارك استمرت أسابيع حولها."
    assert _subs(text) == ["Non-violent transfer of territory"]
