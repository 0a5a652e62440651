"""A place that only says where a person comes from: "طفل سوري من مدينة حلب", "صياد من قرية
برج مغيزل", "و449 من غزة", "أم أميركية من ولاية كولورادو". The aside tells who someone is;
another town its sentence tells ("القبض على سبعة فلسطينيين من غزة بمطار القاهرة") is the
scene. Read by :func:`rasad.events.location.choose_place`; alone, the aside is still the best
clue (a raid "اعتقلت قوات الاحتلال شابا من بلدة بيت أمر" is often made in the town).

A place "from" which something moves ("انسحبت قوات أمريكية من مدينة …", "قدموا من إسطنبول"),
or a part "of" it ("الجانب السوري من معبر اليعربية": the nisba is definite), is no such aside.

A country told as a scene beside the aside ("اختطف مسلحون مهندسا هنديا من مدينة مومباي في
ليبيا") is the scene when it cannot hold the home town: the person was abroad."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.gazetteer.cues import load_cues, strip_proclitics
from rasad.gazetteer.overlay import country_nisbas
from rasad.gazetteer.roles import seized_from

# an indefinite adjective of origin ("أميركية", "سوري", "سوريون"): no article, and long enough
# not to be a particle ("في", "أي"); the accusative in "-يا" only for a country's adjective
# ("مهندسا هنديا", :func:`_nisba`): adverbs share the ending ("وقال الخيالي هاتفيا من سبها":
# where the speaker was)
_NISBA = regex.compile(r"^(?!ال)\p{L}{2,}(?:ي|يه|يون|يين|يات)$")


def _nisba(word: str) -> bool:
    """``word`` (normalised) is an indefinite adjective of origin: the regular endings, or the
    accusative "-يا" of a country's adjective ("هنديا", "مصريا"; the gazetteer's list of
    them, which names no adverb like "هاتفيا")."""
    if _NISBA.match(word):
        return True
    return word.endswith("يا") and not word.startswith("ال") and (
        "ال" + word[:-1] in country_nisbas()
    )
_NUMBER = regex.compile(r"^[وف]?\d+$")
# who may be described by where they come from (the events lexicon's sets of people)
_PEOPLE = ("civilians", "singular_victims")
_CHAIN_WORDS = 4  # words between the two "من" of a chained aside, the first "من" counted


def _person_before(ctx: DocContext, words: list[tuple[str, int]], min_start: int) -> bool:
    """The words before "من" (nearest last, with their starts; ``min_start`` the start of "من")
    name a person: a count ("449 من غزة"), a word of the people sets ("صياد من"), an indefinite
    nisba after a noun that is no force ("أم أميركية من", "طفل سوري من"; not "قوات أميركية
    من قاعدة …", which may tell where they withdrew from)."""
    if not words:
        return False
    last, start = words[-1]
    if _NUMBER.match(last):
        return True
    if any(ctx.cue_before(min_start, s, 0, 0) is not None for s in _PEOPLE):
        return True
    if not _nisba(last) or len(words) < 2:
        return False
    head = words[-2][0]
    heads = load_cues().institution_heads
    return not (
        _nisba(head)
        or strip_proclitics(head, heads)[1] in heads
        or ctx.cue_before(start, "armed", 0, 0) is not None
    )


def _is_country(place: object) -> bool:
    return str(getattr(place, "feature_code", "") or "").startswith("PCL")


def _words_back(ctx: DocContext, pos: int, n: int) -> list[tuple[str, int]]:
    """The normalised forms and starts of up to ``n`` words before ``pos`` (nearest last);
    quotes and punctuation skipped."""
    # offsets off the token lists: a Span per token would make every token's value first
    norms, starts, ends = ctx.token_norms, ctx.token_starts, ctx.token_ends
    i = bisect_left(starts, pos)
    out: list[tuple[str, int]] = []
    while i > 0 and len(out) < n:
        i -= 1
        form = norms[i] or ctx.norm_of(starts[i], ends[i])
        if form and form[0].isalnum():
            out.append((form, starts[i]))
    out.reverse()
    return out


def origin_aside(ctx: DocContext, p: Span) -> bool:
    """The place follows "من" (a place noun may stand between: "من ولاية كولورادو") that follows
    a word naming a person (see :func:`_person_before`); the places layer reads it as an
    origin, or as the scene of people seized "from" it ("اعتقلت 12 من مخيم جنين": alone it is
    the best clue, but a raid on another town told after it is the scene). A town or a province
    only: a country is most often where people fled from."""
    role = getattr(p.value, "role", "")
    if role not in ("origin", "event_location") or _is_country(p.value):
        return False  # ("فر نحو مليون شخص من سوريا": a country after "من" is left, not a home)
    prefix, word_start = ctx.in_word_prefix(p.start)
    if prefix:
        return False
    back = _words_back(ctx, word_start, 7)
    nouns = load_cues().place_nouns
    if back and strip_proclitics(back[-1][0], nouns)[1] in nouns:
        back.pop()
    if len(back) < 2 or back[-1][0] != "من":
        return False
    words = back[:-1]
    if role == "event_location" and not seized_from([w for w, _ in words[-5:]]):
        return False  # only people seized "from" a town are read there by the places layer
    if _person_before(ctx, words[-3:], back[-1][1]):
        return True
    # a chain of asides: who the person is, then where from ("شابا من عائلة معروفة من مدينة
    # الخليل", "مبشر من طائفة المورمون من ولاية يوتا"); the first "من" follows the person
    for k in range(len(words) - 1, max(len(words) - _CHAIN_WORDS, 0) - 1, -1):
        if words[k][0] == "من":
            return k > 0 and _person_before(ctx, words[max(0, k - 3) : k], words[k][1])
    return False


def scene_beside_aside(ctx: DocContext, p: Span, asides: list[Span]) -> bool:
    """``p``, another place of the sentence than the ``asides``, is a scene they give way to:
    a town or an area, or a country told after a scene word that holds none of them ("عاملا
    مصريا من محافظة أسيوط في هجوم في ليبيا"; "شابا من بلدة بيت أمر في فلسطين" stays in the
    town). A country told otherwise ("على الحدود مع تركيا") is no such scene."""
    from rasad.events.arguments import located_after_preposition

    if not _is_country(p.value):
        return True
    country = getattr(p.value, "country", None)
    return (
        bool(asides)
        and country is not None
        and all(getattr(a.value, "country", None) not in (None, country) for a in asides)
        and located_after_preposition(ctx, p)
    )


# fighters named after their town: "مجلس شورى ثوار بنغازي", "مجلس شورى مجاهدي درنة",
# "كتيبة ثوار طرابلس", "سرايا القدس" (normalised forms; not "لواء", which is also a district
# of Jordan: "في لواء المزار الجنوبي")
_GROUP_NOUNS = frozenset({"ثوار", "مجاهدي", "كتايب", "كتيبه", "سرايا", "سريه"})
_LIST_GAP = regex.compile(r"^[\s،,]*و?\s*$")  # "ثوار بنغازي ودرنة": the name goes on


def group_named_after(ctx: DocContext, p: Span, before: Span | None) -> bool:
    """The place names an armed group ("ثوار بنغازي", "مجاهدي درنة"), or is coordinated with
    one that does (``before``, the place told just before it, already judged so): like a home
    town, it says who fights, and gives way to a scene its sentence tells ("… ومجلس شورى ثوار
    بنغازي ودرنة في منطقة الصابري": not two events in two cities)."""
    prefix, word_start = ctx.in_word_prefix(p.start)
    if before is not None and _LIST_GAP.match(ctx.norm_of(before.end, p.start)):
        return True
    if prefix:
        return False
    words = ctx.words_before(word_start, 1)
    return bool(words) and words[-1] in _GROUP_NOUNS


def asides(ctx: DocContext, places: Sequence[Span], ranks: dict[int, int]) -> set[int]:
    """Indices of the places that only tell where a person comes from ("سبعة فلسطينيين من
    غزة بمطار القاهرة", :func:`origin_aside`) and of the containers that locate them, when the
    sentence names another town or area: that one is the scene (read by
    :func:`rasad.events.location.choose_place`; ``ranks`` its containment ranks)."""
    found: set[int] = set()
    for i, p in enumerate(places):
        named = group_named_after(ctx, p, places[i - 1] if i - 1 in found else None)
        if named or origin_aside(ctx, p) or (i - 1 in found and ranks.get(i) == 1):
            found.add(i)
    rest = [p for i, p in enumerate(places) if i not in found]
    if not any(scene_beside_aside(ctx, p, [places[i] for i in found]) for p in rest):
        return set()
    return found
