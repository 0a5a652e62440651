"""``output._plain`` (the JSON view of events, claims and span payloads) reads each dataclass
type's field names once and passes JSON-ready scalars through; its result must be the plain
recursive definition's, for every kind of value the payloads hold."""

import dataclasses
import datetime as dt
import enum
import json

from rasad.arabic.numbers import Quantity
from rasad.document import Claim, Event, Evidence, Span
from rasad.output import _plain


def _reference(value):
    """The definition: dataclasses field by field, dates as ISO strings, sequences as lists,
    dict keys as strings, anything else as it is."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _reference(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_reference(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _reference(v) for k, v in value.items()}
    return value


class _Kind(enum.StrEnum):
    DEATH = "death"


class _Count(int):
    pass


@dataclasses.dataclass
class _Nested:
    when: dt.date
    spans: tuple
    extra: dict
    kind: _Kind = _Kind.DEATH
    count: _Count = dataclasses.field(default_factory=lambda: _Count(3))
    flag: bool = True


def _event(**changes):
    base = dict(
        event_date="2018-05-21", time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", actor1="Military Forces of Syria (2000-2024)",
        actor2=None, location="Yarmouk", admin1="Damascus", admin2=None, country="Syria",
        iso="760", latitude=33.47, longitude=36.3, geo_precision=1, fatalities=4,
        claimed_by=None, certainty="reported", notes="اشتباكات في مخيم اليرموك",
        evidence=Evidence(10, 42, "اشتباكات عنيفة في مخيم اليرموك"), confidence=0.8,
    )
    return Event(**{**base, **changes})


def test_events_claims_and_payloads_read_as_the_definition_says():
    values = [
        _event(),
        _event(fatalities=None, latitude=None, assoc_actor_1="Civilians (Syria)", inter1=7),
        Claim("casualty_total", "قتل 20 شخصا منذ بداية الشهر", 5, 30, 20, "month"),
        Quantity(12, vague=True, kind="vague"),
        Span(0, 4, "DATE", None, dt.date(2018, 5, 21)),
        _Nested(dt.date(2019, 1, 2), (Span(1, 2, "X"), [1.5, None]), {1: dt.date(2020, 3, 4)}),
        [_event(), {"a": (1, 2)}, "نص", 3, 2.5, None, False],
        dt.datetime(2018, 5, 21, 10, 30),
    ]
    for value in values:
        got = _plain(value)
        assert got == _reference(value)
        # and the same JSON text, types included (an Enum or int subclass stays as it was)
        assert json.dumps(got, ensure_ascii=False) == json.dumps(
            _reference(value), ensure_ascii=False
        )
        assert [type(v) for v in _walk(got)] == [type(v) for v in _walk(_reference(value))]


def test_a_dataclass_type_as_a_value_is_kept_as_it_is():
    assert _plain(Event) is Event and _reference(Event) is Event


def test_repeated_reads_of_one_type_give_fresh_dicts():
    a, b = _plain(_event()), _plain(_event(fatalities=9))
    assert a["fatalities"] == 4 and b["fatalities"] == 9
    assert a["evidence"] is not b["evidence"]


def _walk(value):
    yield value
    if isinstance(value, dict):
        for v in value.values():
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)
