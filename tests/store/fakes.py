"""A tiny stand-in pipeline for store, ingest and export tests.

It knows a handful of Arabic trigger words, places and actors, so tests control exactly which
events each article yields without depending on the real extraction stages. Usable in-process
(``FAKE_PIPELINE``) or by spec in a subprocess (``--pipeline tests.store.fakes:KeywordEvents``).

``RASAD_TEST_STAGE_DELAY`` (seconds) slows each article down, so a test can kill a run midway.
An article containing the word "مستحيل" makes the stage fail (to test quarantine).
"""

from __future__ import annotations

import os
import time

import regex

from rasad.document import ActorRef, Document, Event, Evidence, Place, Span

TRIGGERS = {
    "قصف": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "غارة": ("Explosions/Remote violence", "Air/drone strike"),
    "اشتباكات": ("Battles", "Armed clash"),
    "تظاهر": ("Protests", "Peaceful protest"),
}
PLACES = {
    "سراقب": Place("Saraqib", "سراقب", "169304", 35.8642, 36.8006, "SY", "Idlib", "Idlib",
                   "PPL"),
    "معرة النعمان": Place("Maarat al-Numan", "معرة النعمان", "169389", 35.6478, 36.6747, "SY",
                          "Idlib", "Maarat an Nu'man", "PPL"),
    "خان شيخون": Place("Khan Shaykhun", "خان شيخون", "170346", 35.4417, 36.6467, "SY", "Idlib",
                       "Maarat an Nu'man", "PPL"),
    "دوما": Place("Douma", "دوما", "170654", 33.5711, 36.4031, "SY", "Rif Dimashq", "Duma",
                  "PPL"),
}
ACTORS = {
    "قوات النظام": ActorRef("Military Forces of Syria (2000-2024)", 1, "SY"),
    "تنظيم الدولة": ActorRef("Islamic State (Syria)", 2, "SY"),
    "فصائل المعارضة": ActorRef("Opposition Rebels (Syria)", 2, "SY"),
    "مدنيين": ActorRef("Civilians (Syria)", 7, "SY"),
}
_KILLED = regex.compile(r"مقتل\s+(\d+)")
_SENTENCE = regex.compile(r"[^.!؟\n]+")


def _find(text: str, table: dict, start: int, end: int) -> list[tuple[int, str]]:
    hits = []
    for key in table:
        i = text.find(key, start, end)
        if i >= 0:
            hits.append((i, key))
    return sorted(hits)


class KeywordEvents:
    """One event per sentence holding a trigger word; place, actors and toll from the sentence."""

    name = "fake_events"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("places", "actors", "events")

    def __init__(self) -> None:
        self.delay = float(os.environ.get("RASAD_TEST_STAGE_DELAY", "0") or 0)

    def __call__(self, doc: Document) -> Document:
        if self.delay:
            time.sleep(self.delay)
        if "مستحيل" in doc.text:
            raise ValueError("the fake stage refuses articles that contain 'مستحيل'")
        text = doc.text
        places, actors, events = [], [], []
        for sent in _SENTENCE.finditer(text):
            s, e = sent.span()
            trig = _find(text, TRIGGERS, s, e)
            if not trig:
                continue
            etype, sub = TRIGGERS[trig[0][1]]
            place_hits = _find(text, PLACES, s, e)
            actor_hits = _find(text, ACTORS, s, e)
            for i, key in place_hits:
                places.append(Span(i, i + len(key), "PLACE", PLACES[key].geonameid, PLACES[key]))
            for i, key in actor_hits:
                actors.append(Span(i, i + len(key), "ACTOR", ACTORS[key].canonical, ACTORS[key]))
            place = PLACES[place_hits[0][1]] if place_hits else None
            named = [ACTORS[k] for _, k in actor_hits]
            killed = _KILLED.search(text, s, e)
            events.append(
                Event(
                    event_date=doc.meta.published.isoformat() if doc.meta.published else None,
                    time_precision=1,
                    event_type=etype,
                    sub_event_type=sub,
                    actor1=named[0].canonical if named else None,
                    actor2=named[1].canonical if len(named) > 1 else None,
                    location=place.name if place else None,
                    admin1=place.admin1 if place else None,
                    admin2=place.admin2 if place else None,
                    country="Syria",
                    iso="760",
                    latitude=place.lat if place else None,
                    longitude=place.lon if place else None,
                    geo_precision=1 if place else 3,
                    fatalities=int(killed.group(1)) if killed else None,
                    claimed_by=None,
                    certainty="reported",
                    notes=f"{sub} reported in {place.name if place else 'Syria'}.",
                    evidence=Evidence(s, e, text[s:e]),
                    confidence=0.5,
                    inter1=named[0].inter if named else None,
                    inter2=named[1].inter if len(named) > 1 else None,
                )
            )
        return doc.with_layer("places", places).with_layer("actors", actors).with_events(events)


def fake_pipeline(doc: Document) -> Document:
    """The fake stage as a plain picklable callable (for ``ingest(pipeline=...)``)."""
    return KeywordEvents()(doc)
