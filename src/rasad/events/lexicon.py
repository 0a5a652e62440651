"""The trigger lexicon and cue lists (resources/triggers.yaml, resources/cues.yaml) as matchers.

Verbs are listed once as "past|present" and expanded here into the inflected forms newswire
uses (سيطر → سيطرت، سيطروا، يسيطر، تسيطر، يسيطرون …) plus object/possessive pronoun forms
(سيطرتها، استعادها). The future prefix س is deliberately not a proclitic the matcher accepts, so
"سيسيطر" (will take) never matches a trigger.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import Any

import ahocorasick

from rasad.arabic.match import ARTICLE_PROCLITICS, PROCLITICS
from rasad.arabic.normalize import normalize_key
from rasad.errors import ConfigError
from rasad.resources import cached_build, digest_of, load_yaml, resource_path
from rasad.taxonomy import SUB_TO_TYPE

_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
_SHADDA = "\u0651"


@dataclass(frozen=True, slots=True)
class Refinement:
    cue_set: str  # name of the cue set ("@air" → "air") or a private set name
    event_type: str
    sub_event_type: str
    scope: str = "clause"  # where the cue must be: the trigger's clause or its sentence
    window: int | None = None  # or within this many words of the trigger
    # the trigger's subject is the target, not the attacker ("الدفاعات الجوية تصدت لغارات …":
    # the strike is the event, the air defence's side is actor2)
    subject_is_target: bool = False
    # with a window: where the cue stands ("before", "after" or "both" sides of the trigger),
    # and whether no other trigger may stand between them ("طائرات حربية … قصفت": the
    # aircraft are the subject of this verb, not of an act told before it)
    side: str = "both"
    unbroken: bool = False
    # with a window: the trigger is an item of a noun list the cue heads ("ضبطت … الأسلحة
    # والذخائر وعبوات ناسفة"): see seized_lists
    listed: bool = False


@dataclass(frozen=True, slots=True)
class TriggerDef:
    """One lexicon entry; the ``value`` of a TRIGGER span is a ``TriggerHit`` that points here."""

    id: str
    event_type: str
    sub_event_type: str
    weight: float = 0.7
    territory: bool = False
    victim_based: bool = False
    casualty: bool = False
    state_based: bool = False
    requires_actor: bool = False
    purpose_irrealis: bool = False
    # only the bare ل marks a purpose ("لمواجهة", "لقتال"), not ل + article ("للمعارك")
    purpose_bare: bool = False
    non_state: tuple[str, str] | None = None
    subsidiary: bool = False  # only an event when its sentence has no other event
    unknown_victims_armed: bool = False  # "شن هجوما" with no victim named: a clash
    near_set: str | None = None
    near_window: int = 4
    near_side: str = "after"
    # other senses: (cue set, window, side) — a cue of the set within `window` words after
    # and/or before the trigger gives the word another meaning ("السيطرة على الحريق": a fire;
    # "قواعد الاشتباك": rules of engagement; "رئيس التحرير": an editor)
    excludes: tuple[tuple[str, int, str], ...] = ()
    refine: tuple[Refinement, ...] = ()
    # the word names its doer too ("الطائرات الحربية الروسية", "مقاتلات التحالف"): inside an
    # actor's name it still tells the act
    names_actor: bool = False
    # the word is read as a verb only: after the article it is the verbal noun naming a
    # practice or another sense ("الطعن بالسكين" among ways to die, "الطعن في الحكم")
    verb_only: bool = False


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """The typed trigger carried by a TRIGGER span (after refinement in its context)."""

    id: str
    event_type: str
    sub_event_type: str
    key: str  # the normalised lexicon form that matched
    status: str = "event"  # event | negated | irrealis | generic | question | total | …


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int  # original offsets
    end: int
    key: str
    sets: frozenset[str]


@dataclass
class Lexicon:
    triggers: dict[str, TriggerDef]
    trigger_scanner: CueScanner
    cue_scanner: CueScanner
    cues: dict[str, Any]  # the raw cues.yaml mapping (windows, sources, country names…)
    priority: dict[str, int] = field(default_factory=dict)
    verb_keys: frozenset[str] = frozenset()
    # imperfect forms only ("يحتجز", "تقصف"), not a Form V past that starts with ت ("تصدت")
    present_keys: frozenset[str] = frozenset()

    @cached_property
    def trigger_order(self) -> dict[str, int]:
        """Each trigger entry's rank in the lexicon (its order in triggers.yaml), made once per
        lexicon, not once per document."""
        return {tid: i for i, tid in enumerate(self.triggers)}


def verb_forms(spec: str) -> list[str]:
    """Inflected forms of a "past|present" verb pair (3ms forms, normalised spelling)."""
    past, _, present = spec.partition("|")
    # a doubled verb spelt with its shadda ("احتجّ"): its last letter is written twice before
    # "ن"/"نا" ("احتججنا"); "احتجنا" is another verb ("we needed", from احتاج)
    doubled = past.rstrip().endswith(_SHADDA)
    past, present = normalize_key(past), normalize_key(present)
    forms = [past]
    if past.endswith("ي"):  # defective: استولى → استولت، استولوا
        base = past[:-1]
        forms += [base + "ت", base + "وا", base + "تا", past + "ا"]
    else:
        stem = past + past[-1] if doubled else past
        forms += [past + "ت", past + "وا", past + "تا", past + "ا", stem + "ن", stem + "نا"]
    if present:
        stem = present[1:] if present[0] in "يتن" else present
        for p in ("ي", "ت"):  # not "ن": first person ("نتصدى") is quotes and slogans
            forms.append(p + stem)
        if stem.endswith("ي"):
            forms += ["ي" + stem[:-1] + "ون", "ت" + stem[:-1] + "ون"]
        else:
            forms += ["ي" + stem + "ون", "ت" + stem + "ون", "ي" + stem + "ان", "ت" + stem + "ان"]
    out = list(forms)
    for f in forms:
        base = f[:-1] if f.endswith("وا") else f  # سيطروا + ه → سيطروه
        out += [base + s for s in _OBJECT_SUFFIXES]
    return list(dict.fromkeys(out))


def noun_forms(noun: str, *, dual: bool = False) -> list[str]:
    """A noun and its possessive forms (سيطرة → سيطرتها، عملياتها)."""
    n = normalize_key(noun)
    if " " in n or n.startswith("ال"):
        return [n]
    base = n[:-1] + "ت" if n.endswith("ه") else n
    forms = [n, *(base + s for s in _OBJECT_SUFFIXES)]
    if dual and not n.endswith(("ين", "ون", "ات")):
        forms += [base + "ان", base + "ين"]  # "مسلحان", "طفلين"
    if not n.endswith(("ه", "ي", "ا", "ات")):
        forms.append(n + "ا")  # accusative tanween: "شنت القوات هجوما"
    return forms


_ANY_PREFIX = PROCLITICS | ARTICLE_PROCLITICS
# Prepositions that are nouns in construct ("أثناء المعركة", "خلال الهجوم") never take the
# article: "في هذه الأثناء" is "meanwhile", not "during", so no article chain may precede them.
_NO_ARTICLE = frozenset({"اثناء", "خلال"})
# "لل" + a bare form: the ل + ال contraction, the article's alif swallowed ("للسيطرة")
_LL_PREFIXES = frozenset(p for p in ARTICLE_PROCLITICS if p.endswith("لل"))
_new_hit = object.__new__
# the slots themselves (what the frozen __init__ writes through): a scan makes thousands of hits
_set_start, _set_end = CueHit.start.__set__, CueHit.end.__set__  # type: ignore[attr-defined]
_set_key, _set_sets = CueHit.key.__set__, CueHit.sets.__set__  # type: ignore[attr-defined]
_START_END = attrgetter("start", "end")  # (start, end) in C: the order hits are returned in
_SIDES = frozenset({"after", "before", "both"})


class CueScanner:
    """All (overlapping) phrase hits at word boundaries, proclitics and the article allowed.

    Unlike ``PhraseMatcher`` this keeps overlapping hits: "قتل متظاهرين" must count both as an
    excessive-force cue and, through "قتل", as a death word. A phrase without the article also
    matches after one ("سيطرة" in "للسيطرة", "بالسيطرة"); a phrase with it also matches its bare
    form after an article-carrying proclitic chain.
    """

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        by_key: dict[str, set[str]] = defaultdict(set)
        for phrase, set_name in entries:
            key = normalize_key(phrase)
            if key:
                by_key[key].add(set_name)
        self._sets = {k: frozenset(v) for k, v in by_key.items()}
        # each word's value is what scan() reads of a hit, worked out once here: (key, length
        # of the matched form, the prefixes it may follow, the key's sets)
        self._auto = ahocorasick.Automaton()
        for key, sets in self._sets.items():
            prefixes = PROCLITICS if key.startswith("ال") or key in _NO_ARTICLE else _ANY_PREFIX
            self._auto.add_word(key, (key, len(key), prefixes, sets))
        for key, sets in self._sets.items():
            if key.startswith("ال") and len(key) > 4 and key[2:] not in self._sets:
                # the full phrase already matches after "ال"/"بال"…; the bare form only after
                # "لل" (which swallows the article's alif)
                self._auto.add_word(key[2:], (key, len(key) - 2, _LL_PREFIXES, sets))
        self._empty = not self._sets
        self._set_forms: dict[str, tuple[str, ...]] = {}  # may_hit's forms, built on first use
        if not self._empty:
            self._auto.make_automaton()

    def __contains__(self, phrase: str) -> bool:
        return normalize_key(phrase) in self._sets

    def sets_of(self, phrase: str) -> frozenset[str]:
        return self._sets.get(normalize_key(phrase), frozenset())

    def may_hit(self, ntext: str, set_name: str) -> bool:
        """False when :meth:`scan` of ``ntext`` surely finds no phrase of ``set_name``: none
        of its phrases occurs as a substring, not even without its article (the shortest form
        a hit can have). Lets a caller that wants one set skip scanning for all of them."""
        forms = self._set_forms.get(set_name)
        if forms is None:
            forms = self._set_forms[set_name] = tuple(
                k[2:] if k.startswith("ال") else k for k, v in self._sets.items() if set_name in v
            )
        return any(f in ntext for f in forms)

    def scan(
        self,
        ntext: str,
        to_original: Any,
        lo: int = 0,
        hi: int | None = None,
        *,
        shift: int | None = None,
    ) -> list[CueHit]:
        """Hits in ``ntext[lo:hi]``, read as if that slice were the whole text (a word cut at
        either end counts as whole); offsets are ``ntext``'s, mapped by ``to_original``, or,
        when the caller knows ``to_original`` adds one ``shift`` to every offset of the slice
        (no character deleted inside it), by that addition without a call per hit."""
        if self._empty:
            return []
        if hi is None:
            hi = len(ntext)
        base = 0
        if lo > 0 or hi < len(ntext):
            # the automaton's iter(ntext, lo, hi) costs time in proportion to ``lo`` as well as
            # to the range (it walks the string up to it): a sentence near the end of a long
            # article cost as much as the article. A copy of the range costs its length only.
            ntext, base, hi = ntext[lo:hi], lo, hi - lo
        # from here the text read starts at 0 and ends at hi
        moved = base + (shift or 0)  # a hit's offsets in the original text, with ``shift``
        hits: list[CueHit] = []
        append = hits.append
        for end_idx, value in self._auto.iter(ntext):
            end = end_idx + 1
            if end < hi and ntext[end].isalnum():
                continue  # most rejected hits end inside a word: tested first (not unpacked)
            key, form_len, prefixes, sets = value
            start = end - form_len
            if start and ntext[start - 1].isalnum():  # proclitics glued before the form
                ws = start - 1
                floor = start - 5 if start > 5 else 0  # proclitic chains are at most 4 letters
                while ws > floor and ntext[ws - 1].isalnum():
                    ws -= 1
                if ws == floor and ws > 0 and ntext[ws - 1].isalnum():
                    continue
                if ntext[ws:start] not in prefixes:
                    continue
            elif "" not in prefixes:  # the form opens its word (most hits): no walk back
                continue
            if shift is None:
                ostart, oend = to_original(start + base, end + base)
            else:
                ostart, oend = start + moved, end + moved
            # CueHit(ostart, oend, key, sets) without the frozen dataclass's __init__ frame
            hit = _new_hit(CueHit)
            _set_start(hit, ostart)
            _set_end(hit, oend)
            _set_key(hit, key)
            _set_sets(hit, sets)
            append(hit)
        hits.sort(key=_START_END)
        return hits


def longest_first(hits: list[CueHit]) -> list[CueHit]:
    """Non-overlapping hits, longer ones first, returned in text order."""
    # the chosen hits are kept in text order: apart and never empty, their ends rise with their
    # starts, so only the last one starting before a hit's end can overlap it (a bisection,
    # not a pass over every hit chosen: an article tells hundreds of triggers)
    chosen: list[CueHit] = []
    starts: list[int] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        i = bisect_left(starts, h.end)
        if i and chosen[i - 1].end > h.start:
            continue
        chosen.insert(i, h)
        starts.insert(i, h.start)
    return chosen


def _cue_list(cues: dict[str, Any], ref: Any, where: str) -> tuple[str, list[str]]:
    """Resolve "@name" (a set in cues.yaml) or an inline list to (set name, phrases)."""
    if isinstance(ref, str) and ref.startswith("@"):
        name = ref[1:]
        if name not in cues.get("sets", {}):
            raise ConfigError(
                f"{where} refers to cue set {ref!r}, which cues.yaml does not define; "
                f"add it under 'sets:' or fix the name (known: {sorted(cues.get('sets', {}))})"
            )
        return name, list(cues["sets"][name])
    if isinstance(ref, list):
        # an inline list may take in a named set ("[\"@attack_words\", هاجمت]"): the set's
        # words and a few more for one trigger, without a second copy of the set
        phrases: list[str] = []
        for x in ref:
            if isinstance(x, str) and x.startswith("@"):
                phrases += _cue_list(cues, x, where)[1]
            else:
                phrases.append(str(x))
        return f"inline:{where}", phrases
    raise ConfigError(f"{where}: cues must be '@set' or a list of phrases, got {ref!r}")


def _side(rule: dict[str, Any], tid: str, what: str) -> str:
    side = str(rule.get("side", "after"))
    if side not in _SIDES:
        raise ConfigError(
            f"trigger {tid!r}: {what} side {side!r} is not one of {sorted(_SIDES)}; "
            "say where the cue word stands relative to the trigger"
        )
    return side


def build_lexicon(triggers_doc: dict[str, Any], cues_doc: dict[str, Any]) -> Lexicon:
    """Build matchers from the two YAML documents (separate from loading, for tests)."""
    defs: dict[str, TriggerDef] = {}
    entries: list[tuple[str, str]] = []
    cue_entries: list[tuple[str, str]] = []
    extra_sets: dict[str, list[str]] = {}
    verb_keys: set[str] = set()
    past_keys: set[str] = set()
    noun_keys: set[str] = set()  # "سيطرة" is also "سيطر" + pronoun: a noun first
    for raw in triggers_doc.get("triggers", []):
        tid = raw.get("id")
        et, sub = raw.get("event_type"), raw.get("sub_event_type")
        if not tid or SUB_TO_TYPE.get(sub) != et:
            raise ConfigError(
                f"trigger {tid!r}: event_type {et!r} / sub_event_type {sub!r} is not an ACLED "
                "pair; spell both exactly as ACLED does (see rasad.taxonomy.EVENT_TYPES)"
            )
        refs = []
        for i, r in enumerate(raw.get("refine", []) or []):
            name, phrases = _cue_list(cues_doc, r.get("cues"), f"trigger {tid} refine {i}")
            extra_sets[name] = phrases
            r_sub = r["sub_event_type"]
            r_type = r.get("event_type", et)
            if SUB_TO_TYPE.get(r_sub) != r_type:
                raise ConfigError(f"trigger {tid!r} refine {i}: {r_type!r}/{r_sub!r} is not ACLED")
            win = r.get("window")
            refs.append(
                Refinement(
                    name,
                    r_type,
                    r_sub,
                    str(r.get("scope", "clause")),
                    int(win) if win is not None else None,
                    bool(r.get("subject_is_target", False)),
                    side="both" if "side" not in r else _side(r, tid, "refine"),
                    unbroken=bool(r.get("unbroken", False)),
                    listed=bool(r.get("listed", False)),
                )
            )
        near = raw.get("requires_near")
        near_set = None
        if near:
            near_set, phrases = _cue_list(cues_doc, near.get("cues"), f"trigger {tid} near")
            extra_sets[near_set] = phrases
        excl = raw.get("excludes_near") or []
        excludes: list[tuple[str, int, str]] = []
        for i, rule in enumerate([excl] if isinstance(excl, dict) else excl):
            name, phrases = _cue_list(cues_doc, rule.get("cues"), f"trigger {tid} excludes {i}")
            extra_sets[name] = phrases
            excludes.append((name, int(rule.get("window", 3)), _side(rule, tid, "excludes_near")))
        if near:
            _side(near, tid, "requires_near")
        ns = raw.get("non_state")
        defs[tid] = TriggerDef(
            id=tid,
            event_type=et,
            sub_event_type=sub,
            weight=float(raw.get("weight", 0.7)),
            territory=bool(raw.get("territory")),
            victim_based=bool(raw.get("victim_based")),
            casualty=bool(raw.get("casualty")),
            state_based=bool(raw.get("state_based")),
            requires_actor=bool(raw.get("requires_actor")),
            purpose_irrealis=raw.get("purpose_irrealis") is True,
            purpose_bare=raw.get("purpose_irrealis") == "bare",
            subsidiary=bool(raw.get("subsidiary") or raw.get("casualty")),
            unknown_victims_armed=bool(raw.get("unknown_victims_armed")),
            non_state=(ns["event_type"], ns["sub_event_type"]) if ns else None,
            near_set=near_set,
            near_window=int(near.get("window", 4)) if near else 4,
            near_side=str(near.get("side", "after")) if near else "after",
            refine=tuple(refs),
            excludes=tuple(excludes),
            names_actor=bool(raw.get("names_actor")),
            verb_only=bool(raw.get("verb_only")),
        )
        forms: list[str] = []
        for v in raw.get("verbs", []) or []:
            forms += verb_forms(v)
            past_keys.update(verb_forms(v.partition("|")[0]))
        verb_keys.update(forms)
        for n in raw.get("nouns", []) or []:
            nouns = noun_forms(n, dual=True)  # "غارتين", "مفخختين", "انتحاريين"
            noun_keys.update(nouns)
            forms += nouns
        forms += [normalize_key(p) for p in raw.get("phrases", []) or []]
        entries += [(f, tid) for f in dict.fromkeys(forms)]
    for name, phrases in extra_sets.items():
        cue_entries += [(p, name) for p in phrases]
    for cat, spec in (cues_doc.get("modality") or {}).items():
        cue_entries += [(p, cat) for p in spec.get("cues", [])]
    # victims are named with possessives and tanween too ("قياديا" a leader)
    for cat in ("civilians", "armed", "leaders"):
        cue_entries += [
            (f, cat) for p in cues_doc.get(cat, []) or [] for f in noun_forms(p, dual=True)
        ]
        # nisba nouns take the accusative tanween too: "27 مدنيا", "3 جنديا", "قياديا"
        cue_entries += [
            (normalize_key(p) + "ا", cat)
            for p in cues_doc.get(cat, []) or []
            if " " not in p and normalize_key(p).endswith("ي") and not p.startswith("ال")
        ]
    for cat in (
        "reporting_verbs",
        "continuation_verbs",
        "unidentified",
        "gunmen",
        "protesters",
        "death_words",
        "injury_words",
        "significant_deaths",
        "clause_starters",
        "period_words",
        "nonviolent_causes",
        "mixed_casualties",
        "byline",
        "distance_words",
        "name_heads",
        "singular_victims",
        "superseded_toll",
        "distributed_totals",
        "responsibility",
        "leader_arms",
    ):
        cue_entries += [(p, cat) for p in cues_doc.get(cat, []) or []]
    cue_entries += [(p, "totals") for p in (cues_doc.get("totals") or {}).get("cues", [])]
    cue_entries += [(p, "source") for p in (cues_doc.get("sources") or {})]
    cue_entries += [(p, "aircraft_owner") for p in (cues_doc.get("aircraft_owners") or {})]
    for name, phrases in (cues_doc.get("sets") or {}).items():
        cue_entries += [(p, name) for p in phrases]
    priority = {str(k): int(v) for k, v in (triggers_doc.get("priority") or {}).items()}
    return Lexicon(
        triggers=defs,
        trigger_scanner=CueScanner(entries),
        cue_scanner=CueScanner(cue_entries),
        cues=cues_doc,
        priority=priority,
        verb_keys=frozenset(verb_keys - noun_keys),
        present_keys=frozenset(verb_keys - noun_keys - past_keys),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, built once per content.

    Inflecting every verb and noun and building the two automatons costs a cold start more
    than anything else in the events stage, so the built lexicon is kept by
    :func:`rasad.resources.cached_build`, keyed by the two YAML files and the code that reads
    them (a change to either rebuilds it)."""
    digest = digest_of(  # this module stands for its code and all the rasad code it imports
        resource_path("triggers.yaml"), resource_path("cues.yaml"), sys.modules[__name__],
        ahocorasick,
    )
    return cached_build(
        "events-lexicon",
        digest,
        lambda: build_lexicon(load_yaml("triggers.yaml"), load_yaml("cues.yaml")),
        kind=Lexicon,
    )
