""""سلاح الجو" and "القوات الجوية" name an air force: with a country's adjective after them
that country's army ("سلاح الجو الأردني"), bare the army of the country the story is in."""

from __future__ import annotations

import pytest

import rasad


def _first_actors(text: str, published: str = "2017-04-12") -> tuple[str | None, str | None]:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return events[0]["actor1"], events[0]["actor2"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "شن سلاح الجو الأردني غارات على مخازن أسلحة لتنظيم داعش قرب مدينة الرقة مساء الأحد.",
            "Military Forces of Jordan",
        ),
        (
            "وشن سلاح الجو العراقي، فجر اليوم، غارات جوية على أوكار لعصابات داعش في قضاء تلعفر.",
            "Military Forces of Iraq",
        ),
        (
            "قصفت القوات الجوية الأردنية مستودعات ذخيرة لداعش في ريف دير الزور يوم الخميس.",
            "Military Forces of Jordan",
        ),
    ],
)
def test_an_air_force_with_its_country_adjective_strikes(text: str, force: str) -> None:
    a1, _ = _first_actors(text)
    assert a1 is not None and a1.startswith(force)


def test_a_bare_air_force_is_the_army_of_the_country_struck_in() -> None:
    text = "شن سلاح الجو غارات على مواقع للمتمردين في ولاية جنوب كردفان يوم الثلاثاء."
    a1, _ = _first_actors(text, published="2016-02-03")
    assert a1 is not None and a1.startswith("Military Forces of Sudan")
