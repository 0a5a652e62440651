"""Assembling the places layer: area expressions and the output spans.

After resolution and roles, each kept mention becomes a PLACE span. A name inside an area
expression ("ريف حلب الشمالي", "بادية حمص") becomes the region (ACLED geo_precision 2), a
direction before a town ("جنوب دمشق") an area around it. Split from
:mod:`rasad.gazetteer.stage`, which finds and reads the mentions.
"""

from __future__ import annotations

from rasad.document import Place, Span
from rasad.gazetteer.context import DocWords
from rasad.gazetteer.countryside import countryside_point
from rasad.gazetteer.cues import Cues, strip_proclitics
from rasad.gazetteer.index import PlaceIndex
from rasad.gazetteer.resolve import Mention
from rasad.gazetteer.unlisted import UNLISTED_PREFIX


def area_expressions(
    mentions: list[Mention], dw: DocWords, bounds: list[tuple[int, int]], cues: Cues
) -> dict[int, tuple[int, int, str, str]]:
    """"ريف حلب الشمالي", "بادية حمص": extend the span to the area expression.

    Returns id(mention) → (start, end, english description, arabic phrase). A direction before
    a town ("جنوب دمشق") keeps the town as the mention and makes it an area (geo_precision 2);
    before a country ("شمال سوريا") it changes nothing: the country is the place.
    """
    text = dw.text
    out: dict[int, tuple[int, int, str, str]] = {}
    for m in mentions:
        e = m.chosen
        if e is None or e.feature_code in ("PCLI", "PCLD"):
            continue
        sent_start, sent_end = bounds[m.sentence]
        pos, kind, direction = _scan_left(dw, m.start, sent_start, cues)
        if kind == "direction":
            if not m.qualifies:
                m.extra["area"] = direction
            continue
        start, end, desc = m.start, m.end, ""
        if kind:
            start, desc = pos, kind
        if kind == "countryside" or (e.feature_code == "ADM1" and m.key.startswith("ريف ")):
            rpos, rdir = _scan_right(dw, m.end, sent_end, cues)
            if rdir:
                end, direction = rpos, rdir
                desc = desc or "countryside"
                m.extra["countryside_dir"] = rdir
        if not desc:
            continue
        label = f"{_adjective(direction)}{e.name} {desc}".strip()
        out[id(m)] = (start, end, label, text[start:end])
        m.extra["span_start"] = str(start)
    return out


def _adjective(direction: str) -> str:
    if not direction:
        return ""
    parts = [p.capitalize() + ("ern" if p in ("north", "south", "east", "west") else "")
             for p in direction.split("-")]
    if len(parts) == 2:  # north-east → North-eastern
        return f"{direction.split('-')[0].capitalize()}-{direction.split('-')[1]}ern "
    return parts[0] + " "


def _scan_left(dw: DocWords, start: int, sent_start: int, cues: Cues) -> tuple[int, str, str]:
    """Start offset, kind ("countryside", "desert", "direction") and direction before a name."""
    text = dw.text
    ws = start
    while ws > sent_start and text[ws - 1].isalpha():
        ws -= 1
    if ws < start:  # proclitics glued to the name ("بريف" is not glued; "جنوبي" is a word)
        return start, "", ""
    spans: list[tuple[int, int, str]] = []  # words to the left, nearest first
    pos = ws
    for _ in range(3):
        while pos > sent_start and text[pos - 1] == " ":
            pos -= 1
        we = pos
        while pos > sent_start and text[pos - 1].isalpha():
            pos -= 1
        if pos == we:
            break
        spans.append((pos, we, dw.first_word(pos, we)))
    if not spans:
        return start, "", ""
    i = 0
    w = spans[0][2]
    heads = ("العاصمه", "مدينه", "محافظه")
    if strip_proclitics(w, cues.place_nouns)[1] in heads and len(spans) > 1:
        i = 1
    pre, bare = strip_proclitics(spans[i][2], cues.area_words)
    if bare in cues.area_words:
        return spans[i][0] + len(pre), cues.area_words[bare], ""
    pre, bare = strip_proclitics(spans[i][2], cues.directions)
    if bare in cues.directions and not bare.startswith("ال"):
        # "شمال غرب X": a two-word direction
        if i + 1 < len(spans):
            pre2, bare2 = strip_proclitics(spans[i + 1][2], cues.directions)
            two = f"{bare2} {bare}"
            if two in cues.directions:
                return spans[i + 1][0] + len(pre2), "direction", cues.directions[two]
        return spans[i][0] + len(pre), "direction", cues.directions[bare]
    return start, "", ""


def _scan_right(dw: DocWords, end: int, sent_end: int, cues: Cues) -> tuple[int, str]:
    """"الشمالي", "الشمالي الغربي" after a "ريف X" phrase: new end and direction."""
    text = dw.text
    ws = dw.words(end, min(sent_end, end + 30))
    best = (end, "")
    for n in (2, 1):
        if len(ws) >= n:
            phrase = " ".join(ws[:n])
            if phrase in cues.directions and phrase.startswith("ال"):
                # locate the end of the n-th word in the original text
                pos, count = end, 0
                while pos < len(text) and count < n:
                    while pos < len(text) and text[pos] == " ":
                        pos += 1
                    while pos < len(text) and text[pos].isalpha():
                        pos += 1
                    count += 1
                return pos, cues.directions[phrase]
    return best


def to_span(
    m: Mention, region: tuple[int, int, str, str] | None, index: PlaceIndex | None = None
) -> Span:
    e = m.chosen
    assert e is not None
    precision = e.geo_precision
    lat, lon = e.lat, e.lon
    name, name_ar, code = e.name, e.name_ar, e.feature_code
    start, end = int(m.extra.get("head_start", m.start)), m.end
    if precision == 1 and m.extra.get("area"):
        precision = 2  # "جنوب دمشق": an area around the town
    if region is not None:
        start, end, name, name_ar = region
        # "ريف محافظة حمص الشرقي" is part of the governorate: a region (ACLED 2), like
        # "ريف حمص الشرقي" read from the city
        code, precision = "RGN", 2
        if index is not None and m.extra.get("countryside_dir"):
            # "ريف حمص الجنوبي الشرقي" lies south-east of Homs, not at the city
            city = m.key[4:] if e.feature_code == "ADM1" and m.key.startswith("ريف ") else ""
            point = countryside_point(index, e, m.extra["countryside_dir"], city)
            if point is not None:
                lat, lon = point
    if (m.extra.get("road") or m.extra.get("far")) and precision == 1:
        # "الطريق بين حرض وصعدة", "على بعد 60 كيلومترا من تدمر": on the road near the town,
        # or out from it; never the town itself (ACLED 2: "near" a town)
        precision = 2
    place = Place(
        name=name,
        name_ar=name_ar,
        geonameid=None if e.id.startswith(("ovl:", "wof:", UNLISTED_PREFIX)) else e.id,
        lat=round(lat, 5),
        lon=round(lon, 5),
        country=e.country or None,
        admin1=e.admin1 or None,
        admin2=e.admin2 or None,
        feature_code=code,
        role=m.extra.get("role", "event_location"),
        geo_precision=precision,
        confidence=m.confidence,
    )
    return Span(start, end, "PLACE", kb_id=e.id, value=place)
