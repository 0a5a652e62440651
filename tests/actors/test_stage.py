"""The actors stage: its contract with the pipeline, and the founding example article."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from rasad.actors import find_sources
from rasad.actors.dictionary import Lexicon
from rasad.actors.stage import Actors
from rasad.arabic.stages import Tokenize
from rasad.document import ActorRef, ArticleMeta, Document, Place, Span
from rasad.errors import ConfigError
from rasad.pipeline import Pipeline, load_stage

SYRIA = "Military Forces of Syria (2000-2024)"
IS_SYRIA = "Islamic State (Syria)"


def run(text, on=dt.date(2018, 5, 21), **layers):
    doc = Tokenize()(Document("t", text, ArticleMeta(published=on)))
    for name, spans in layers.items():
        doc = doc.with_layer(name, spans)
    return Actors()(doc)


def test_the_stage_declares_its_contract_and_loads_by_name():
    stage = load_stage("rasad.actors.stage:Actors")
    assert stage.name == "actors"
    assert stage.requires == ("tokens", "sentences")
    assert stage.provides == ("actors", "sources", "actor_support")
    Pipeline([Tokenize(), stage])
    with pytest.raises(ConfigError, match="requires layers"):
        Pipeline([stage])


def test_the_stage_adds_actor_spans_whose_text_is_the_mention():
    doc = run("وأعلنت قوات الأسد السيطرة على الحي، وقال ناشطون إن التنظيم انسحب مع عناصر داعش.")
    spans = doc.layer("actors")
    # "التنظيم" comes before any full mention of IS: no actor for it
    assert [(doc.text[s.start : s.end], s.kb_id) for s in spans] == [
        ("قوات الأسد", SYRIA), ("داعش", IS_SYRIA)
    ]
    for s in spans:
        assert s.label == "ACTOR" and isinstance(s.value, ActorRef)
        assert s.value.canonical == s.kb_id


def test_the_stage_names_actors_for_the_publication_date():
    text = "قال الجيش السوري إنه استعاد السيطرة على القرية"
    assert run(text, dt.date(2018, 1, 1)).layer("actors")[0].kb_id == SYRIA
    assert run(text, dt.date(2025, 2, 1)).layer("actors")[0].kb_id == (
        "Military Forces of Syria (2024-)"
    )


def test_the_stage_uses_event_places_to_resolve_generic_names():
    text = "قتل مدنيون بقصف مدفعي على القرية"
    assert run(text).layer("actors") == ()
    place = Place("Hit", "هيت", "9", 33.6, 42.8, "IQ", None, None, "PPL", role="event_location")
    spans = run(text, places=(Span(27, 32, "PLACE", value=place),)).layer("actors")
    assert [s.kb_id for s in spans] == ["Civilians (Iraq)"]


def test_the_stage_accepts_a_small_lexicon_for_tests():
    lex = Lexicon({"countries": {"SY": {"name": "Syria", "words": ["سوريا"]}},
                   "actors": [{"canonical": "Test Militia", "inter": 3, "country": "SY",
                               "ar": ["كتيبة الاختبار"]}]})
    doc = Tokenize()(Document("t", "هاجمت كتيبة الاختبار قوات الأسد"))
    assert [s.kb_id for s in Actors(lexicon=lex)(doc).layer("actors")] == ["Test Militia"]


def test_the_example_article(example_path):
    text = example_path.read_text(encoding="utf-8")
    doc = run(text)
    spans = doc.layer("actors")
    by_mention = {" ".join(doc.text[s.start : s.end].split()): s.kb_id for s in spans}
    for mention in ("قوات الأسد", "نظام الأسد", "قوات نظام الأسد"):
        assert by_mention[mention] == SYRIA
    for mention in ("داعش", "تنظيم الدولة الإسلامية", "التنظيم"):
        assert by_mention[mention] == IS_SYRIA
    assert by_mention["الطيران الروسي"] == "Military Forces of Russia (2000-)"
    counts = Counter(s.kb_id for s in spans)
    assert set(counts) == {SYRIA, IS_SYRIA, "Military Forces of Russia (2000-)"}
    assert counts[IS_SYRIA] >= 15 and counts[SYRIA] >= 13
    # no actor inside a source phrase ("وسائل إعلام موالية للنظام")
    found = find_sources(text)
    assert not any(a.start < s.end and s.start < a.end for a in spans for s in found)
    names = {s.kb_id for s in found}
    assert {"Pro-government media", "Activists", "Amaq News Agency", "RT",
            "Military source"} <= names


def test_the_stage_stores_sources_and_support_once_for_later_stages():
    from rasad.actors.support import pairs_from_layer

    doc = run("وقال ناشطون إن قوات الأسد المدعومة من الطيران الروسي هاجمت مواقع داعش في سوريا.")
    assert [doc.text[s.start : s.end] for s in doc.layer("sources")] == ["ناشطون"]
    pairs = pairs_from_layer(doc.layer("actor_support"), doc.layer("actors"))
    assert [(doc.text[a.start : a.end], doc.text[b.start : b.end]) for a, b in pairs] == [
        ("قوات الأسد", "الطيران الروسي")
    ]
    assert all(b in doc.layer("actors") for _a, b in pairs)
