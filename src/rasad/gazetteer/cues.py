"""Context words the places stage reads, loaded from ``resources/gazetteer/cues.yaml``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from rasad.arabic.normalize import normalize_key
from rasad.errors import GazetteerError

_WORD = regex.compile(r"[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{N}\p{M}]")
# Proclitic chains stripped from a context word before lookup (longest first). "لل" restores
# the article: "للنظام" = ل + النظام.
_PROCLITICS = tuple(
    sorted(
        ({c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")} - {""})
        | {c + "لل" for c in ("", "و", "ف")},
        key=len,
        reverse=True,
    )
)


@dataclass(frozen=True, slots=True)
class Cues:
    place_nouns: dict[str, frozenset[str]]
    name_nouns: frozenset[str]
    area_words: dict[str, str]
    directions: dict[str, str]
    qualifier_links: frozenset[str]
    destination: frozenset[str]
    origin: frozenset[str]
    event_location: frozenset[str]
    partitive: frozenset[str]
    motion: frozenset[str]
    locative: frozenset[str]
    event_words: tuple[str, ...]
    spread: frozenset[str] = frozenset()
    outlet_words: frozenset[str] = frozenset()
    place_adjectives: frozenset[str] = frozenset()
    seat_words: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()
    name_openers: frozenset[str] = frozenset()
    pact_words: frozenset[str] = frozenset()
    between_locators: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    mountain_heads: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    accusative_persons: frozenset[str] = frozenset()
    official_titles: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    road_words: frozenset[str] = frozenset()
    from_directions: frozenset[str] = frozenset()
    departure: frozenset[str] = frozenset()
    expulsion: frozenset[str] = frozenset()
    seizure: frozenset[str] = frozenset()
    seizure_breaks: frozenset[str] = frozenset()
    ila_non_motion: frozenset[str] = frozenset()
    person_name_ends: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    rumour_verbs: frozenset[str] = frozenset()
    rumour_subjects: frozenset[str] = frozenset()
    nisba_adjectives: frozenset[str] = frozenset()
    indefinite_adjectives: frozenset[str] = frozenset()
    government_seats: frozenset[str] = frozenset()
    local_heads: dict[str, bool] = field(default_factory=dict)  # head → head kept in mention?
    not_local_names: frozenset[str] = frozenset()
    unit_nouns: frozenset[str] = frozenset()
    quarter_name_titles: frozenset[str] = frozenset()
    square_names: frozenset[str] = frozenset()
    institution_heads: frozenset[str] = frozenset()
    institution_countries: dict[str, str] = field(default_factory=dict)  # adjective → ISO2
    group_countries: dict[str, str] = field(default_factory=dict)  # movement name → ISO2
    group_not_after: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    near_before_min: frozenset[str] = frozenset()
    dual_nouns: frozenset[str] = frozenset()


def _keys(words: object, field: str) -> frozenset[str]:
    if not isinstance(words, list):
        raise GazetteerError(f"cues.yaml field {field!r} must be a list of words, got {words!r}")
    return frozenset(normalize_key(str(w)) for w in words)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    from rasad.resources import load_yaml

    data = load_yaml("gazetteer/cues.yaml")
    try:
        roles = data["roles"]
        return Cues(
            place_nouns={
                normalize_key(k): frozenset(v or ()) for k, v in data["place_nouns"].items()
            },
            name_nouns=_keys(data["name_nouns"], "name_nouns"),
            area_words={normalize_key(k): v for k, v in data["area_words"].items()},
            directions={normalize_key(k): v for k, v in data["directions"].items()},
            qualifier_links=_keys(data["qualifier_links"], "qualifier_links"),
            destination=_keys(roles["destination"], "roles.destination"),
            origin=_keys(roles["origin"], "roles.origin"),
            event_location=_keys(roles["event_location"], "roles.event_location"),
            partitive=_keys(data["partitive_before_min"], "partitive_before_min"),
            motion=_keys(data["motion_words"], "motion_words"),
            locative=_keys(data["locative"], "locative"),
            event_words=tuple(sorted(_keys(data["event_words"], "event_words"))),
            spread=_keys(data["spread_words"], "spread_words"),
            outlet_words=_keys(data["outlet_words"], "outlet_words"),
            place_adjectives=_keys(data["place_adjectives"], "place_adjectives"),
            seat_words=_keys(data["seat_words"], "seat_words"),
            seat_nouns=_keys(data["seat_nouns"], "seat_nouns"),
            name_openers=_keys(data["name_openers"], "name_openers"),
            pact_words=_keys(data["pact_words"], "pact_words"),
            between_locators=_keys(data["between_locators"], "between_locators"),
            name_heads=_keys(data["name_heads"], "name_heads"),
            mountain_heads=_keys(data.get("mountain_heads", []), "mountain_heads"),
            speech_verbs=_keys(data["speech_verbs"], "speech_verbs"),
            person_titles=_keys(data["person_titles"], "person_titles"),
            accusative_persons=_keys(data["accusative_persons"], "accusative_persons"),
            official_titles=_keys(data["official_titles"], "official_titles"),
            office_words=_keys(data["office_words"], "office_words"),
            road_words=_keys(data["road_words"], "road_words"),
            from_directions=_keys(data["from_directions"], "from_directions"),
            departure=_keys(data["departure_words"], "departure_words"),
            expulsion=_keys(data["expulsion_words"], "expulsion_words"),
            seizure=_keys(data["seizure_words"], "seizure_words"),
            seizure_breaks=_keys(data["seizure_breaks"], "seizure_breaks"),
            ila_non_motion=_keys(data["ila_non_motion"], "ila_non_motion"),
            person_name_ends=_keys(data["person_name_ends"], "person_name_ends"),
            relative_pronouns=_keys(data["relative_pronouns"], "relative_pronouns"),
            rumour_verbs=_keys(data["rumour_verbs"], "rumour_verbs"),
            rumour_subjects=_keys(data["rumour_subjects"], "rumour_subjects"),
            nisba_adjectives=_keys(data["nisba_adjectives"], "nisba_adjectives"),
            indefinite_adjectives=_keys(
                data.get("indefinite_adjectives", []), "indefinite_adjectives"
            ),
            government_seats=_keys(data["government_seats"], "government_seats"),
            local_heads={
                **{w: False for w in _keys(data["local_heads"]["drop"], "local_heads.drop")},
                **{w: True for w in _keys(data["local_heads"]["keep"], "local_heads.keep")},
            },
            not_local_names=_keys(data["not_local_names"], "not_local_names"),
            unit_nouns=_keys(data["unit_nouns"], "unit_nouns"),
            quarter_name_titles=_keys(data["quarter_name_titles"], "quarter_name_titles"),
            square_names=_keys(data["square_names"], "square_names"),
            institution_heads=_keys(data["institution_heads"], "institution_heads"),
            institution_countries={
                normalize_key(str(w)): str(iso)
                for w, iso in data["institution_countries"].items()
            },
            group_countries={
                normalize_key(str(w)): str(iso) for w, iso in data["group_countries"].items()
            },
            group_not_after=_keys(data["group_not_after"], "group_not_after"),
            venue_nouns=_keys(data["venue_nouns"], "venue_nouns"),
            organisation_nouns=_keys(data["organisation_nouns"], "organisation_nouns"),
            near_before_min=_keys(data["near_before_min"], "near_before_min"),
            dual_nouns=_keys(data["dual_nouns"], "dual_nouns"),
        )
    except (KeyError, AttributeError, TypeError) as exc:
        raise GazetteerError(
            f"resources/gazetteer/cues.yaml is missing or misshapes a field ({exc}); "
            "restore it from the package"
        ) from exc


_QUOTES = str.maketrans({'"': " ", "_": " ", "#": " ", "(": " ", ")": " "})


def words(text: str) -> list[str]:
    """Normalised words and punctuation marks of ``text`` in order. Quotes, brackets, hashtag
    marks and underscores ("#جبهة_نهم") separate words but are not words themselves."""
    return _WORD.findall(normalize_key(text).translate(_QUOTES))


_STRIP_CACHE: dict[int, tuple[object, dict[str, tuple[str, str]]]] = {}
PROCLITICS = _PROCLITICS  # proclitic chains before a word ("و", "ب", "وب", "لل" ...)
_PROCLITIC_SET = frozenset(_PROCLITICS)
_PROCLITIC_LENGTHS = tuple(sorted({len(p) for p in _PROCLITICS}, reverse=True))
_PROCLITIC_INITIALS = frozenset(p[0] for p in _PROCLITICS if p)


def strip_proclitics(word: str, known: frozenset[str] | dict[str, object]) -> tuple[str, str]:
    """(proclitics, word) where the bare word is in ``known``; ("", word) if none fits."""
    slot = _STRIP_CACHE.get(id(known))
    if slot is None or slot[0] is not known:  # one table per word list, kept alive with it
        slot = _STRIP_CACHE[id(known)] = (known, {})
    table = slot[1]
    hit = table.get(word)
    if hit is None:
        # a new word is read against a dozen word lists: one loop over its cached readings
        if len(table) > 100_000:
            table.clear()
        readings = _READINGS.get(word) or _readings(word)
        hit = readings[0]  # ("", word): also the answer when no reading fits
        for reading in readings:
            if reading[1] in known:
                hit = reading
                break
        table[word] = hit
    return hit


class _Members(dict[str, bool]):
    """word → whether the word, proclitics stripped, is in ``known`` (filled on first use)."""

    __slots__ = ("known",)

    def __init__(self, known: frozenset[str] | dict[str, object]) -> None:
        super().__init__()
        self.known = known

    def __missing__(self, word: str) -> bool:
        if len(self) > 100_000:
            self.clear()
        hit = self[word] = strip_proclitics(word, self.known)[1] in self.known
        return hit


_MEMBERS: dict[int, _Members] = {}


def any_member(words: Iterable[str], known: frozenset[str] | dict[str, object]) -> bool:
    """``any(strip_proclitics(w, known)[1] in known for w in words)``, each word's verdict
    cached (the look-ups of known words run in C)."""
    return any(map(member_table(known).__getitem__, words))


def member_table(known: frozenset[str] | dict[str, object]) -> dict[str, bool]:
    """word → ``strip_proclitics(word, known)[1] in known``, filled on first use and kept
    (one table per word list): a hot loop subscripts it instead of calling per word."""
    table = _MEMBERS.get(id(known))
    if table is None or table.known is not known:
        table = _MEMBERS[id(known)] = _Members(known)
    return table


_READINGS: dict[str, tuple[tuple[str, str], ...]] = {}


def readings(word: str) -> tuple[tuple[str, str], ...]:
    """The (proclitics, bare word) readings of ``word``, the word itself first:
    ``strip_proclitics(word, known)[1] in known`` holds exactly when some reading's bare word
    is in ``known``, so a test against several word lists walks them once."""
    return _READINGS.get(word) or _readings(word)


def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """The (proclitics, bare word) readings :func:`strip_proclitics` tries, in its order: the word
    itself, then the longest proclitic chain first (one candidate chain per length: the word's
    own prefix, none when the word does not open with a proclitic letter), each with and
    without the article, then the word without its article. Cached per word: the same word is
    looked up in many word lists."""
    hit = _READINGS.get(word)
    if hit is None:
        out = [("", word)]
        for k in _PROCLITIC_LENGTHS if word[:1] in _PROCLITIC_INITIALS else ():
            pre = word[:k]
            if len(word) > k + 1 and pre in _PROCLITIC_SET:
                rest = word[k:]
                if pre.endswith("لل"):
                    rest = "ال" + rest
                out.append((pre, rest))
                if rest.startswith("ال"):
                    out.append((pre, rest[2:]))
        if word.startswith("ال"):
            out.append(("", word[2:]))
        hit = tuple(out)
        if len(_READINGS) > 100_000:
            _READINGS.clear()
        _READINGS[word] = hit
    return hit


def is_list_gap(
    gap: str, cues: Cues, *, prefix: str = "", gap_words: list[str] | None = None
) -> bool:
    """Text between two places of one list: "و", "،", and place nouns ("ومخيم", "ومدينة").

    ``prefix``: the proclitics glued to the second name ("و" in "وحلب"). Two names side by
    side with nothing joining them are not a list. ``gap_words``: ``words(gap)`` if the caller
    has them already.
    """
    if len(gap) > 20 or any(ch in gap for ch in ".:؛;!?؟\n"):
        return False
    ws = words(gap) if gap_words is None else gap_words
    joined = prefix.startswith("و") or any(
        w in ("و", "\u060c", ",") or w.startswith("و") for w in ws
    )
    if not joined:
        return False
    if prefix.lstrip("وف")[:1] in ("ب", "ل", "ك") and not _and_joined(prefix, ws):
        # "جنوب قطاع غزة، بحجة تفجير" (on the pretext of): after a bare comma, a word with a
        # preposition of its own opens a new phrase; a list member takes none ("كفرنبل، حاس")
        return False
    for w in ws:
        if w in ("و", "\u060c", ","):
            continue
        bare = w[1:] if w.startswith("و") else w
        if bare in cues.place_nouns or bare in cues.area_words:
            continue
        return False
    return True


def _and_joined(prefix: str, ws: list[str]) -> bool:
    """The gap or the name's proclitics hold "و" (and), not a comma alone."""
    return prefix.startswith("و") or any(w == "و" or w.startswith("و") for w in ws)


def has_event_word(sentence: str, cues: Cues, *, normalized: bool = False) -> bool:
    """Whether a sentence reports something happening (see ``event_words``).

    ``normalized``: the sentence is already in normalised form (its words joined by spaces).
    """
    text = sentence if normalized else normalize_key(sentence)
    return bool(_event_regex(cues.event_words).search(text))


_EVENT_CHAINS = tuple(
    sorted(
        {a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ال", "لل")}
    )
)
_EVENT_CHAIN_SET = frozenset(_EVENT_CHAINS)
_LONGEST_EVENT_CHAIN = max(map(len, _EVENT_CHAINS))
_EVENT_CHAIN_INITIALS = frozenset(c[0] for c in _EVENT_CHAINS if c)
_EVENT_WORDS: dict[int, dict[str, tuple[str, ...]]] = {}
# per cues object: (its event words, every proclitic chain + one-word stem, their distinct
# lengths (ascending), every proclitic chain + first word of a multi-word stem → those stems)
_StemSets = tuple[object, frozenset[str], tuple[int, ...], dict[str, tuple[str, ...]]]
_STEM_SETS: dict[int, _StemSets] = {}


def event_word_table(cues: Cues) -> dict[str, tuple[str, ...]]:
    """The cache behind :func:`event_word_rests` for ``cues`` (word → rests), for hot loops."""
    return _EVENT_WORDS.setdefault(id(cues), {})


def _stem_sets(cues: Cues) -> _StemSets:
    hit = _STEM_SETS.get(id(cues))
    if hit is None or hit[0] is not cues.event_words:
        single, _, multi = _event_stem_sets(cues.event_words)
        openers = frozenset(c + s for c in _EVENT_CHAINS for s in single)
        heads: dict[str, list[str]] = {}
        for c in sorted(_EVENT_CHAINS, key=len):  # shorter chains first, as a word is read
            for first, stems in multi.items():
                heads.setdefault(c + first, []).extend(stems)
        hit = _STEM_SETS[id(cues)] = (
            cues.event_words,
            openers,
            tuple(sorted({len(o) for o in openers})),
            {w: tuple(dict.fromkeys(stems)) for w, stems in heads.items()},
        )
    return hit


def event_word_rests(word: str, cues: Cues) -> tuple[str, ...]:
    """What follows each proclitic chain of ``word`` that starts an event stem, for the
    word-by-word form of :func:`has_event_word`: "" if a one-word stem starts it ("وبقصف"),
    else the first word of a longer stem it equals ("عمليه" of "عمليه عسكريه"). Cached."""
    table = event_word_table(cues)
    hit = table.get(word)
    if hit is None:
        _, openers, lengths, heads = _stem_sets(cues)
        # a chain and a one-word stem open the word: one set look-up per length, not a scan
        # of the chains and stems
        hit = heads.get(word, ())
        for n in lengths:
            if n > len(word):
                break
            if word[:n] in openers:
                hit = ("",)
                break
        if len(table) > 100_000:
            table.clear()
        table[word] = hit
    return hit


@lru_cache(maxsize=4)
def _event_stems(stems: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(s for s in stems if " " not in s), tuple(s for s in stems if " " in s)


@lru_cache(maxsize=4)
def _event_stem_sets(
    stems: tuple[str, ...],
) -> tuple[frozenset[str], tuple[int, ...], dict[str, tuple[str, ...]]]:
    """One-word stems as a set with their distinct lengths; multi-word stems by first word."""
    single, multi = _event_stems(stems)
    by_first: dict[str, list[str]] = {}
    for stem in multi:
        by_first.setdefault(stem.split(" ", 1)[0], []).append(stem)
    return (
        frozenset(single),
        tuple(sorted({len(s) for s in single})),
        {k: tuple(v) for k, v in by_first.items()},
    )


@lru_cache(maxsize=4)
def _stem_heads(single: frozenset[str]) -> frozenset[str]:
    """The first two letters of each one-word stem (stems have two letters or more)."""
    assert all(len(s) >= 2 for s in single), "event stems have at least two letters"
    return frozenset(s[:2] for s in single)


@lru_cache(maxsize=4)
def _event_regex(stems: tuple[str, ...]) -> regex.Pattern[str]:
    # a word start, optional proclitics and article, then a stem
    alternatives = "|".join(regex.escape(s) for s in sorted(stems, key=len, reverse=True))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:[وف]?[بلك]?)(?:ال|لل)?(?:{alternatives})"
    )
