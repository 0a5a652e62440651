"""Local places the index lacks, located by the place the text puts them in.

News names city quarters, streets and hamlets no gazetteer lists: "حي الكاطون غرب بعقوبة",
"شارع النضال وسط بغداد", "جبهة الميمنة بمديرية نهم". The construction itself says what they are:
a head noun of place ("حي", "قرية", "شارع" ...), a name, then a qualifier the article resolves (a
town, district or region). ACLED codes a locality it cannot find at the nearest known place with
geo_precision 2; this module does the same, so the event keeps its local name and lands on its
town instead of being lost or resolved to a homonym in another country.

Only names in that full pattern qualify: head + one to three name words + link words ("في",
"ب", "غرب", "التابع ل", "وسط") + a resolved place of ACLED precision 1 or 2 in the same sentence.
Governorates and countries are too coarse to locate a quarter; adjectives, event words and
common words after generic heads ("منطقة عازلة في ...") are not names.

The same pattern also recovers listed places that the news writes with the article while the
sources list them bare: "ناحية الدبس شمال غرب كركوك" is Dibis ("دبس"), a district seat of
Kirkuk. The bare form alone is not looked up everywhere ("الصيف" is the summer, not Sif); after
a place noun and with a qualifier whose governorate the listed place shares, it is that place.
Here the qualifier may be a governorate ("ناحية X في محافظة Y").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import compress

import regex

from rasad.arabic.normalize import normalize_key
from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import PROCLITICS, Cues, event_word_rests, strip_proclitics
from rasad.gazetteer.index import Entry
from rasad.gazetteer.overlay import common_words
from rasad.gazetteer.resolve import Mention, distance_km, near

UNLISTED_PREFIX = "near:"  # id of an unlisted place: "near:" + the id of the place locating it
_MAX_NAME_WORDS = 3
_MAX_LINK_WORDS = 3
_COARSE_CODES = frozenset({"PCLI", "PCLD", "ADM1", "RGN3"})
_TRADE_HEADS = frozenset({"سوق"})  # "سوق الأسهم", "سوق العمل": a market is often no place
_GLUED_ARTICLE = ("بال", "لل", "وال", "فال", "كال")
_QUOTE_MARKS = regex.compile(r'["«»“”„]')
_SQUARE_HEADS = frozenset({"ساحه", "ميدان"})
_TOWN_NOUNS = frozenset({"مدينه", "بلده"})  # a town's nouns, read before a bearing's town


def _nisba(word: str) -> bool:
    """An indefinite nisba or relative adjective ("سكني", "سكنية", "عسكرية", "حدودية")."""
    return not word.startswith("ال") and word.endswith(("ي", "يه", "يين", "يون", "ين"))


def definite_nisba(word: str) -> bool:
    """A definite relative adjective ("الأمنية", "الحدودية", "الاستراتيجية") describing a place."""
    return word.startswith("ال") and word.endswith(("يه", "ي")) and len(word) > 5


def _participle(word: str) -> bool:
    """An indefinite feminine participle, an adjective agreeing with "منطقة" ("مأهولة",
    "مفتوحة", "متاخمة", "مستهدفة"), normalised: مفعولة, or متـ/مستـ ... ـة."""
    return word.endswith("ه") and (
        (len(word) == 6 and word[0] == "م" and word[3] == "و") or word.startswith(("مت", "مست"))
    )


def _direction_suffix(word: str, cues: Cues) -> bool:
    """A definite direction adjective ("الشرقي", "الغربية") that ends a local name."""
    return word.startswith("ال") and word in cues.directions and " " not in word


def _quote_glued(dw: DocWords, a: int, b: int) -> bool:
    """Word ``a`` and word ``b`` touch and one of them is a quote mark (all quote marks are
    '"' once normalised)."""
    return a >= 0 and dw.ends[a] == dw.starts[b] and '"' in (dw.norms[a], dw.norms[b])


def _spaced(text: str, a_end: int, b_start: int) -> bool:
    gap = text[a_end:b_start]
    return bool(gap) and not gap.strip(" ")


def _head(word: str, cues: Cues) -> str:
    """The local head noun ``word`` is (proclitics allowed, not definite), or ""."""
    pre, bare = strip_proclitics(word, cues.local_heads)
    if bare not in cues.local_heads:
        return ""
    if (word[len(pre) :].startswith("ال") or pre.endswith("لل")) and not bare.startswith("ال"):
        return ""  # "المنطقة X", "للمنطقة X": "the area" followed by an adjective or a clause
    return bare


def locative_link(word: str, cues: Cues) -> bool:
    """A link that locates what precedes it: "في", or a word with a glued ب ("بمديرية")."""
    return word.lstrip("وف").startswith("ب") or strip_proclitics(word, cues.locative)[1] == "في"


def _name_word(word: str, cues: Cues, is_link: Callable[[str], bool]) -> bool:
    return (
        len(word) >= 2
        and word[0].isalpha()
        and not is_link(word)
        and strip_proclitics(word, cues.place_nouns)[1] not in cues.place_nouns
        and word not in cues.place_adjectives
        and word not in cues.directions
        # prepositions and role words ("إلى", "من", "نحو") end a name
        and strip_proclitics(word, cues.locative)[1] not in cues.locative
        and word not in cues.destination
        and word not in cues.origin
    )


def _conjoined(word: str, *, definite: bool) -> bool:
    """Whether ``word``, inside a name, opens a second conjunct with "و": "والعسالي" in "حي
    القدم والعسالي", "وسيارة" after a definite name ("حي الأمين وسيارة خامسة"). A foreign
    name's word may begin with و ("نورث ويست"), and so may "وادي"."""
    if not word.startswith("و") or word.startswith("وادي"):
        return False
    return word.startswith("وال") or definite


def _plausible(words: list[str], head: str, cues: Cues, *, named: bool = False) -> bool:
    """Whether the words after ``head`` read as a proper name rather than a description.

    Arabic grammar decides most cases: after an indefinite head noun an adjective agrees in
    being indefinite ("منطقة عازلة", "حي سكني"), while a definite word is the second term of a
    construct, a noun ("جبهة الميمنة", "حي الواسطي"). Generic heads ("منطقة", "جبهة") also take
    common nouns ("منطقة الحدود", "منطقة العمليات"): those, event words and common words are
    not names after them. ``named``: the qualifier is an administrative unit ("بمديرية Y") or
    a bearing from a town ("شمال مدينة Y"), where a single indefinite word is a name too
    ("منطقة فضحة بمديرية الملاجم", "منطقة عصيفرة شمال مدينة تعز").
    """
    if head in _SQUARE_HEADS and words == [words[0]] and words[0] in cues.square_names:
        return True  # "ميدان التحرير": a square named after an event (cues.yaml square_names)
    if _nisba(words[-1]) or any("" in event_word_rests(w, cues) for w in words):
        return False
    if words[0] in cues.nisba_adjectives:
        return False  # "ثاني أكبر مدينة يمنية بعد صنعاء": "a Yemeni city", not a name
    first = words[0]
    bare = first[2:] if first.startswith("ال") else first
    # "حي الشيخ مقصود", "شارع الملك فيصل": a title opens a quarter named after a person
    titled = len(words) > 1 and head in _QUARTER_HEADS and first in cues.quarter_name_titles
    if any(w in cues.not_local_names or "ال" + w in cues.not_local_names for w in words[titled:]):
        return False
    if any(w.startswith(_GLUED_ARTICLE) for w in words[1:]):
        return False  # "منطقة جبلية بالجبل": a preposition inside is no part of a name
    if any(_conjoined(w, definite=first.startswith("ال")) for w in words[1:]):
        # "حي الأمين وسيارة خامسة في الحسينية": a conjunction ends the name, and what follows
        # it, not the name, is what the qualifier locates
        return False
    if head in cues.name_nouns or (cues.local_heads[head] and head not in _TRADE_HEADS):
        # "قرية شقب", "حي الفرسان", "شارع الرشيد": after a place noun, or a street or square
        # (named after people and events), even a common word names
        return True
    if first in common_words() or bare in common_words():
        return False
    return len(words) > 1 or first.startswith("ال") or (named and not _participle(first))


def unlisted_places(
    mentions: Sequence[Mention],
    dw: DocWords,
    bounds: Sequence[tuple[int, int]],
    cues: Cues,
    is_link: Callable[[str], bool],
    not_places: Sequence[tuple[int, int]] = (),
    lookup: Callable[[str], Sequence[Entry]] | None = None,
) -> list[Mention]:
    """New mentions for "HEAD NAME <links> PLACE" phrases whose NAME no mention covers.

    Each new mention is qualified by PLACE (which is marked as qualifying) and resolved to a
    place at PLACE's coordinates, ACLED geo_precision 2. ``is_link``: the stage's test for a
    word that may stand between a place and its qualifier. ``not_places``: spans of phrases
    known not to be places (organisations such as "جبهة النصرة"), never taken as names.
    ``lookup``: the index's name look-up, for a NAME listed without its article
    (:func:`_listed_bare`); without it only unlisted places are made.
    """
    norms, starts, ends, text = dw.norms, dw.starts, dw.ends, dw.text
    taken = [(m.start, m.end) for m in mentions] + list(not_places)
    out: list[Mention] = []
    for q in mentions:
        e = q.chosen
        if e is None or e.feature_code in ("PCLI", "PCLD"):
            continue
        coarse = e.geo_precision >= 3 or e.feature_code in _COARSE_CODES
        if coarse and lookup is None:
            continue
        sent_start = bounds[q.sentence][0]
        qi = bisect_right(starts, q.start) - 1
        if qi <= 0 or ends[qi] <= q.start:
            continue
        # link words between the name and the qualifier, right to left ("لمحافظة «شرناق»":
        # the qualifier's opening quote is no link)
        j, links = (qi - 2 if _quote_glued(dw, qi - 1, qi) else qi - 1), []
        while (
            j >= 0
            and len(links) < _MAX_LINK_WORDS
            and starts[j] >= sent_start
            and _spaced(text, ends[j], starts[j + 1])
            and is_link(norms[j])
        ):
            links.append(norms[j])
            j -= 1
        if (
            links
            and j > 0
            and starts[j] >= sent_start
            and _spaced(text, ends[j], starts[j + 1])
            and definite_nisba(norms[j])
            and norms[j].endswith("يه")  # feminine: "الأمنية"; "العاصي", "التاجي" are names
            # a name must remain before it: "منطقة التاجي" is a name that only looks like one
            and not _head(norms[j - 1], cues)
        ):
            j -= 1  # "ناحية الدبس الأمنية في محافظة كركوك": the name's adjective, then links
        prefix = q.extra.get("prefix", "")
        # "حي شيحا الشرقي في درنة": a definite direction right after the name is part of it
        suffix = j + 1 if links and _direction_suffix(links[-1], cues) else None
        if suffix is not None:
            links.pop()
        if links:
            nearest = links[-1]
            if nearest.startswith("و") and nearest not in cues.qualifier_links:
                continue  # "حي X ومدينة Y": a list, not "X in Y"
        elif not prefix.lstrip("وف").startswith("ب") and not (
            # "ساحة الشهداء وسط بيروت": the qualifier, a listed centre of a town, opens with
            # its own link word
            ends[qi] < q.end and is_link(norms[qi])
        ):
            continue  # two names side by side are no qualification
        # an apposition after a comma: "منطقة قاع الحقل، بمديرية ضوران" (a locative link or
        # a glued ب opens it; "حي X، وحي Y" is a list and was turned away above)
        comma = (
            suffix is None
            and j > 0
            and norms[j] in ("\u060c", ",")
            and starts[j] > sent_start
            and locative_link(links[-1] if links else prefix, cues)
        )
        if comma:
            j -= 1
        # a name in quotes ("بلدة «جيزرة» التابعة لمحافظة شرناق"): the closing quote, glued to
        # the name's last word, and then the opening one, glued to its first, are skipped
        quoted = j > 0 and _quote_glued(dw, j - 1, j)
        if quoted:
            j -= 1
        # the name, right to left, up to its head noun
        name_idx: list[int] = []
        head = ""
        k = j
        while k >= 0 and starts[k] >= sent_start:
            opening = quoted and k < j and norms[k] == '"' and ends[k] == starts[k + 1]
            if not (opening or ((comma or quoted) and k == j)
                    or _spaced(text, ends[k], starts[k + 1])):
                break
            if opening:
                quoted = False  # the opening quote: the head comes before it
                k -= 1
                continue
            head = _head(norms[k], cues)
            if head or len(name_idx) == _MAX_NAME_WORDS or not _name_word(norms[k], cues,
                                                                          is_link):
                break
            name_idx.append(k)
            k -= 1
        if not head or not name_idx or quoted:
            continue  # (still quoted: no opening quote before the name, no quoted name)
        name_idx.reverse()
        words = [norms[i] for i in name_idx]
        start, end = starts[name_idx[0]], ends[name_idx[-1] if suffix is None else suffix]
        if cues.local_heads[head]:
            # the head without its proclitics ("بشارع" → "شارع")
            glued = len(norms[k]) - len(head)
            start = starts[k] + (glued if ends[k] - starts[k] == len(norms[k]) else 0)
        if any(s < end and start < t for s, t in taken):
            namesakes = None if coarse or _directed(links, cues) else _namesakes(
                mentions, taken, start, end, head, e, cues)
            if not namesakes:
                continue  # the name, or part of it, is a place the index knows
            for n in namesakes:
                n.extra["displaced"] = "1"
                taken.remove((n.start, n.end))
        elif not _plausible(
            words,
            head,
            cues,
            # "بمديرية Y", or a bearing from a town ("شمال مدينة Y"): a place named there
            named=q.noun in cues.unit_nouns or (q.noun in _TOWN_NOUNS and _directed(links, cues)),
        ):
            continue  # a listed name needs no test: "شارع فلسطين" looks like a plural nisba
        listed = _listed_bare(words, e, lookup) if lookup is not None else None
        if listed is not None:
            start = starts[name_idx[0]]
            m = Mention(start, end, normalize_key(text[start:end]), [listed], q.sentence,
                        noun=head)
            m.chosen, m.confidence, m.score_margin = listed, 0.6, 0.0
            m.extra["prefix"] = ""
        elif coarse:
            continue
        else:
            m = _mention(text, start, end, head, e, q.sentence, 0.5)
        m.qualifier = q
        q.qualifies = True
        taken.append((start, end))
        out.append(m)
    if lookup is not None:
        out.extend(_listed_after_noun(mentions, dw, bounds, cues, lookup, taken))
    home = _home_city(mentions)
    if home is not None:
        out.extend(_quarters_of(home, dw, bounds, cues, is_link, taken, _towns(mentions)))
    return out


# the heads of a quarter or an area of a town, which a town far away may have too
_AREA_HEADS = frozenset({"حي", "حاره", "ضاحيه", "منطقه"})
_NAMESAKE_KM = 30.0  # a listed place this far from the qualifier is not what "X في Y" locates


def _directed(links: list[str], cues: Cues) -> bool:
    """Whether the links give a bearing ("شمال شرقي بغداد"): the place lies outside the town."""
    return any(w in cues.directions or w.lstrip("و") in cues.directions for w in links)


def _namesakes(
    mentions: Sequence[Mention],
    taken: list[tuple[int, int]],
    name_start: int,
    end: int,
    head: str,
    qualifier: Entry,
    cues: Cues,
) -> list[Mention] | None:
    """The listed mentions inside "HEAD NAME" that name the street, market or square, not the
    place: "شارع فلسطين وسط بغداد", "سوق الموصل في حي الزهور بحلب". A street, square or market
    named after a city or country lies in the town that qualifies it; the resolution already
    preferred a namesake near that town, so a chosen place far from it (or in another country)
    is the namesake the facility is called after. A quarter or area ("حي", "منطقة") is
    displaced only by a qualifier far away in another country (East Jerusalem's quarters are
    filed under Palestine, Jerusalem under Israel): "حي الميدان وسط القاهرة" is Cairo's own
    quarter, not Damascus's Midan; "حي الزهور بحلب" and its listed namesake in Homs may be
    the same place misplaced by the index. None when anything else overlaps."""
    facility = cues.local_heads[head]
    if not facility and head not in _AREA_HEADS:
        return None  # "مدينة كسمايو … بإقليم جوبا": a city's name outweighs a doubtful qualifier
    spans = [(s, t) for s, t in taken if s < end and name_start < t]
    inside = [
        m for m in mentions if (m.start, m.end) in spans and name_start <= m.start and m.end <= end
    ]
    if len(inside) != len(spans):
        return None  # a phrase known not to be a place, or a mention reaching past the name
    if not facility and (len(inside) != 1 or inside[0].end != end):
        return None  # "منطقة العقبة بعد عودته من عدن": words after the quarter's name
    for m in inside:
        e = m.chosen
        if e is None:
            continue
        close, same = near(e, qualifier, _NAMESAKE_KM), e.country == qualifier.country
        if (close and same) if facility else (close or same):
            return None
    return inside


_LISTED_NEAR_KM = 60.0  # a listed namesake outside the qualifier's governorate, this close


def _listed_bare(
    words: list[str], qualifier: Entry, lookup: Callable[[str], Sequence[Entry]]
) -> Entry | None:
    """The listed place "الX" names when the index lists it as "X" in the qualifier's area.

    The nearest such place to the qualifier wins; none when the name has no article or no
    listed namesake lies in the qualifier's governorate or within _LISTED_NEAR_KM of it.
    """
    if not words[0].startswith("ال") or len(words[0]) < 4:
        return None
    bare = " ".join([words[0][2:], *words[1:]])
    fits = [
        c
        for c in lookup(bare)
        if c.country == qualifier.country
        and c.geo_precision < 3
        and (
            (qualifier.admin1 and c.admin1 == qualifier.admin1)
            or near(c, qualifier, _LISTED_NEAR_KM)
        )
    ]
    return min(fits, key=lambda c: distance_km(c, qualifier), default=None)


_LISTING_NOUNS = frozenset({"بلده", "قريه", "قضاء", "مديريه", "مدينه", "ناحيه", "مخيم"})
_LISTING_FORMS = frozenset(pre + h for h in _LISTING_NOUNS for pre in ("", *PROCLITICS))


def _listed_after_noun(
    mentions: Sequence[Mention],
    dw: DocWords,
    bounds: Sequence[tuple[int, int]],
    cues: Cues,
    lookup: Callable[[str], Sequence[Entry]],
    taken: list[tuple[int, int]],
) -> list[Mention]:
    """"قضاء الدبس" with no qualifier after it: the place listed bare as "دبس", when the
    article's other places put it in that governorate (one listed namesake there, no more)."""
    areas = {
        (m.chosen.country, m.chosen.admin1)
        for m in mentions
        if m.chosen is not None and m.chosen.admin1 and "unlisted" not in m.extra
    }
    if not areas:
        return []
    norms, starts, ends, text = dw.norms, dw.starts, dw.ends, dw.text
    sent_ends = [b for _, b in bounds]
    common = common_words()
    out: list[Mention] = []
    for k in compress(range(len(norms) - 1), map(_LISTING_FORMS.__contains__, norms[:-1])):
        if _head(norms[k], cues) not in _LISTING_NOUNS:
            continue
        n = k + 1
        word = norms[n]
        if (
            not word.startswith("ال")
            or len(word) < 5
            or word in common
            or word[2:] in common
            or not _spaced(text, ends[k], starts[n])
            or any(s < ends[n] and starts[n] < t for s, t in taken)
        ):
            continue
        fits = [
            c for c in lookup(word[2:]) if c.geo_precision < 3 and (c.country, c.admin1) in areas
        ]
        if len(fits) != 1:
            continue
        si = bisect_right(sent_ends, starts[n])
        m = Mention(starts[n], ends[n], word, fits, min(si, len(bounds) - 1), noun=_head(
            norms[k], cues))
        m.chosen, m.confidence, m.score_margin = fits[0], 0.6, 0.0
        m.extra["prefix"] = ""
        taken.append((starts[n], ends[n]))
        out.append(m)
    return out


_QUARTER_HEADS = frozenset({"حي", "حاره", "شارع", "ساحه", "دوار", "ميدان"})
# the heads with any proclitic chain ("بحي", "وفي" is not one): a set test per token
_QUARTER_FORMS = frozenset(pre + h for h in _QUARTER_HEADS for pre in ("", *PROCLITICS))


def unlisted_entry(surface: str, at: Entry, feature_code: str = "PPL") -> Entry:
    """An unlisted place named ``surface`` (as the text spells it), placed at ``at``, the
    listed place that locates it, with geo_precision 2 (the point is its locator's)."""
    return Entry(
        id=UNLISTED_PREFIX + at.id,
        name=surface,
        name_ar=surface,
        country=at.country,
        admin1=at.admin1,
        admin2=at.admin2,
        lat=at.lat,
        lon=at.lon,
        feature_code=feature_code,
        population=0,
        source="context",
        precision=2,
    )


def _mention(
    text: str, start: int, end: int, head: str, e: Entry, sentence: int, confidence: float
) -> Mention:
    surface = text[start:end]
    if _QUOTE_MARKS.search(surface):  # 'سجن "العرب': a quoted name after a head kept in it
        surface = " ".join(_QUOTE_MARKS.sub(" ", surface).split())
    entry = unlisted_entry(
        surface, e, "PPLX" if head in _QUARTER_HEADS or head == "سوق" else "PPL"
    )
    m = Mention(start, end, normalize_key(surface), [entry], sentence, noun=head)
    m.chosen, m.confidence, m.score_margin = entry, confidence, 0.0
    m.extra["prefix"] = ""
    m.extra["unlisted"] = "1"
    return m


def _home_city(mentions: Sequence[Mention]) -> Entry | None:
    """The city an article is about: the town or city it names most, at least twice and at
    least twice as often as any other (a story from Derna names Derna again and again)."""
    counts: dict[str, int] = {}
    by_id: dict[str, Entry] = {}
    for m in mentions:
        e = m.chosen
        if (
            e is None
            or "unlisted" in m.extra
            or e.geo_precision != 1
            or not e.feature_code.startswith("PPL")
            or e.feature_code == "PPLX"
        ):
            continue
        counts[e.id] = counts.get(e.id, 0) + 1
        by_id[e.id] = e
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=counts.__getitem__)
    if ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return by_id[top]


_NAME_OPENERS = frozenset({"عبد", "ابو", "بن", "ابن"})


def _construct_end(
    n: int,
    si: int,
    sent_ends: Sequence[int],
    dw: DocWords,
    cues: Cues,
    is_link: Callable[[str], bool],
) -> int:
    """The last word of a street or quarter name that opens at word ``n``. An indefinite word
    takes the next one when that is definite (a construct: "قصر النيل", "عبد الناصر") or opens
    a name ("جمال عبد الناصر"); a definite word ends the name. Adjectives and the words
    _name_word turns away end it too ("شارع فيصل مساء أمس" stays "شارع فيصل"); so does a
    definite nisba, which is more often the quarter's adjective ("حي غلاطة التجاري") than part
    of its name ("شارع قصر العيني" is cut short)."""
    norms, starts, ends, text = dw.norms, dw.starts, dw.ends, dw.text
    last = n
    while (
        last - n + 1 < _MAX_NAME_WORDS
        and last + 1 < len(norms)
        and starts[last + 1] < sent_ends[si]
        and not norms[last].startswith("ال")
        and _spaced(text, ends[last], starts[last + 1])
    ):
        nxt = norms[last + 1]
        if nxt not in _NAME_OPENERS and not (nxt.startswith("ال") and len(nxt) >= 4):
            break
        if not _name_word(nxt, cues, is_link) or _direction_suffix(nxt, cues):
            break
        if definite_nisba(nxt) and norms[last] not in _NAME_OPENERS:
            break  # "حي غلاطة التجاري", "حي سوهو الصيني": an adjective of the quarter
        last += 1
    return last


def _quarters_of(
    home: Entry,
    dw: DocWords,
    bounds: Sequence[tuple[int, int]],
    cues: Cues,
    is_link: Callable[[str], bool],
    taken: list[tuple[int, int]],
    towns: Sequence[Mention] = (),
) -> list[Mention]:
    """"حي X" / "شارع X" with no place after it, in an article about one city: a quarter or
    street of that city (ACLED: the city's coordinates, geo_precision 2). ``towns``: the
    article's town mentions; a paragraph on another town ("وقال مصدر بتعز إن … شارع الأربعين"
    in a story from Aden) puts the quarter in that town, the last one named in its sentence or
    the sentence before."""
    norms, starts, ends, text = dw.norms, dw.starts, dw.ends, dw.text
    sent_ends = [b for _, b in bounds]
    out: list[Mention] = []
    si = 0
    forms = _QUARTER_FORMS
    # the tokens that are a quarter head, found by C-level set look-ups
    for k in compress(range(len(norms) - 1), map(forms.__contains__, norms[:-1])):
        head = _head(norms[k], cues)
        if head not in _QUARTER_HEADS:
            continue
        while si + 1 < len(sent_ends) and starts[k] >= sent_ends[si]:
            si += 1
        n = k + 1
        if starts[n] >= sent_ends[si] or not _spaced(text, ends[k], starts[n]):
            continue
        if not _name_word(norms[n], cues, is_link) or not _plausible([norms[n]], head, cues):
            continue
        start, end = starts[n], ends[n]
        last = _construct_end(n, si, sent_ends, dw, cues, is_link)
        if last > n and _plausible(norms[n : last + 1], head, cues):
            n, end = last, ends[last]  # "شارع قصر النيل", "شارع جمال عبد الناصر"
        if (
            n + 1 < len(norms)
            and starts[n + 1] < sent_ends[si]
            and _spaced(text, end, starts[n + 1])
            and _direction_suffix(norms[n + 1], cues)
        ):
            end = ends[n + 1]  # "حي شيحا الشرقي"
        if cues.local_heads[head]:
            glued = len(norms[k]) - len(head)
            start = starts[k] + (glued if ends[k] - starts[k] == len(norms[k]) else 0)
        if any(s < end and start < t for s, t in taken):
            continue
        taken.append((start, end))
        town = _town_before(towns, start, si) or home
        out.append(_mention(text, start, end, head, town, si, 0.4))
    return out


def _towns(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions resolved to a town or city (not a quarter), in text order."""
    return [
        m
        for m in mentions
        if m.chosen is not None
        and "unlisted" not in m.extra
        and m.chosen.geo_precision == 1
        and m.chosen.feature_code.startswith("PPL")
        and m.chosen.feature_code != "PPLX"
    ]


def _town_before(towns: Sequence[Mention], start: int, sentence: int) -> Entry | None:
    """The town named last before ``start`` in its sentence or the one before, if any."""
    last = None
    for m in towns:
        if m.start >= start:
            break
        if m.sentence in (sentence, sentence - 1):
            last = m.chosen
    return last
