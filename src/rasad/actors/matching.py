"""Find actor mentions in Arabic text and resolve them to date-valid ACLED actors.

Three kinds of mention, in one Aho-Corasick pass (``PhraseMatcher``):

* full names ("قوات الأسد"، "الحشد الشعبي"): one dictionary entry, chosen by the article date
  when a name changes meaning over time (after December 2024 "قوات الأسد" are former forces);
* country-dependent generic names ("الجيش"، "داعش"، "المدنيين"): the referent depends on the
  country the sentence or article is about (the *country hint*: event-location places first,
  in any country of the world, then domestic actors named in full, then country words such as
  "العراق" or "اليمنية"); a qualifier right after the name ("داعش في العراق") or a country
  adjective ("الشرطة الباكستانية", ``nisba`` in actors.yaml) wins over both. Countries without
  a listed force get ACLED's naming templates ("Civilians (Pakistan)", "Police Forces of
  Pakistan"); unnamed armed men continue the armed group just named, else they are the
  country's unidentified armed group;
* back-references ("التنظيم"، "النظام"، "الفصائل"): the most recent earlier full mention of an
  actor that lists the word among its ``refs``; unresolved, they produce no actor.

Mentions inside an attribution-source phrase ("وسائل إعلام موالية للنظام") are not actors.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import regex

from rasad.actors.allied_men import ALLIED, past_with
from rasad.actors.country_evidence import W_ACTOR as _W_ACTOR
from rasad.actors.country_evidence import W_EVENT_PLACE
from rasad.actors.country_evidence import W_WORD as _W_WORD
from rasad.actors.country_evidence import CountryHint as _CountryHint
from rasad.actors.dateline import outside_dateline
from rasad.actors.dictionary import Entry, Lexicon, Reading, Template
from rasad.actors.speaker import speaker_at
from rasad.actors.speaker_place import speakers_places
from rasad.arabic.match import Match, PhraseMatcher
from rasad.arabic.normalize import NormText, normalize, normalize_key
from rasad.document import ActorRef, Place, Span

if TYPE_CHECKING:
    from rasad.actors.sources import SourceLexicon

log = logging.getLogger(__name__)

# Words allowed between a generic name and a country that qualifies it ("داعش في العراق").
_QUALIFIER_GAPS = frozenset({"", "في", "ب", "داخل"})
_QUALIFIER_REACH = 8  # characters
_LETTERS_BEFORE = regex.compile(r"[\p{L}\p{M}\u0640]*", regex.REVERSE)  # matched backwards
_NEXT_WORD = regex.compile(r"[ \t\u00a0]+([\p{L}\p{M}\u0640]+)")
# a country adjective and then "الصنع"/"صنع": where a weapon was made ("دبابات روسية الصنع")
_MADE_IN = regex.compile(r"[ \t\u00a0]+[\p{L}\p{M}\u0640]+[ \t\u00a0]+(?:ال)?صنع(?![\p{L}\p{M}])")
_WORDS = regex.compile(r"[\p{L}\p{M}\u0640]+")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A resolved mention, before it becomes a Span (kept for back-references)."""

    start: int
    end: int
    name: str
    inter: int | None
    country: str | None
    entry: Entry | None  # None for template actors ("Civilians (Syria)")
    how: str  # "name" | "generic" | "backref"
    key: str = ""  # the normalised phrase that matched
    family: str | None = None  # the generic family of an unqualified generic name
    kin: str | None = None  # the generic family of a qualified one ("داعش في العراق")

    def span(self) -> Span:
        ref = ActorRef(self.name, self.inter, self.country, self.family)
        return Span(self.start, self.end, "ACTOR", kb_id=self.name, value=ref)


# Generic families that name a state's forces (see ``ActorMatcher.force_names``).
_FORCE_FAMILIES = (
    "state_forces", "police", "air_force", "foreign_forces", "foreign_police", "republican_guard"
)

# Groups of the combined phrase scan (``ActorMatcher.scan``).
_ACTOR, _COUNTRY, _SOURCE, _CUE, _OFFICE = range(5)


@dataclass(frozen=True, slots=True)
class Scan:
    """One pass of the combined matcher over a text, split by kind of phrase.

    ``country_words`` also lists the country words inside longer matched phrases ("اليمنية" in
    "قوات الحكومة اليمنية"), at the longer phrase's start, so the country evidence does not
    depend on whether a country word is part of a name.
    """

    actors: list[Match]
    country_words: list[Match]
    sources: list[Match]
    cues: list[Match]
    offices: list[Match] = field(default_factory=list)  # office words ("وزارة", "القائد العام")


class ActorMatcher:
    """Phrase matcher over every Arabic name of a lexicon, plus country words, attribution
    sources and support cues, all found in one Aho-Corasick pass (``scan``)."""

    def __init__(self, lexicon: Lexicon, sources: SourceLexicon | None = None) -> None:
        from rasad.actors.sources import default_sources

        self.lexicon = lexicon
        self.sources = sources or default_sources()
        self.country_words = PhraseMatcher(
            (w, iso) for iso, words in lexicon.country_words.items() for w in words
        )
        names = lexicon.arabic_names()
        entries: list[tuple[str, tuple[int, Any]]] = [
            (name, (_ACTOR, reading)) for name, reading in names
        ]
        entries += _contracted_forms(entries)
        entries += [(w, (_COUNTRY, iso)) for iso, ws in lexicon.country_words.items() for w in ws]
        entries += [(p, (_SOURCE, e)) for p, e in self.sources.pairs]
        entries += [(cue, (_CUE, after_b)) for cue, after_b in lexicon.support_cues]
        entries += [(word, (_OFFICE, word)) for word in lexicon.not_after]
        self._all = PhraseMatcher(entries)
        # Entry names that begin with the head word of a state force's generic name
        # ("الشرطة الاتحادية"): a country adjective after them names another country's force.
        heads = {
            normalize_key(name).split(" ", 1)[0]
            for family in _FORCE_FAMILIES
            for name in lexicon.generic.get(family, ())
        }
        self.force_names: frozenset[str] = frozenset(
            normalize_key(name) for name, r in names
            if r.kind == "entry" and normalize_key(name).split(" ", 1)[0] in heads
        )
        self._nested: dict[str, tuple[str, ...]] = {}
        self._plans: dict[str, _Plan] = {}

    @cached_property
    def phrases(self) -> PhraseMatcher:
        """Actor names alone (for ``find``)."""
        return PhraseMatcher(self.lexicon.arabic_names())

    def find(self, text: str, norm: NormText | None = None) -> list[Match]:
        """Raw phrase matches (full, generic and back-reference names), unresolved."""
        return self.phrases.find(text, norm)

    def scan(self, text: str, norm: NormText | None = None) -> Scan:
        """Actor names, country words, source phrases and support cues of ``text`` in one
        pass; where phrases of different kinds overlap, the longest wins (a source phrase
        "وسائل إعلام موالية للنظام" swallows the actor name inside it)."""
        groups: tuple[list[Match], ...] = ([], [], [], [], [])
        plans = self._plans
        for m in self._all.find(text, norm):
            plan = plans.get(m.key) or self._plan(m.key, m.payloads)  # never empty
            if m.key.startswith(_LAM_LAM):
                m = _uncontract(text, m)
            for kind, payloads in plan:
                groups[kind].append(_with_payloads(m, payloads))
        if "جيش" in text:
            dual = self._dual_armies(text, groups[_ACTOR])
            if dual:
                groups[_ACTOR].extend(dual)
                groups[_ACTOR].sort(key=lambda m: (m.start, -m.end))
        return Scan(*groups)

    def _dual_armies(self, text: str, taken: Sequence[Match]) -> list[Match]:
        """"الجيشين الحر والنظامي" (the two armies, the free and the regular): each adjective
        names the army "الجيش <adjective>" names, matched over the adjective's own span."""
        out: list[Match] = []
        for d in _DUAL_ARMIES.finditer(text):
            for g in (1, 2):
                start, end = d.span(g)
                if any(t.start < end and start < t.end for t in taken):
                    continue
                whole = "الجيش " + d.group(g)
                hits = [
                    h for h in self._all.find(whole)
                    if h.start == 0 and h.end == len(whole)
                    and all(p[0] == _ACTOR for p in h.payloads)
                ]
                if hits:
                    payloads = tuple(p[1] for p in hits[0].payloads)
                    out.append(_new_tuple(Match, (start, end, hits[0].key, payloads, "")))
        return out

    def _plan(self, key: str, payloads: tuple[Any, ...]) -> _Plan:
        """The (kind, payloads) groups a match of ``key`` (before ``_uncontract``) joins, then
        the country words inside a name of another kind; worked out once per key."""
        kinds = sorted({p[0] for p in payloads})
        plan = [(kind, tuple(p[1] for p in payloads if p[0] == kind)) for kind in kinds]
        if _COUNTRY not in kinds:
            name = "ال" + key[len(_LAM_LAM) :] if key.startswith(_LAM_LAM) else key
            plan += [(_COUNTRY, (iso,)) for iso in self._countries_inside(name)]
        return self._plans.setdefault(key, tuple(plan))

    def _countries_inside(self, key: str) -> tuple[str, ...]:
        hit = self._nested.get(key)
        if hit is None:
            hit = tuple(w.payloads[0] for w in self.country_words.find(key))
            self._nested[key] = hit
        return hit


_new_tuple = tuple.__new__  # a Match from its 5 fields without NamedTuple's Python-level __new__
_Plan = tuple[tuple[int, tuple[Any, ...]], ...]  # (kind, payloads) groups a key's match joins
# the dual of "الجيش" and two adjectives, one per army ("بين الجيشين النظامي والحر")
_DUAL_ARMIES = regex.compile(
    r"(?<!\p{L})[وبل]?(?:ال|لل)?جيش(?:ين|ان)\s+(ال\p{L}+)\s+و(ال\p{L}+)(?!\p{L})"
)


def _with_payloads(m: Match, payloads: tuple[Any, ...]) -> Match:
    """``m._replace(payloads=payloads)``, cheaper (every match of a text passes here)."""
    return _new_tuple(Match, (m.start, m.end, m.key, payloads, m.prefix))


@lru_cache(maxsize=1)
def default_actor_matcher() -> ActorMatcher:
    """The matcher over the packaged dictionary and sources, built once per content.

    Expanding every name into its spelling and plural variants and building the automaton is
    most of the actors stage's start-up, so the built matcher is kept by
    :func:`rasad.resources.cached_build`, keyed by the resource files and the code that reads
    them (a change to either rebuilds it; the dictionary and sources are pickled with it)."""
    import ahocorasick

    from rasad.actors.dictionary import ACTORS_RESOURCE, load_default_lexicon
    from rasad.actors.sources import SOURCES_RESOURCE
    from rasad.resources import cached_build, digest_of, resource_path

    digest = digest_of(  # this module stands for its code and all the rasad code it imports
        resource_path(ACTORS_RESOURCE), resource_path(SOURCES_RESOURCE), sys.modules[__name__],
        ahocorasick,
    )
    return cached_build(
        "actor-matcher", digest, lambda: ActorMatcher(load_default_lexicon()), kind=ActorMatcher
    )


def find_actors(
    text: str,
    *,
    published: dt.date | None = None,
    norm: NormText | None = None,
    places: Sequence[Span] = (),
    sentences: Sequence[Span] | None = None,
    matcher: ActorMatcher | None = None,
) -> list[Span]:
    """ACTOR spans for ``text``, resolved for an article published on ``published``."""
    return [m.span() for m in resolve_mentions(
        text, published=published, norm=norm, places=places, sentences=sentences, matcher=matcher
    )]


def resolve_mentions(
    text: str,
    *,
    published: dt.date | None = None,
    norm: NormText | None = None,
    places: Sequence[Span] = (),
    sentences: Sequence[Span] | None = None,
    matcher: ActorMatcher | None = None,
    sources: Sequence[Span] | None = None,
    scan: Scan | None = None,
) -> list[ActorMention]:
    """Actor mentions of ``text``; ``sources``: its SOURCE spans and ``scan``: its combined
    phrase scan (``ActorMatcher.scan``), when already computed."""
    matcher = matcher or default_actor_matcher()
    lex = matcher.lexicon
    norm = norm or normalize(text)
    if sentences is None:
        from rasad.arabic.tokens import sentences as split_sentences

        sentences = split_sentences(text)
    if scan is None:
        scan = matcher.scan(text, norm)
    if sources is None:
        sources = matcher.sources.spans(text, scan.sources, lambda: scan.actors)
    blocked = [(s.start, s.end) for s in sources]
    raw = [m for m in scan.actors if not _inside_any(m, blocked)] if blocked else scan.actors
    chosen = [(m, _pick_reading(m.payloads, published)) for m in raw]
    countries = _country_places(places)
    chosen = [
        (m, r) for m, r in chosen
        if r is not None and (r.kind != "generic" or r.target not in lex.qualified_only
                              or _next_word_key(text, m) in lex.adjective_keys
                              or _country_after(text, m, countries) is not None)
    ]  # "القوات" with no country adjective after it names nobody: dropped before any work

    words = scan.country_words
    # the dateline's place is where the reporter filed from: no evidence unless nothing else is
    seen_places, seen_words, filed = outside_dateline(text, places, words, lex.nisba, norm)
    hint = _CountryHint(sentences, filed=filed)
    for w in seen_words:
        hint.add(w.start, w.payloads[0], _W_WORD)
    hint.add_places(seen_places, lex, speakers_places(text, seen_places))
    told = hint.article_counts()  # places and country words only, before any actor's name
    for m, r in chosen:
        if r.kind == "entry":
            entry = lex.entries[r.target]
            if entry.inter != 8 and entry.country in lex.country_words:
                hint.add(m.start, entry.country, _W_ACTOR)

    # where each office word ends, moved past the spaces after it
    office_ends = {_skip_spaces(text, o.end) for o in scan.offices}
    out: list[ActorMention] = []
    topical: list[int] = []  # bare definite plurals ("المسلحين") left to an unnamed group
    for m, r in chosen:
        mention: ActorMention | None = None
        if office_ends and _after_office(text, m, office_ends):
            log.debug("%r is part of an office title, not an actor", m.key)
            continue
        if r.kind == "entry":
            entry = lex.entries[r.target]
            adj = lex.nisba.get(_next_word_key(text, m)) if m.key in matcher.force_names else None
            if adj is not None and entry.country is not None and adj != entry.country:
                # "الشرطة الاتحادية الألمانية": another country's force of the same name (after
                # a group's own name the adjective is allegiance: "ميليشيا الحوثي الإيرانية")
                log.debug("%r followed by the adjective of %s: not %s", m.key, adj, entry.canonical)
                mention = _namesake_force(lex, text, m, entry, adj, published, hint.at(m.start))
                if mention is not None:
                    out.append(mention)
                continue
            ruled = _ruled_elsewhere(matcher, m, entry, told)
            if ruled is not None:
                # "قوات النظام" in a story told only of Guinea: the forces of the regime
                # there, not the one country rasad files that name under
                log.debug("%r in a story of %s: not %s", m.key, ruled, entry.canonical)
                mention = _namesake_force(
                    lex, text, m, entry, ruled, published, hint.at(m.start), adjective=False
                )
                if mention is not None:
                    out.append(mention)
                continue
            mention = _mention(lex, m, entry, published, "name", hint.at(m.start))
        elif r.kind == "generic" and (ref := _backref_antecedent(out, m, published)):
            # "المقاومة" after "المقاومة الجنوبية": the group already named, not the country's
            mention = ActorMention(
                m.start, m.end, ref.name, ref.inter, ref.country, ref.entry, "backref"
            )
        elif r.kind == "generic":
            # "الجنود في سوريا" says where soldiers are, not whose: names that need a
            # qualifier take only an adjective ("الجنود السوريون")
            iso = _qualifier(text, m, words, adjective_only=r.target in lex.qualified_only)
            if iso is None:
                iso = _shared_adjective(text, m, raw, words)
            abroad, where, nxt = False, None, _next_word_key(text, m)
            if r.target in lex.qualified_only and _MADE_IN.match(text, m.end):
                # "طائرات روسية الصنع": the adjective says where the arms were made, not whose
                continue
            if iso is None and (adj := lex.nisba.get(nxt)) is not None:
                # "الشرطة الباكستانية": the force of the country the adjective names
                iso, where = adj, hint.at(m.start)
                abroad = where is not None and where != iso
                m = m._replace(end=_NEXT_WORD.match(text, m.end).end())  # the adjective too
            elif iso is None and r.target in lex.qualified_only and (
                country := _country_after(text, m, countries)
            ) is not None:
                # "جيش نيجيريا"، "شرطة كينيا": a country the dictionary has no words for,
                # named right after the head noun (a place the gazetteer resolved)
                iso, where = country.value.country, hint.at(m.start)
                abroad = where is not None and where != iso
                m = m._replace(end=country.end)
            elif iso is None and _foreign_adjective(text, m, lex, nxt):
                log.debug("generic actor %r qualified by a foreign adjective", m.key)
                continue
            elif iso is None and r.target in lex.qualified_only:
                continue  # "القوات" alone names nobody
            if r.target in lex.prefer_antecedent and (
                _partitive(text, m, raw, out) or _right_after(text, out, m)
            ):
                # "مسلحون من قوات الأسد": the group after "من" is the actor; "مدنيين مسلحين":
                # an adjective of the actor before it
                continue
            qualified = iso is not None
            iso = iso or hint.at(m.start)
            target = lex.for_family(r.target, iso, published)
            if (
                not qualified and not isinstance(target, Entry)
                and r.target in lex.prefer_antecedent and m.key.startswith("ال")
                and (ref := _armed_antecedent(out, m.start)) is not None
            ):
                # "المسلحين" after "مسلحي حركة الشباب": the group just named (a definite
                # plural continues the topic); only with none is it an unidentified group
                mention = ActorMention(
                    m.start, m.end, ref.name, ref.inter, ref.country, ref.entry, "backref"
                )
            elif isinstance(target, Entry):
                mention = _mention(lex, m, target, published, "generic", where or iso)
                if mention is not None:
                    mention = replace(mention, **{"kin" if qualified else "family": r.target})
                ref = None if qualified else _head_noun_antecedent(out, m.key)
                if (
                    mention is not None and ref is not None and ref.country != iso
                    and not any(p.name == mention.name for p in out)
                    and (
                        hint.same_sentence(ref.start, m.start)
                        or (speaker_at(text, m.start) and hint.near(ref.start, m.start))
                    )
                ):
                    # "قصف الجيش التركي عفرين … العملية التي يشنها الجيش": the head noun of a
                    # foreign force named in full in its sentence refers back to it while the
                    # host country's own force has not been named (across sentences the host's
                    # army keeps the word: a later "النظام" refers back through it)
                    mention = ActorMention(
                        m.start, m.end, ref.name, ref.inter, ref.country, ref.entry, "backref"
                    )
            elif not qualified and (ref := _head_noun_antecedent(out, m.key)) is not None:
                # "الشرطة" after "الشرطة الإسرائيلية": the force named in full before (it
                # wins over a country's template, not over the country's own named force)
                mention = ActorMention(
                    m.start, m.end, ref.name, ref.inter, ref.country, ref.entry, "backref"
                )
            elif isinstance(target, Template) and iso is not None:
                name = lex.template_name(target, iso)
                # a state's forces are external (8) in another country's events (ACLED)
                inter = 8 if abroad and target.inter == 1 else target.inter
                mention = ActorMention(
                    m.start, m.end, name, inter, iso, None, "generic",
                    family=None if qualified else r.target,
                )
                if r.target in lex.prefer_antecedent and m.key.startswith("ال"):
                    topical.append(len(out))
            else:
                log.debug("generic actor %r: no referent for country %s", m.key, iso)
        elif not _foreign_adjective(text, m, lex):  # "النظام الإيراني" is no back-reference
            antecedent = _antecedent(out, r.target)
            if antecedent is not None:
                # "التنظيم" after "داعش في العراق" names the organisation, not its Iraqi
                # branch: its family lets the event's own country name it (a strike in Syria)
                mention = ActorMention(
                    m.start, m.end, antecedent.name, antecedent.inter, antecedent.country,
                    antecedent.entry, "backref", family=_family_of(antecedent),
                )
        if mention is not None:
            out.append(mention)
    return _article_group(out, topical)


def _article_group(out: list[ActorMention], topical: Sequence[int]) -> list[ActorMention]:
    """ "اشتبكت القوات العراقية مع المسلحين … قتل 12 من داعش": a definite plural with no group
    named before it is the one rebel group (inter 2) the article names (of its country),
    wherever it names it; with none or several it stays an unidentified group. Militias
    (inter 3, 4) are left out: most fight beside the state ("المقاومة الشعبية" in Yemen), and
    "المسلحين" beside them are their foes."""
    if not topical:
        return out
    groups = {
        (g.name, g.country): g
        for g in out
        if g.how in ("name", "generic") and g.entry is not None and g.inter == 2
    }
    if len(groups) != 1:
        return out
    (group,) = groups.values()
    for i in topical:
        bare = out[i]
        if group.country in (None, bare.country):
            out[i] = ActorMention(
                bare.start, bare.end, group.name, group.inter, group.country, group.entry,
                "backref",
            )
    return out


def country_hint(
    text: str,
    *,
    norm: NormText | None = None,
    places: Sequence[Span] = (),
    actors: Sequence[Span] = (),
    matcher: ActorMatcher | None = None,
) -> str | None:
    """The ISO2 country an article is most about, from places, actors and country words."""
    matcher = matcher or default_actor_matcher()
    lex = matcher.lexicon
    hint = _CountryHint(())
    for w in matcher.country_words.find(text, norm or normalize(text)):
        hint.add(w.start, w.payloads[0], _W_WORD)
    hint.add_places(places, lex)
    for a in actors:
        ref = a.value
        if isinstance(ref, ActorRef) and ref.inter != 8 and ref.country in lex.country_words:
            hint.add(a.start, ref.country, _W_ACTOR)
    return hint.at(None)


def _pick_reading(readings: Iterable[Reading], day: dt.date | None) -> Reading | None:
    """Full names beat generic names beat back-references; dated readings need their date."""
    valid = [r for r in readings if r.valid_on(day)]
    for kind in ("entry", "generic", "backref"):
        for r in valid:
            if r.kind == kind:
                return r
    return None


def _mention(
    lex: Lexicon, m: Match, entry: Entry, day: dt.date | None, how: str, where: str | None
) -> ActorMention:
    inter = lex.inter_on(entry, day, where=where)
    return ActorMention(
        m.start, m.end, lex.name_on(entry, day), inter, entry.country, entry, how, m.key
    )


# the families a state force's name may stand for in another country, police first: a police
# force's name is the police's ("الشرطة الاتحادية الألمانية"), an army's the army's
_NAMESAKE_FAMILIES = ("police", "state_forces")


# "the regime": a state's forces named by this word alone name no country of their own
_REGIME = normalize_key("النظام")


def _ruled_elsewhere(
    matcher: ActorMatcher, m: Match, entry: Entry, told: Counter[str]
) -> str | None:
    """The country a story tells only of, when a state force is named there by "النظام" and
    no country ("قوات النظام", "جيش النظام") and its own country is nowhere in the places or
    country words of the story: the regime meant is that country's."""
    if entry.country is None or _REGIME not in m.key.split():
        return None
    if told.get(entry.country) or matcher._countries_inside(m.key):
        return None
    top = told.most_common(2)
    if not top or top[0][1] < W_EVENT_PLACE or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _namesake_force(
    lex: Lexicon,
    text: str,
    m: Match,
    entry: Entry,
    iso: str,
    day: dt.date | None,
    where: str | None,
    *,
    adjective: bool = True,
) -> ActorMention | None:
    """ "قوات النظام التركي", "قوات الاحتلال الإيراني": a state force's name with another
    country's adjective after it is that country's force of the same kind (the adjective
    included), not the force the name alone means; a group's own name is no state's force."""
    if entry.inter not in (1, 8) and entry.home_inter != 1:
        return None
    family = next((f for f in _NAMESAKE_FAMILIES if entry.country in entry.serves.get(f, ())), None)
    target = lex.for_family(family, iso, day) if family is not None else None
    if adjective:
        m = m._replace(end=_NEXT_WORD.match(text, m.end).end())  # type: ignore[union-attr]
    if isinstance(target, Entry):
        return _mention(lex, m, target, day, "generic", where or iso)
    if isinstance(target, Template):
        inter = 8 if where is not None and where != iso and target.inter == 1 else target.inter
        name = lex.template_name(target, iso)
        return ActorMention(m.start, m.end, name, inter, iso, None, "generic")
    return None


def _head_noun_antecedent(history: Sequence[ActorMention], key: str) -> ActorMention | None:
    """The latest earlier full name of a state or foreign force that begins with the generic
    name ``key`` ("الشرطة الإسرائيلية" for "الشرطة"): a name cut to its head noun refers back.
    Only a fallback, for generic names the country gives no referent for."""
    head = key.split(" ", 1)[1] if key.startswith(_FORCE_WORDS) and " " in key else key
    head = head.removeprefix("ال")
    for prev in reversed(history):
        if prev.how != "name" or prev.entry is None or prev.inter not in (1, 8):
            continue
        prev_key = prev.key.removeprefix("ال")
        if prev_key.startswith(head + " "):
            return prev
    return None


# "قوات الشرطة" is the police: words for "forces of" before a generic head noun
_FORCE_WORDS = ("قوات ", "عناصر ", "رجال ")


def _backref_antecedent(
    history: Sequence[ActorMention], m: Match, day: dt.date | None
) -> ActorMention | None:
    """The earlier mention a generic name also refers back to, when it is a back-reference too."""
    for r in m.payloads:
        if r.kind == "backref" and r.valid_on(day):
            found = _antecedent(history, r.target)
            if found is not None:
                return found
    return None


def _antecedent(history: Sequence[ActorMention], word: str) -> ActorMention | None:
    for prev in reversed(history):
        if prev.entry is not None and word in prev.entry.refs:
            return prev
    return None


def _family_of(mention: ActorMention) -> str | None:
    """The generic family a mention's actor is the country's member of ("Islamic State
    (Iraq)": islamic_state), when its entry serves exactly one."""
    if mention.family is not None or mention.kin is not None or mention.entry is None:
        return mention.family or mention.kin
    families = list(mention.entry.serves)
    return families[0] if len(families) == 1 else None


def _qualifier(
    text: str, m: Match, country_words: Sequence[Match], *, adjective_only: bool = False
) -> str | None:
    """A country named right after a generic name ("داعش في العراق"، "تنظيم الدولة بسوريا");
    ``adjective_only``: only a country word right after it ("القوات العراقية")."""
    gaps = frozenset({""}) if adjective_only else _QUALIFIER_GAPS
    for w in country_words:
        start = _word_start(text, w.start)
        if m.end <= start <= m.end + _QUALIFIER_REACH:
            if normalize_key(text[m.end : start]) in gaps:
                return w.payloads[0]
        if start > m.end + _QUALIFIER_REACH:
            break
    return None


def _shared_adjective(
    text: str, m: Match, matches: Sequence[Match], country_words: Sequence[Match]
) -> str | None:
    """The country of a plural or dual adjective after two joined names ("الجيش وقوى الأمن
    اللبنانيين"، "الجيش والشرطة العراقيان"): it qualifies both, so also the first one. A
    singular adjective agrees with the nearer name only ("الجيش والشرطة العراقية")."""
    joint = _AND.match(text, m.end)
    if joint is None:
        return None
    second = next((o for o in matches if o.start == joint.end()), None)
    if second is None:
        return None
    for w in country_words:
        start = _word_start(text, w.start)
        if start >= second.end:
            if text[second.end : start].strip() or not normalize_key(
                text[start : w.end]
            ).endswith(_PLURAL_ENDINGS):
                return None
            return w.payloads[0]
    return None


_AND = regex.compile(r"[ \t\u00a0]+و")
_PLURAL_ENDINGS = ("يين", "يون", "يان")  # masculine plural and dual of a nisba


_COUNTRY_CODES = frozenset({"PCLI", "PCLD"})


def _country_places(places: Sequence[Span]) -> list[Span]:
    """The PLACE spans that name a country, by start."""
    return sorted(
        (
            p for p in places
            if isinstance(p.value, Place) and p.value.country
            and p.value.feature_code in _COUNTRY_CODES
        ),
        key=lambda p: p.start,
    )


def _country_after(text: str, m: Match, countries: Sequence[Span]) -> Span | None:
    """A country's name right after ``m``, only spaces between ("قوات تشاد")."""
    for p in countries:
        if p.start >= m.end:
            return p if not text[m.end : p.start].strip() else None
    return None


def _armed_antecedent(history: Sequence[ActorMention], pos: int) -> ActorMention | None:
    """The latest full name of a non-state armed group (rebels, militias: inter 2-4) in the
    ``_TOPIC_REACH`` characters before ``pos``: the topic a bare plural continues."""
    for prev in reversed(history):
        if pos - prev.end > _TOPIC_REACH:
            return None
        if prev.how == "name" and prev.entry is not None and prev.inter in (2, 3, 4):
            return prev
    return None


_TOPIC_REACH = 400  # characters: about two news sentences


# "للمدنيين" is ل + المدنيين. The phrase matcher reads a word after "لل" as the definite name
# only when no indefinite name is spelled like its bare form ("مدنيين"), so names with both
# forms are also indexed with the contraction, and ``_uncontract`` takes it off again.
_LAM_LAM = "لل"


def _contracted_forms(
    entries: Sequence[tuple[str, tuple[int, Any]]],
) -> list[tuple[str, tuple[int, Any]]]:
    keys = {normalize_key(name) for name, _ in entries}
    return [
        (_LAM_LAM + key[2:], payload)
        for name, payload in entries
        if (key := normalize_key(name)).startswith("ال") and key[2:] in keys
    ]


def _uncontract(text: str, m: Match) -> Match:
    """A match of a contracted form ("للمدنيين") as the definite name after ل: the span
    starts after the two lams, the key is the name's ("المدنيين"), the prefix records "لل"."""
    start, lams = m.start, 0
    while start < m.end and lams < 2:
        lams += text[start] == "ل"
        start += 1
    key = "ال" + m.key[len(_LAM_LAM) :]
    return m._replace(start=start, key=key, prefix=m.prefix + _LAM_LAM)


def _right_after(text: str, history: Sequence[ActorMention], m: Match) -> bool:
    """Whether the last mention ends right before ``m``, with only a space between."""
    return bool(history) and not text[history[-1].end : m.start].strip()


def _partitive(
    text: str, m: Match, matches: Sequence[Match], history: Sequence[ActorMention]
) -> bool:
    """Whether "من" and another actor name follow ``m`` ("مسلحين من داعش"). A back-reference
    with no group named before it ("مسلحون من الجماعة" in a story naming none) names nobody:
    the armed men stay the actor."""
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None:
        return False
    word = normalize_key(nxt.group(1))
    if word in _LOYAL or word in ALLIED:  # "مسلحون موالون لتنظيم داعش"، "متحالفون مع …"
        at = past_with(text, nxt.end()) if word in ALLIED else nxt.end()  # the men are its
        return at is not None and any(at < o.start <= at + 4 and _names_group(o) for o in matches)
    if word != "من":
        return False
    return any(
        nxt.end() < o.start <= nxt.end() + 4 and not _dangling_backref(o, history) for o in matches
    )


_LOYAL = frozenset(normalize_key(w) for w in "موالون موالين موالية الموالون الموالين".split())


def _names_group(m: Match) -> bool:
    """A name of an armed group (inter 2-4): its entry's, or a generic name ("تنظيم داعش")
    only such groups serve; no state's force."""
    lex = default_actor_matcher().lexicon
    for r in m.payloads:
        if r.kind == "entry" and lex.entries[r.target].inter in (2, 3, 4):
            return True
        if r.kind == "generic":
            served = [e.inter for e in lex.entries.values() if r.target in e.serves]
            if served and all(i in (2, 3, 4) for i in served):
                return True
    return False


def _dangling_backref(m: Match, history: Sequence[ActorMention]) -> bool:
    return all(r.kind == "backref" for r in m.payloads) and not any(
        _antecedent(history, r.target) for r in m.payloads
    )


def _next_word_key(text: str, m: Match) -> str:
    nxt = _NEXT_WORD.match(text, m.end)
    return normalize_key(nxt.group(1)) if nxt is not None else ""


def _foreign_adjective(text: str, m: Match, lex: Lexicon, word: str | None = None) -> bool:
    """Whether a nisba adjective follows a generic name ("الجيش الفرنسي"): another force.
    ``word``: the next word's key when already known."""
    word = _next_word_key(text, m) if word is None else word
    # the feminine plural too: "المقاتلات الكرديات" are female fighters, not the warplanes
    is_nisba = word.startswith("ال") and len(word) >= 5 and word.endswith(("ي", "يه", "يات"))
    return is_nisba and word not in lex.generic_adjectives


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def _after_office(text: str, m: Match, office_ends: set[int]) -> bool:
    """Whether an office word ("لوزارة", "القائد العام") is the word right before ``m``."""
    return _word_start(text, m.start) in office_ends


def _word_start(text: str, pos: int) -> int:
    return _LETTERS_BEFORE.match(text, 0, pos).start()  # type: ignore[union-attr]


def _inside_any(m: Match, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(m.start < e and s < m.end for s, e in ranges)
