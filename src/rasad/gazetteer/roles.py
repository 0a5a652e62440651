"""The role of each place in the story: event_location, origin, destination or other.

Read from the words right before the mention, after skipping place nouns ("مناطق", "حي",
"مدينة"): "نحو/إلى/باتجاه X" → destination; "من X" → origin unless "من" is partitive ("أجزاء من
X", "بالقرب من X"); "في/على/قرب X" → event_location. The ل proclitic after a motion word
("توجهوا للبادية") is a destination. A place in a list ("من اللاذقية وحلب وطرطوس") shares the
role of the first; a qualifier that only locates another place ("مخيم اليرموك جنوب دمشق",
"هجين بشرق سوريا") has role other, as has a place that locates a named place the index may
lack ("حي الواسطي جنوبي مدينة كركوك"), or whose clause a year before the article's dates
("عمليات إرهابية في بوينس آيرس عام 1994": history, not the news). A country, or the capital
of a country other than the one the article's places lie in, named with no preposition is
usually a government acting ("أعلنت روسيا", "قالت واشنطن"): role other.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from itertools import compress, repeat

import regex

from rasad.actors.speaker_place import speaker_place_at
from rasad.gazetteer.context import DocWords, word_table
from rasad.gazetteer.cues import (
    Cues,
    any_member,
    event_word_rests,
    event_word_table,
    is_list_gap,
    load_cues,
    member_table,
    readings,
    strip_proclitics,
)
from rasad.gazetteer.destination_chain import destination_chain
from rasad.gazetteer.dual_heads import share_coarse_role
from rasad.gazetteer.resolve import Mention

_WINDOW = 50
_UNSEEN = ("\x00",)  # a word whose event-word verdict is not cached yet (truthy)
_MIN = frozenset({"من"})


class _Tables:
    """The word tables the role rules read (see ``word_table``), looked up once per cues
    object: the rules run per mention, several per mention, and a ``word_table`` look-up
    (a key tuple, an id and a dict) per rule and mention cost ~23,000 calls per 500
    articles."""

    __slots__ = (
        "cue_kinds", "cues", "is_cue", "nouns", "offices", "place_noun", "roads", "seats",
        "steps", "titles",
    )

    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        self.nouns = word_table(_noun_proclitics, cues)
        self.cue_kinds = word_table(_cue_kinds, cues)
        self.place_noun = word_table(_is_place_noun, cues)
        self.steps = word_table(_link_step, cues)
        self.is_cue = word_table(_is_cue, cues)
        # word → a member of the list once its proclitics are stripped ("بقاعدة", "ومحافظ")
        self.titles = member_table(cues.official_titles)
        self.offices = member_table(cues.office_words)
        self.roads = member_table(cues.road_words)
        self.seats = member_table(cues.seat_words)


_TABLES: dict[int, _Tables] = {}


def _tables(cues: Cues) -> _Tables:
    """The :class:`_Tables` of ``cues`` (one per cues object, as ``word_table``'s)."""
    hit = _TABLES.get(id(cues))
    if hit is None or hit.cues is not cues:
        hit = _TABLES[id(cues)] = _Tables(cues)
    return hit


def _noun_proclitics(word: str, cues: Cues) -> str | None:
    """The proclitics of a place noun or area word ("" for a bare one), None for any other
    word (read through ``word_table``)."""
    pre, bare = strip_proclitics(word, cues.place_nouns)
    return pre if bare in cues.place_nouns or bare in cues.area_words else None


def _cue_kinds(word: str, cues: Cues) -> tuple[bool, bool, bool, bool, bool]:
    """Which role cues a word is, proclitics allowed: (the name of a pact or track, a
    destination cue, "من", an origin cue, an event-location cue). Read through
    ``word_table``: :func:`_role_from_left` asks all of them of the same few words.

    A list holds the word with its proclitics stripped exactly when one of the word's
    readings (the word itself first) is in it: the readings are made once for all five."""
    bares = [bare for _, bare in readings(word)]
    return (
        any(map(cues.pact_words.__contains__, bares)),
        any(map(cues.destination.__contains__, bares)),
        "من" in bares,
        any(map(cues.origin.__contains__, bares)),
        any(map(cues.event_location.__contains__, bares)),
    )


def _role_from_left(
    m: Mention, left: list[str], cues: Cues, tables: _Tables | None = None
) -> str | None:
    t = tables or _tables(cues)
    prefix = m.extra.get("prefix", "")
    if not prefix and _in_title(left, cues, t):
        return "other"  # "مدير أمن الإسماعيلية": the seat of an office, not a scene
    # skip place nouns between the cue and the name: "من مناطق X", "إلى مدينة X", "في
    # العاصمة الفرنسية X"
    i = _skip_nisba(left, len(left) - 1, cues)
    noun_prefix = ""
    nouns = t.nouns
    while i >= 0:
        pre = nouns[left[i]]
        if pre is not None:
            noun_prefix = pre
            i -= 1
            continue
        break
    glued = noun_prefix if i < len(left) - 1 else prefix
    word = left[i] if i >= 0 else ""
    before = left[i - 1] if i >= 1 else ""
    glued = glued.lstrip("وف")
    if glued.startswith("ل"):
        near = left[max(0, i - 3) : i + 1]
        if any_member(near, cues.motion):
            return "destination"
    if glued.startswith("ب"):
        if _is_seat(left, i, t.seats):
            return "other"  # "مصدر عسكري بقاعدة X": where the source sits
        return "event_location"
    pact, destination, from_, origin, event_location = t.cue_kinds[word]
    if not glued and i == len(left) - 1 and pact:
        return "other"  # "اتفاقية أوتاوا", "مسار أستانا": the name of a pact or a track
    if strip_proclitics(word, cues.seat_nouns)[1] in cues.seat_nouns:
        return "other"  # "الحكومة ومقرها البيضاء": where an authority sits
    if word in ("في", "من") and _is_seat(left, i - 1, t.seats):
        return "other"  # "مصادر عسكرية في عدن", "المدعومة من موسكو"
    if word == "بين" and strip_proclitics(before, cues.between_locators)[1] in (
        cues.between_locators
    ):
        return "other"  # "الواقع بين مدينتي حمص وتدمر"
    if destination:
        # "امتدت المعارك إلى X": what spreads reaches X, nobody travels there
        near = left[max(0, i - 4) : i]
        if any_member(near, cues.spread):
            return "event_location"
        return "destination"
    if from_:
        if before in cues.from_directions:
            return "other"  # "170 كيلومترا إلى الشمال من صنعاء" only measures from X
        if _partitive(before, cues):
            # "نازحون من مناطق متفرقة من سوريا": the part itself follows "من", an origin
            k = i - 2
            if k >= 0 and _partitive(left[k], cues):
                k -= 1  # the part's noun before its adjective ("مناطق متفرقة")
            if k >= 0 and (left[k] == "من" or strip_proclitics(left[k], _MIN)[1] == "من"):
                return "origin"
            return "event_location"
        if any_member(left[max(0, i - 5) : i], cues.expulsion):
            return "event_location"  # "لطرد مسلحي التنظيم من بلدة هجين": driven out there
        if _seized_from(left[max(0, i - 5) : i], cues) and not _is_country(m):
            return "event_location"  # "اختطف 18 شابا من ناحية X": seized there
        return "origin"
    if origin:
        return "origin"
    if event_location:
        if word in ("في", "وفي") and destination_chain(left, i, cues):
            return "destination"  # "نقلوا إلى مناطق تسيطر عليها المعارضة في إدلب"
        return "event_location"
    # "مغادرة أكثر من 2500 من المسلحين مخيم اليرموك": the object of leaving, no preposition
    near_words = left[max(0, i - 7) : i + 1]
    leaving = any_member(near_words, cues.departure)
    if leaving and not any(
        w != "من" and (w in cues.locative or w in cues.destination) for w in near_words
    ):
        return "origin"
    return None


_TITLE_REACH = 6  # office words and place nouns between a title and its place


def _in_title(left: list[str], cues: Cues, tables: _Tables | None = None) -> bool:
    """The place ends an official's title: a title word, then only office words, adjectives
    and place nouns ("مدير عام مديرية شرطة محافظة العاصمة", "المشرف الأمني بمديرية", "محافظ"),
    or a title tied to its body or its charge before "في" ("المسؤول الأمني لمليشيا الحوثي في
    قضاء العدين", "المسؤول عن التجنيد في مديرية"; see :func:`_tied_title`)."""
    t = tables or _tables(cues)
    nouns, titles, offices = t.nouns, t.titles, t.offices
    for k in range(len(left) - 1, max(-1, len(left) - 1 - _TITLE_REACH), -1):
        w = left[k]
        if titles[w]:
            return True
        if nouns[w] is not None or offices[w]:
            continue
        if k < len(left) - 1 and w.startswith("ال") and w.endswith(("ي", "يه")):
            continue  # an adjective of the office before a noun ("المشرف الأمني بمديرية")
        return w == "في" and _tied_title(left[:k], titles)
    return False


_TIE_REACH = 4  # words between a title and "في": "الأمني لمليشيا الحوثي", "عن التجنيد"
# a day told between the title and "في" makes a clause ("قال مشرف للصحفيين السبت في دبي"):
# "في X" is where it was said, not the office's seat (normalised forms)
_CLAUSE_TIMES = frozenset(
    {"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "اليوم", "امس"}
)


def _tied_title(left: list[str], titles: dict[str, bool]) -> bool:
    """The words before "في" end a title tied to a body ("لمليشيا الحوثي") or a charge ("عن
    التجنيد"): "في X" then says where the office is, not where the act was. A bare title
    ("اغتيال المسؤول الأمني في مدينة درعا") leaves X the scene."""
    tied = False
    for k in range(len(left) - 1, max(-1, len(left) - 1 - _TIE_REACH), -1):
        w = left[k]
        if titles[w]:  # a title word, proclitics allowed (``member_table``)
            return tied
        if w == "عن" or (w.startswith("ل") and not w.startswith("ال") and len(w) > 3):
            tied = True  # "عن التجنيد", "لمليشيا", "لجماعة", "لقوات"
        elif not w.startswith("ال") or w in _CLAUSE_TIMES:
            return False  # an act or a verb ("في هجوم في"): no longer the title
    return False


def seized_from(near: list[str]) -> bool:
    """The words before "من" (normalised, nearest last) open with a verb of seizing people and
    nothing between turns it into a coming or going (see :func:`_seized_from`)."""
    return _seized_from(near, load_cues())


def _seized_from(near: list[str], cues: Cues) -> bool:
    """A verb of seizing people ("اختطف", "اعتقلت") opens the words before "من", and no word of
    coming or going follows it ("اعتقلت الشرطة شخصين قادمين من X" keeps X an origin), nor a
    time opening another clause ("احتجزوا يوم الاثنين بعد عبورهم من X")."""
    seized = [k for k, w in enumerate(near) if any_member((w,), cues.seizure)]
    if not seized:
        return False
    # "من" itself may take a part of the people ("اعتقال خمسة من المسلحين من قرية X")
    between = [w for w in near[seized[-1] + 1 :] if w != "من"]
    return not any(
        any_member(between, words)
        for words in (cues.origin, cues.motion, cues.departure, cues.seizure_breaks)
    )


def _is_country(m: Mention) -> bool:
    """The mention's chosen reading is a country (people "from" it are its nationals)."""
    return m.chosen is not None and m.chosen.feature_code in ("PCLI", "PCLD")


def _partitive(word: str, cues: Cues) -> bool:
    """A word after which "من" takes a part ("أجزاء من", "بالقرب من", "متفرقة من")."""
    return word in cues.partitive or strip_proclitics(word, cues.partitive)[1] in cues.partitive


_DISTANCE_UNITS = frozenset(
    {"كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو", "ميل", "ميلا", "اميال"}
    # after a number word: "على بعد عشرات الكيلومترات من X"
    | {"الكيلومترات", "الكيلومتر", "الاميال", "الكيلو"}
)
_FAR_KM = 50  # "على بعد 250 كلم شمال بغداد": this far, the place only measures where
# number words of a distance at least _FAR_KM ("عشرات الكيلومترات", "ستين كيلومترا", "مئة
# كيلومتر"), in both cases; smaller ones ("عشرة كيلومترات") keep the place as the scene
_FAR_NUMBER_WORDS = frozenset(
    # (normalised forms: "مئات" is "ميات", "مائة" is "مايه")
    {"عشرات", "ميات", "ميه", "مايه", "ميتي", "مايتي", "ميتا", "مايتا"}
    | {f"{tens}{end}" for tens in ("خمس", "ست", "سبع", "ثمان", "تسع") for end in ("ين", "ون")}
)
_MEASURE_LINKS = frozenset({"من", "عن", "الى", "إلى"})
_METRES = frozenset({"متر", "مترا", "مترات"})  # "كيلو متر"
_UNIT_WORDS = _DISTANCE_UNITS | _METRES


def _measured_far(left: list[str], cues: Cues, tables: _Tables | None = None) -> bool:
    """The words before a place measure a long distance from it: "على بعد 250 كلم شمال X",
    "تبعد 70 كيلومترا عن X", "300 كم إلى الجنوب من X". The event is not at X (ACLED locates
    it at X only when X is close, with geo_precision 2)."""
    if _UNIT_WORDS.isdisjoint(left):
        return False  # no unit of length: nothing measured (one test in C for most places)
    i = len(left) - 1
    place_noun = (tables or _tables(cues)).place_noun
    while i >= 0 and place_noun[left[i]]:
        i -= 1  # "شمال مدينة X", "عن العاصمة X"
    steps = 0
    while i >= 0 and steps < 4 and (
        left[i] in _MEASURE_LINKS
        or strip_proclitics(left[i], cues.directions)[1] in cues.directions
        or left[i] in cues.from_directions
    ):
        i -= 1
        steps += 1
    if not steps or i < 1:
        return False
    unit = left[i]
    if unit in _METRES and left[i - 1] == "كيلو":
        i -= 1
    elif unit not in _DISTANCE_UNITS:
        return False
    number = left[i - 1]
    if number in _FAR_NUMBER_WORDS:
        return True
    return number.isdigit() and int(number) >= _FAR_KM


def _is_seat(left: list[str], i: int, seats: dict[str, bool]) -> bool:
    """left[i] (or left[i - 1] before an adjective such as "عسكرية") is a seat word
    (``seats``: the ``member_table`` of the seat words)."""
    if i < 0:
        return False
    if seats[left[i]]:
        return True
    w = left[i]
    return (
        i >= 1
        and len(w) > 4
        and w.endswith(("يه", "ي", "يين", "يون"))
        and seats[left[i - 1]]
    )


def _link_step(w: str, cues: Cues) -> int:
    """1: a link word or direction ("في", "التابعة", "جنوب") or a place noun with ب/ل
    ("بمديرية"); 0: a bare place noun ("مدينة"); -1: anything else. Read through
    ``word_table`` (once per word)."""
    bare = strip_proclitics(w, cues.qualifier_links)[1]
    npre, noun = strip_proclitics(w, cues.place_nouns)
    direction = strip_proclitics(w, cues.directions)[1]
    if w in cues.qualifier_links or bare in cues.qualifier_links or (
        direction in cues.directions and not direction.startswith("ال")
    ):
        return 1
    if noun in cues.place_nouns:
        return int("ب" in npre or "ل" in npre)  # "بمديرية Y", "لمحافظة Y"
    return -1


def _skip_nisba(left: list[str], i: int, cues: Cues) -> int:
    """Step over an adjective after a definite place noun: "العاصمة العراقية", "المدينة
    الساحلية" (the noun then stands right before the name)."""
    if (
        i >= 1
        and left[i].startswith("ال")
        and left[i].endswith(("يه", "ي"))
        and left[i - 1][len(strip_proclitics(left[i - 1], cues.place_nouns)[0]) :].startswith("ال")
        and strip_proclitics(left[i - 1], cues.place_nouns)[1] in cues.place_nouns
    ):
        return i - 1
    return i


def _is_place_noun(word: str, cues: Cues) -> bool:
    pre, bare = strip_proclitics(word, cues.place_nouns)
    return bare in cues.place_nouns and not word[len(pre) :].startswith("ال")


def _is_cue(word: str, cues: Cues) -> bool:
    """A preposition or other role cue ("إلى", "من", "قرب"), proclitics allowed (read through
    ``word_table``: once per word)."""
    bare = strip_proclitics(word, cues.locative)[1]
    return any(
        word in words or bare in words
        for words in (cues.locative, cues.destination, cues.origin, cues.event_location,
                      cues.qualifier_links, cues.partitive)
    )


def _locates_named_place(left: list[str], cues: Cues, tables: _Tables | None = None) -> bool:
    """The words before a place say it only locates a place named just before, one the index
    may lack: "حي الواسطي جنوبي مدينة Y", "منطقة قاع الحقل، بمديرية Y", "في قرية X في شمال Y".

    Reading backwards: an optional nisba adjective after a place noun ("العاصمة العراقية"),
    then at least one link word, place noun or direction ("في", "التابعة", "بمديرية", "جنوب"),
    an optional comma, and a name of one to three words opened by a place noun ("حي", "قرية",
    "منطقة"). A name word that is itself a cue ("إلى", "من") breaks the pattern.
    """
    i = _skip_nisba(left, len(left) - 1, cues)
    links = 0  # a place noun of the place itself ("بلدة Y") is skipped but is no link
    t = tables or _tables(cues)
    steps = t.steps
    while i >= 0:
        step = steps[left[i]]
        if step < 0:
            break
        links += step
        i -= 1
    if not links:
        return False
    if i >= 0 and left[i] in ("\u060c", ","):
        i -= 1
    is_cue = t.is_cue
    place_noun = t.place_noun
    # the name grows leftwards one word at a time (left[j + 1 : i + 1]): only its new word
    # needs checking, the others passed at the steps before
    for j in range(i - 1, max(-1, i - 4), -1):
        w = left[j + 1]
        if not w[0].isalpha() or is_cue[w]:
            return False
        if not w.startswith("ال") and w.endswith("يه"):
            return False  # an adjective: "في مناطق صحراوية بمدينة Y"
        if place_noun[left[j]]:
            return True
    return False


# "موسكو، روسيا (CNN)--", "بغداد - ": a dateline at the start of a paragraph; "الرباط 26 شوال
# 1436 هـ الموافق …": a news agency's, the Hijri date right after the town
_DATELINE_AFTER = regex.compile(
    r"\s*(?:[،,]|[-–—]|\()|[ ]+\d{1,2}[ ]+\p{L}+[ ]+\d{4}[ ]*هـ?(?!\p{L})"
)


def dateline_at(text: str, start: int, end: int, prefix: str = "") -> bool:
    """Whether the place name at [start, end) opens a paragraph as its dateline."""
    before = text[max(0, start - 40) : start - len(prefix)]
    if before.strip() and "\n" not in before:
        return False
    if before.strip() and before.rstrip(" \t").rsplit("\n", 1)[-1].strip():
        return False
    return bool(_DATELINE_AFTER.match(text, end))


def _is_dateline(m: Mention, text: str) -> bool:
    return dateline_at(text, m.start, m.end, m.extra.get("prefix", ""))


def assign_roles(
    mentions: list[Mention],
    dw: DocWords,
    bounds: list[tuple[int, int]],
    cues: Cues,
    published: dt.date | None = None,
) -> None:
    """Set ``mention.extra["role"]`` for every mention (in text order); ``published``, the
    article's date, tells a year of the mention's clause as history."""
    text = dw.text
    prev: Mention | None = None
    eventful: dict[int, bool] = {}  # sentence → reports something happening?
    home = _home_country(mentions)
    owners = {id(m.qualifier): m for m in mentions if m.qualifier is not None}
    t = _tables(cues)
    for m in mentions:
        sent_start = bounds[m.sentence][0]
        role: str | None = None
        if m.qualifies or _is_dateline(m, text):
            role = "other"  # it only locates another place ("هجين بشرق سوريا")
        elif (
            prev is not None
            and prev.sentence == m.sentence
            and m.start - prev.end <= 20
            and is_list_gap(
                text[prev.end : m.start],
                cues,
                prefix=m.extra.get("prefix", ""),
                gap_words=dw.words(prev.end, m.start),
            )
        ):
            role = prev.extra.get("role")
            owner = owners.get(id(prev))
            if prev.qualifies and owner is not None and ")" in text[prev.end : m.start]:
                # "نبل والزهراء (في حلب) والفوعة": the list goes on after the bracketed
                # qualifier, so the name takes the role of the place the qualifier locates
                role = owner.extra.get("role")
        left: list[str] | None = None
        if role is None:
            left = _left_words(m, dw, sent_start)
            role = _role_from_left(m, left, cues, t)
            if role in (None, "event_location", "origin") and _measured_far(left, cues, t):
                # "على بعد 60 كيلومترا من مدينة تدمر": the place only measures where the
                # event is; told alone, it is a point near which the event lies (ACLED 2)
                role = "other"
                m.extra["far"] = "1"
            elif role in (None, "event_location") and _locates_named_place(left, cues, t):
                role = "other"  # "في حي الشعلة في العاصمة بغداد": the event is in the حي
        if role is None:
            chosen = m.chosen
            if chosen is not None and (
                chosen.feature_code == "PCLI"
                or (
                    (chosen.feature_code == "PPLC" or m.key in cues.government_seats)
                    and chosen.country != home
                )
            ):
                role = "other"  # "أعلنت روسيا", "قالت واشنطن": a government speaking
            else:
                role = "event_location"
        if _road_start(m, dw, sent_start, cues, left, t):
            m.extra["road"] = "1"
        elif prev is not None and prev.extra.get("road") and _road_end(prev, m, dw, cues):
            role = "other"  # "الطريق بين حرض وصعدة": the road is not at صعدة
        if role == "event_location" and speaker_place_at(text, m.start, m.end):
            role = "other"  # "وقال المتحدث باسم البنتاغون في واشنطن إن …": where it was told
        if role == "event_location":
            if m.sentence not in eventful:
                eventful[m.sentence] = _has_event_word(dw, bounds[m.sentence], cues)
            if not eventful[m.sentence]:
                role = "other"  # nothing happens there in this sentence
            elif published is not None and _past_year_in_clause(
                m, dw, bounds[m.sentence], published.year
            ):
                role = "other"  # "هجوم في بوينس آيرس عام 1994": history, not the news
        m.extra["role"] = role
        prev = m
    _coarse_to_other(mentions)
    share_coarse_role(mentions, text)


_YEAR_REACH = 8  # words either side of the place where a year dates its clause
# the words a year follows when it dates what happened ("عام 1994", "في 2012", "خلال 2014");
# "منذ 2011" (since) reaches to the present and dates nothing past
_YEAR_LEADS = frozenset({"عام", "سنه", "العام", "في", "خلال"})
_SINCE = frozenset({"منذ", "ومنذ"})  # "منذ عام 2011"
_CLAUSE_ENDS = frozenset("،,؛;.:!?؟()\"«»")


def _past_year_in_clause(m: Mention, dw: DocWords, sentence: tuple[int, int], year: int) -> bool:
    """A year before ``year`` (the publication's) stands within a few words of the place,
    after a dating word, with no punctuation between: the clause tells a past event."""
    norms, starts = dw.norms, dw.starts
    lo, hi = sentence
    first = bisect_left(starts, m.start)
    after = bisect_left(starts, m.end)
    forward = range(after, min(len(norms), after + _YEAR_REACH))
    backward = range(first - 1, max(-1, first - 1 - _YEAR_REACH), -1)
    for ks in (forward, backward):
        for k in ks:
            w = norms[k]
            if not lo <= starts[k] < hi or w in _CLAUSE_ENDS:
                break
            if len(w) == 4 and w.isdigit() and 1000 <= int(w) < year and k > 0:
                lead = norms[k - 1]
                if lead not in _YEAR_LEADS and lead[:1] in ("و", "ف"):
                    lead = lead[1:]
                if lead in _YEAR_LEADS and not (k > 1 and norms[k - 2] in _SINCE):
                    return True
    return False


_ROAD_REACH = 4  # words between a road word and "بين": "الطريق الدولي الرابط بين"
_ROAD_DASHES = frozenset("-–—/")


def _left_words(m: Mention, dw: DocWords, sent_start: int) -> list[str]:
    """The words of the window before the mention's word (its place noun's, if it has one)."""
    ws = dw.word_start(int(m.extra.get("span_start", m.start)), sent_start)
    return dw.words(max(sent_start, ws - _WINDOW), ws)


def _road_start(
    m: Mention,
    dw: DocWords,
    sent_start: int,
    cues: Cues,
    left: list[str] | None = None,
    tables: _Tables | None = None,
) -> bool:
    """The place opens a road named by its two ends: "الطريق بين X", "طريق X". ``left``:
    the mention's :func:`_left_words` when the caller has read them already."""
    if m.extra.get("prefix", ""):
        return False  # tested before the window is read
    if left is None:
        left = _left_words(m, dw, sent_start)
    i = len(left) - 1
    t = tables or _tables(cues)
    nouns, roads = t.nouns, t.roads
    while i >= 0 and nouns[left[i]] is not None:
        i -= 1  # "الطريق بين مدينتي X وY"
    if i < 0:
        return False
    if roads[left[i]]:
        return True  # "طريق X - Y"
    if left[i] != "بين":
        return False
    return any(map(roads.__getitem__, left[max(0, i - _ROAD_REACH) : i]))


def _road_end(prev: Mention, m: Mention, dw: DocWords, cues: Cues) -> bool:
    """``m`` is the second end of the road ``prev`` opens: joined by "و" or a dash."""
    if prev.sentence != m.sentence or m.start - prev.end > 12:
        return False
    gap = dw.text[prev.end : m.start]
    if gap.strip() and set(gap.strip()) <= _ROAD_DASHES:
        return True
    return is_list_gap(gap, cues, prefix=m.extra.get("prefix", ""))


def has_event_word_in(dw: DocWords, bounds: tuple[int, int], cues: Cues) -> bool:
    """Whether an event word starts in ``bounds`` (a sentence or any stretch of it)."""
    return _has_event_word(dw, bounds, cues)


def _has_event_word(dw: DocWords, bounds: tuple[int, int], cues: Cues) -> bool:
    """``cues.has_event_word`` on the sentence ``bounds``, read word by word from the tokens
    (each word's verdict is cached across documents) and stopping at the first event word."""
    norms = dw.norms
    start, end = bounds
    table = event_word_table(cues)
    starts = dw.starts
    i = bisect_left(starts, start)
    n = bisect_left(starts, end, i)  # the sentence's tokens: those starting before its end
    # the cached verdicts are read in C; Python looks only at new words and at event words
    found = list(map(table.get, norms[i:n], repeat(_UNSEEN, n - i)))
    for k in compress(range(i, n), found):
        rests = found[k - i]
        if rests is _UNSEEN:
            rests = event_word_rests(norms[k], cues)
        for rest in rests:
            if not rest or _stem_follows(rest, dw, k, end):
                return True
    return False


def _stem_follows(stem: str, dw: DocWords, i: int, sent_end: int) -> bool:
    """The words after token ``i`` continue a multi-word event stem ("عمليه عسكريه")."""
    parts = stem.split(" ")[1:]
    starts, norms = dw.starts, dw.norms
    for k, part in enumerate(parts, start=1):
        if i + k >= len(starts) or starts[i + k] >= sent_end:
            return False
        word = norms[i + k]
        if not (word.startswith(part) if k == len(parts) else word == part):
            return False
    return True


def _home_country(mentions: list[Mention]) -> str:
    """The country most of the article's finer places (not countries) lie in; "" if none."""
    counts: dict[str, int] = {}
    for m in mentions:
        e = m.chosen
        if e is not None and e.feature_code not in ("PCLI", "PCLD") and e.country:
            counts[e.country] = counts.get(e.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else ""


def _coarse_to_other(mentions: list[Mention]) -> None:
    """A country or governorate is not where the event happens when the same sentence names a
    finer place inside it: "قتل 3 في قصف على دوما في سوريا" locates the event at Douma."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for group in by_sentence.values():
        for m in group:
            e = m.chosen
            if e is None or m.extra.get("role") != "event_location" or e.geo_precision < 3:
                continue
            country = e.feature_code in ("PCLI", "PCLD")
            for other in group:
                f = other.chosen
                if other is m or f is None or f.country != e.country:
                    continue
                # a governorate is finer than its country ("بمحافظة ذمار وسط اليمن")
                if f.geo_precision >= 3 and not (country and f.feature_code == "ADM1"):
                    continue
                if e.feature_code in ("PCLI", "PCLD") or (e.admin1 and f.admin1 == e.admin1):
                    m.extra["role"] = "other"
                    break

