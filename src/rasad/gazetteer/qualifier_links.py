"""Qualifier links: "X <link words> Y" where Y names the governorate, district or a place
near X ("دوما في ريف دمشق", "ناحية الرشاد الأمنية في محافظة كركوك", "X شمال غرب مدينة Y").

Split from :mod:`.stage`, which calls :func:`link_qualifiers` once per document after the
mentions are found and before homonyms are resolved."""

from __future__ import annotations

from itertools import pairwise

from rasad.gazetteer.context import DocWords, word_table
from rasad.gazetteer.cues import Cues, readings, strip_proclitics
from rasad.gazetteer.evidence import tier
from rasad.gazetteer.resolve import Mention
from rasad.gazetteer.unlisted import definite_nisba, locative_link

_APPOSITION_COARSE = frozenset({"PCLI", "PCLD", "ADM1"})


def link_qualifiers(mentions: list[Mention], dw: DocWords, cues: Cues) -> None:
    """Mark "X <link words> Y" where Y names X's governorate, district or a place near it."""
    links = word_table(is_link_word, cues)
    for a, b in pairwise(mentions):
        if a.sentence != b.sentence or b.start - a.end > 45:
            continue
        # the qualifier's own proclitic ("بريف", "في") belongs to b's word; check that every
        # word between is a link, place noun, area word or direction
        head = dw.text[a.end : b.start]
        if "." in head:
            continue
        between = dw.words(a.end, b.start)
        if "\u060c" in head or "," in head:
            # an apposition: "الحيمة، بمديرية التعزية", "دوما، في ريف دمشق" (a comma right
            # after the name, then a locative link; "حمص، وإدلب" is a list)
            if (
                # a country or governorate before the comma is a second location, not the
                # place located ("في اليمن، في جبهة الساحل الغربي")
                # (not after a noun of a smaller place: "حي المثنى، في مدينة الموصل")
                (
                    any(e.feature_code in _APPOSITION_COARSE for e in a.candidates)
                    and not _names_a_small_place(a.noun, cues)
                )
                # and a weakly evidenced word after it ("في قضية") is no place to lean on
                or "pending" in b.extra
                or "weak" in b.extra
                or head.count("\u060c") + head.count(",") != 1
                or head.lstrip(" ")[:1] not in ("\u060c", ",")
                or not locative_link(between[1] if len(between) > 1
                                      else b.extra.get("prefix", ""), cues)
            ):
                continue
            between = between[1:]
        if len(between) > 1 and definite_nisba(between[0]):
            between = between[1:]  # "ناحية الرشاد الأمنية في محافظة كركوك": X's adjective
        if not all(map(links.__getitem__, between)):
            continue
        if (between[0] if between else b.extra.get("prefix", "")).startswith("و") and (
            not between or between[0] not in cues.qualifier_links
        ):
            continue  # "حمص وريف إدلب": a list, not "حمص in Idlib countryside"
        pre = b.extra.get("prefix", "")
        if not between and not pre:
            continue  # "دمشق حلب": two names side by side are not a qualification
        if "pending" in b.extra and tier(a.candidates) == "prominent":
            # "في القاهرة بالحجارة" (in Cairo, with stones): a word that is a place only if
            # something vouches for it does not qualify a well-known name (it would pull
            # Cairo to a Yemeni hamlet near a hamlet called "stones")
            continue
        a.qualifier = b
        b.qualifies = True
        direction = _direction_in(between, cues)
        if direction:
            a.extra["qdir"] = direction  # "X شمال غرب مدينة Y": X lies north-west of Y


def _names_a_small_place(noun: str | None, cues: Cues) -> bool:
    """The place noun before a name fits only places below a governorate ("حي", "قرية",
    "بلدة"): the name is no country or governorate whatever its namesakes."""
    codes = cues.place_nouns.get(noun or "")
    return bool(codes) and not (codes & _APPOSITION_COARSE)


def _direction_in(words: list[str], cues: Cues) -> str:
    """The compass direction named among link words ("شمال غرب" → "north-west"), or ""."""
    bare = [strip_proclitics(w, cues.directions)[1] for w in words]
    for i in range(len(bare)):
        two = " ".join(bare[i : i + 2])
        if two in cues.directions:
            return cues.directions[two]
        if bare[i] in cues.directions and not bare[i].startswith("ال"):
            return cues.directions[bare[i]]
    return ""


def is_link_word(w: str, cues: Cues) -> bool:
    """A word that may stand between a place and its qualifier: a link ("في", "التابعة ل"),
    place noun, area word, direction or a dash (read through ``word_table``: once per word).

    One walk over the word's proclitic readings for the four word lists (a bare word in one of
    them is what stripping against that list would find)."""
    if w in cues.qualifier_links or w == "-":
        return True
    links, nouns, areas = cues.qualifier_links, cues.place_nouns, cues.area_words
    directions = cues.directions
    for _, bare in readings(w):
        if bare in links or bare in nouns or bare in areas or bare in directions:
            return True
    return False
