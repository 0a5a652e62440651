"""One dead named by a singular pronoun or noun and "مع" a count ("لقي مصرعه مع ثلاثة من
مرافقيه", "قتل القائد مع ثلاثة"): he and the counted ones died, one more than the count."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str = "2016-03-08") -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_his_death_with_a_count_of_relatives() -> None:
    text = (
        "وقال مصدر في الشرطة إن مسلحين فتحوا النار على سيارة المختار في مدينة تكريت، "
        "ما أدى إلى مقتله مع ثلاثة من أبنائه."
    )
    assert _fatalities(text) == 4


def test_his_death_alone_is_one() -> None:
    text = (
        "وقال مصدر في الشرطة إن مسلحين فتحوا النار على سيارة المختار في مدينة تكريت، "
        "ما أدى إلى مقتله."
    )
    assert _fatalities(text) == 1


def test_met_his_death_with_a_count_of_guards() -> None:
    text = "ولقي القائد الميداني مصرعه مع خمسة من حراسه في غارة جوية على بلدة سراقب."
    assert _fatalities(text) == 6


def test_a_named_one_with_a_count_of_companions() -> None:
    text = "وقتل القيادي مع اثنين من مرافقيه في غارة جوية على بلدة سراقب."
    assert _fatalities(text) == 3
