"""``Document.with_layer`` and ``with_events`` build their copy field by field (not through
``dataclasses.replace``): every other field must come through unchanged, the original must
stay as it was, and a subclass must stay itself."""

import dataclasses

from rasad.document import ArticleMeta, Claim, Document, Event, Evidence, Span, SpanArray


def _doc() -> Document:
    text = "قصفت قوات النظام مدينة درعا"
    ev = Event(
        event_date="2018-05-21", time_precision=1, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", actor1="A", actor2=None,
        location="Daraa", admin1="Daraa", admin2=None, country="Syria", iso="760",
        latitude=32.6, longitude=36.1, geo_precision=1, fatalities=None, claimed_by=None,
        certainty="reported", notes="", evidence=Evidence(0, 4, "قصفت"), confidence=0.5,
    )
    claim = Claim("casualty_total", "قتل", 0, 3)
    return Document(
        id="x", text=text, meta=ArticleMeta(title="t", outlet="o"),
        layers={"sentences": (Span(0, len(text), "SENT"),)}, events=(ev,), claims=(claim,),
    )


def _fields(doc: Document) -> dict:
    return {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)}


def test_with_layer_changes_only_the_layers():
    doc = _doc()
    new = doc.with_layer("actors", [Span(5, 16, "ACTOR")])
    old, got = _fields(doc), _fields(new)
    assert got.pop("layers") == {**doc.layers, "actors": (Span(5, 16, "ACTOR"),)}
    old.pop("layers")
    assert got == old
    assert "actors" not in doc.layers
    compact = new.with_layer("tokens", SpanArray([0, 5], [4, 9], "TOKEN"))
    assert compact.layer("tokens") == [Span(0, 4, "TOKEN"), Span(5, 9, "TOKEN")]
    assert compact.events == doc.events and compact.claims == doc.claims
    assert compact.meta is doc.meta


def test_with_events_keeps_claims_unless_given():
    doc = _doc()
    kept = doc.with_events([])
    assert kept.events == () and kept.claims == doc.claims and kept.layers == doc.layers
    replaced = doc.with_events(doc.events, [])
    assert replaced.claims == () and replaced.events == doc.events
    assert replaced.meta is doc.meta and replaced.id == doc.id and replaced.text == doc.text


class _Tagged(Document):
    __slots__ = ()


def test_copies_of_a_subclass_stay_of_that_class():
    base = _doc()
    doc = _Tagged(base.id, base.text, base.meta, base.layers, base.events, base.claims)
    assert type(doc.with_layer("x", [Span(0, 4, "X")])) is _Tagged
    assert type(doc.with_events([])) is _Tagged
