""""سلاح الجو" and "القوات الجوية" with a country's adjective after them name that country's
army ("سلاح الجو الأردني"); bare, they name no one (often a foreign air force)."""

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


def test_a_bare_air_force_names_no_country() -> None:
    # Israel's air force striking in Syria is often just "سلاح الجو": not Syria's army
    text = "شن سلاح الجو غارات على مواقع قرب مطار دمشق الدولي فجر الثلاثاء."
    a1, _ = _first_actors(text, published="2018-02-03")
    assert a1 is None or not a1.startswith("Military Forces of Syria")
