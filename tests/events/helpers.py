"""Documents with hand-made layers, so event tests do not depend on the other stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import regex

import rasad
from rasad.arabic.tokens import sentences, tokenize
from rasad.document import ActorRef, ArticleMeta, Document, Place, Span, content_id
from rasad.events.stage import Events

try:
    from rasad.arabic.numbers import Quantity
except ImportError:  # pragma: no cover - stand-in until the numbers layer exists

    @dataclass(frozen=True)
    class Quantity:  # type: ignore[no-redef]
        value: int
        vague: bool = False
        kind: str = "digits"
        approx: bool = False


try:
    from rasad.arabic.dates import DateValue
except ImportError:  # pragma: no cover - stand-in until the dates layer exists

    @dataclass(frozen=True)
    class DateValue:  # type: ignore[no-redef]
        start: dt.date
        end: dt.date
        precision: int
        part_of_day: str | None = None
        hour: int | None = None
        relative: bool = False
        kind: str = "date"


PUBLISHED = dt.date(2021, 3, 10)

# Actor phrases the tests use → (ACLED canonical, inter). Longest phrases are matched first.
ACTORS: dict[str, tuple[str, int]] = {
    "قوات النظام": ("Military Forces of Syria (2000-2024)", 1),
    "قوات الأسد": ("Military Forces of Syria (2000-2024)", 1),
    "الجيش السوري": ("Military Forces of Syria (2000-2024)", 1),
    "الجيش العراقي": ("Military Forces of Iraq (2020-)", 1),
    "القوات العراقية": ("Military Forces of Iraq (2020-)", 1),
    "الشرطة": ("Police Forces of Iraq (2020-)", 1),
    "قوات الأمن": ("Police Forces of Iraq (2020-)", 1),
    "داعش": ("Islamic State (Syria)", 2),
    "تنظيم الدولة": ("Islamic State (Syria)", 2),
    "هيئة تحرير الشام": ("HTS: Hayat Tahrir al Sham", 2),
    "قسد": ("QSD: Syrian Democratic Forces", 2),
    "الفصائل": ("Opposition Rebels (Syria)", 2),
    "الطيران الروسي": ("Military Forces of Russia (2000-)", 8),
    "الجيش التركي": ("Military Forces of Turkey (2016-)", 8),
    "الحوثيون": ("Ansar Allah", 2),
    "الحوثيين": ("Ansar Allah", 2),
    "التحالف": ("Operation Restoring Hope", 8),
}

PLACES: dict[str, tuple[str, str, float, float, str, int]] = {
    # phrase: (English name, ISO2, lat, lon, admin1, geo_precision)
    "مخيم اليرموك": ("Yarmouk camp", "SY", 33.47, 36.30, "Damascus", 1),
    "الحجر الأسود": ("Al Hajar al Aswad", "SY", 33.46, 36.30, "Rural Damascus", 1),
    "جنوب دمشق": ("South of Damascus", "SY", 33.45, 36.30, "Damascus", 2),
    "دوما": ("Duma", "SY", 33.57, 36.40, "Rural Damascus", 1),
    "سراقب": ("Saraqab", "SY", 35.86, 36.80, "Idleb", 1),
    "معرة النعمان": ("Maaret An Nuaman", "SY", 35.64, 36.67, "Idleb", 1),
    "إدلب": ("Idleb", "SY", 35.93, 36.63, "Idleb", 1),
    "الرقة": ("Ar-Raqqa", "SY", 35.95, 39.01, "Ar-Raqqa", 1),
    "الموصل": ("Mosul", "IQ", 36.34, 43.13, "Ninewa", 1),
    "بغداد": ("Baghdad", "IQ", 33.34, 44.40, "Baghdad", 1),
    "البصرة": ("Basrah", "IQ", 30.51, 47.78, "Basrah", 1),
    "مأرب": ("Marib", "YE", 15.46, 45.33, "Marib", 1),
    "تعز": ("Taizz", "YE", 13.58, 44.02, "Taizz", 1),
    "طرابلس": ("Tripoli", "LY", 32.89, 13.19, "Tripoli", 1),
    "البادية": ("Syrian Desert", "SY", 34.5, 38.5, "Homs", 2),
    "حيس": ("Hays", "YE", 13.93, 43.48, "Al Hudaydah", 1),
    "زبيد": ("Zabid", "YE", 14.19, 43.31, "Al Hudaydah", 1),
    "السويق": ("As Suwayq", "YE", 14.06, 44.17, "Ibb", 1),  # a namesake far from Tuhayta
    "التحيتا": ("At Tuhayta", "YE", 14.10, 43.19, "Al Hudaydah", 2),
    "الخوخة": ("Al Khawkhah", "YE", 13.82, 43.34, "Al Hudaydah", 2),
    "الساحل الغربي": ("Yemeni West Coast", "YE", 14.2, 43.25, "Al Hudaydah", 2),
    "المعلا": ("Al Mualla", "YE", 12.790, 45.002, "Aden", 1),
    "التواهي": ("At Tawahi", "YE", 12.785, 44.980, "Aden", 1),
    "سقبا": ("Saqba", "SY", 33.519, 36.383, "Rural Damascus", 1),
    "كفر بطنا": ("Kafr Batna", "SY", 33.512, 36.373, "Rural Damascus", 1),
    "الرياض": ("Riyadh", "SA", 24.69, 46.72, "Riyadh", 1),
    "الميادين": ("Al Mayadin", "SY", 35.02, 40.45, "Deir ez-Zor", 1),
    "أمريكا": ("United States", "US", 39.8, -98.6, "", 3),
    "القرنة": ("Al Qurnah", "IQ", 31.02, 47.43, "Basrah", 1),
    "المخدرة": ("Al Makhdarah", "YE", 15.56, 44.97, "Marib", 1),
    "محافظة مأرب": ("Marib Governorate", "YE", 15.46, 45.33, "Marib", 3),
    "تركيا": ("Turkey", "TR", 39.0, 35.0, "", 3),
    "الأربعين": ("Al Arbain", "YE", 15.55, 45.39, "Marib", 1),  # a namesake far from Taizz
    "اليمن": ("Yemen", "YE", 15.5, 47.5, "", 3),
}
# GeoNames feature codes where a test needs one other than a town ("PPL")
FEATURE_CODES: dict[str, str] = {
    "التحيتا": "ADM2",
    "الخوخة": "ADM2",
    "الساحل الغربي": "RGN",
    "المعلا": "PPLA2",
    "التواهي": "PPLA2",
    "الرياض": "PPLC",
    "أمريكا": "PCLI",
    "محافظة مأرب": "ADM1",
    "تركيا": "PCLI",
    "اليمن": "PCLI",
}


def _occurrences(text: str, phrases: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Where each phrase occurs, also after "لل" (ل + ال: "للطيران" holds "الطيران")."""
    taken: list[tuple[int, int, str]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        pattern = r"(?:(?<![\p{L}])|(?<=(?<![\p{L}])[وبلفك]))" + regex.escape(phrase)
        if phrase.startswith("ال"):
            pattern = rf"{pattern}|(?<=(?<![\p{{L}}])[وف]?لل){regex.escape(phrase[2:])}"
        pattern = rf"(?:{pattern})(?![\p{{L}}])"
        for m in regex.finditer(pattern, text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in taken):
                taken.append((m.start(), m.end(), phrase))
    return sorted(taken)


_VAGUE = {"عشرات": 12, "العشرات": 12, "مئات": 100, "المئات": 100, "عدد من": 3}
_NUM = regex.compile(r"\d+|" + "|".join(sorted(_VAGUE, key=len, reverse=True)))


def make_doc(
    text: str,
    *,
    published: dt.date | None = PUBLISHED,
    dates: dict[str, tuple[dt.date, dt.date, int, str | None]] | None = None,
    roles: dict[str, str] | None = None,
    extra_actors: dict[str, tuple[str, int]] | None = None,
    with_places: bool = True,
    countries: dict[str, str] | None = None,
) -> Document:
    """A Document with tokens, sentences and hand-made actors, places, dates and numbers;
    ``countries`` gives actor phrases the ISO2 country the actors stage would give them."""
    doc = Document(id=content_id(text), text=text, meta=ArticleMeta(published=published))
    doc = doc.with_layer("tokens", tokenize(text)).with_layer("sentences", sentences(text))
    actors_table = {**ACTORS, **(extra_actors or {})}
    actor_spans = [
        Span(
            s,
            e,
            "ACTOR",
            kb_id=actors_table[p][0],
            value=ActorRef(actors_table[p][0], actors_table[p][1], (countries or {}).get(p)),
        )
        for s, e, p in _occurrences(text, actors_table)
    ]
    place_spans = []
    if with_places:
        for s, e, p in _occurrences(text, PLACES):
            name, cc, lat, lon, admin1, prec = PLACES[p]
            role = (roles or {}).get(p, "event_location")
            place_spans.append(
                Span(
                    s,
                    e,
                    "PLACE",
                    kb_id=name,
                    value=Place(
                        name=name,
                        name_ar=p,
                        geonameid=None,
                        lat=lat,
                        lon=lon,
                        country=cc,
                        admin1=admin1,
                        admin2=None,
                        feature_code=FEATURE_CODES.get(p, "PPL"),
                        role=role,
                        geo_precision=prec,
                    ),
                )
            )
    date_spans = []
    for phrase, (start, end, prec, part) in (dates or {}).items():
        i = text.index(phrase)
        date_spans.append(
            Span(i, i + len(phrase), "DATE", value=DateValue(start, end, prec, part_of_day=part))
        )
    number_spans = []
    for m in _NUM.finditer(text):
        g = m.group()
        value = _VAGUE.get(g) if g in _VAGUE else int(g)
        number_spans.append(
            Span(
                m.start(),
                m.end(),
                "NUMBER",
                value=Quantity(value, vague=g in _VAGUE, kind="vague" if g in _VAGUE else "digits"),
            )
        )
    return (
        doc.with_layer("actors", actor_spans)
        .with_layer("places", place_spans)
        .with_layer("dates", date_spans)
        .with_layer("numbers", number_spans)
    )


_STAGE = Events()


def run(text: str, **kwargs: Any) -> Document:
    return _STAGE(make_doc(text, **kwargs))


def only_event(text: str, **kwargs: Any):
    doc = run(text, **kwargs)
    assert len(doc.events) == 1, [
        (e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in doc.events
    ]
    return doc.events[0]


def typed_places(text: str, published: str) -> list[tuple[str, str | None]]:
    """(sub_event_type, location) of each event the whole pipeline extracts from ``text``."""
    return [
        (e["sub_event_type"], e["location"])
        for e in rasad.extract(text, published=published)["events"]
    ]


def events_of(text: str, published: str) -> list[dict]:
    """The events of ``rasad.extract`` on ``text`` published that day (the public API's dicts)."""
    return rasad.extract(text, published=published)["events"]


def status_readings(ctx: Any) -> list[str]:
    """``trigger_status`` of every trigger of a built context under each of its entries, in
    the lexicon's order: what the speed tests compare with the checks run in full."""
    from rasad.events import status

    lex, out = ctx.lex, []
    for hit in ctx.triggers:
        sent, clause = ctx.sentence(hit.start), ctx.clause_bounds(hit.start)
        for tid in sorted(hit.sets, key=lex.trigger_order.__getitem__):
            out.append(status.trigger_status(ctx, hit, lex.triggers[tid], sent, clause, set()))
    return out


def pipeline_context(text: str, published: dt.date) -> Any:
    """The events stage's DocContext for ``text`` after every earlier stage of the default
    pipeline (the real places, actors and dates, not a hand-made document)."""
    from rasad.events.context import build_context
    from rasad.ingest import read_article
    from rasad.pipeline import default_pipeline

    doc = read_article(text, published=published)
    stages = default_pipeline().stages
    for stage in stages[:-1]:
        doc = stage(doc)
    events = stages[-1]
    assert isinstance(events, Events)
    return build_context(doc, events.lexicon)
