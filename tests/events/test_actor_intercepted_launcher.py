"""A missile intercepted with no one named who fired it: ACLED's actor2 is the side that fired
it all the same, the insurgents of the country it came from."""

from __future__ import annotations

import rasad


def _interception(text: str, published: str = "2018-03-11") -> dict:
    events = rasad.extract(text, published=published)["events"]
    stopped = [e for e in events if e["sub_event_type"] == "Disrupted weapons use"]
    assert stopped, f"no interception read in {text!r}: {events}"
    return stopped[0]


def test_a_missile_from_yemen_was_fired_by_the_houthis() -> None:
    text = "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلق من اليمن باتجاه مدينة جازان."
    event = _interception(text)
    assert event["actor1"] == "Military Forces of Saudi Arabia (2015-)"
    assert event["actor2"] == "Military Forces of Yemen (2017-) Houthi"


def test_a_named_launcher_is_kept() -> None:
    text = "اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون من صعدة باتجاه مدينة نجران."
    assert _interception(text)["actor2"] == "Military Forces of Yemen (2017-) Houthi"
