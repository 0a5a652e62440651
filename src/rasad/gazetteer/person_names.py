"""Names that are people's, not places': a compound name after a verb of saying or a title
("قال صلاح الدين دمرداش", "النائب البرلماني صلاح الدين دميرتاس"), a forebear's name after "بن",
a family name after a given name. Read by the place finder (gazetteer/stage.py)."""

from __future__ import annotations

from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import Cues, strip_proclitics
from rasad.gazetteer.overlay import person_words


def describes(after: str, cues: Cues) -> bool:
    """The word after a name links, orients or describes it rather than continuing it."""
    return (
        after in cues.qualifier_links
        or after in cues.directions
        or after in cues.place_adjectives
        or strip_proclitics(after, cues.place_nouns)[1] in cues.place_nouns
        or strip_proclitics(after, cues.qualifier_links)[1] in cues.qualifier_links
    )


def person_after_speech(left: str, after: str, cues: Cues) -> bool:
    """"قال صلاح الدين دمرداش": a compound name between a verb of saying and another name
    word (not a link, direction, adjective or place noun) is a person."""
    if strip_proclitics(left, cues.speech_verbs)[1] not in cues.speech_verbs:
        return False
    return not after.startswith("ال") and not describes(after, cues)


def person_after_title(
    dw: DocWords, start: int, floor: int, left: str, after: str, cues: Cues
) -> bool:
    """"النائب البرلماني صلاح الدين دميرتاس", "العقيد عز الدين الأحمد" is no Salah ad-Din: a
    compound name after a person's title, or after one and a definite adjective, followed by
    another name word is a person (as after a verb of saying)."""
    if left not in cues.person_titles:
        # the adjective of a title: "البرلماني", "التركي", "السابق" (not a noun after the
        # title: "أبلغ المتحدث الصحفيين المملكة المتحدة …")
        if left == _TO or not (
            left.startswith("ال") and (left.endswith("ي") or left in _TITLE_ADJECTIVES)
        ):
            return False
        ws = dw.word_start(start, floor)
        before = dw.words(max(floor, ws - 30), ws)
        if len(before) < 2 or before[-2] not in cues.person_titles:
            return False
    # a family nisba goes on a person's name ("العبيدي"); an adjective agreeing with a place
    # takes the feminine ("صلاح الدين العراقية"); a preposition or "و" glued to a definite
    # word opens a place or a list ("مستشفى الملك عبد العزيز بالطائف")
    return (
        (not after.startswith("ال") or after.endswith("ي"))
        and not after.startswith(_GLUED_DEFINITE)
        and not describes(after, cues)
    )


_GLUED_DEFINITE = ("بال", "وال", "فال", "كال", "لل")
_TITLE_ADJECTIVES = frozenset({"السابق", "الاسبق", "الراحل"})
# "إلى" normalised: shaped like a definite nisba ("البرلماني") but the preposition ("وصل
# الرئيس إلى سان خوسيه عاصمة كوستاريكا": a place, not the president's name)
_TO = "الي"


NAME_WINDOW = 40  # characters read before a given name for the one before it


def forebear(dw: DocWords, start: int, floor: int, left: str) -> bool:
    """"بن" before the name, or "ابن" after a given name: the name is a forebear's in a
    person's full name ("مدرسة عبد الله بن الزبير", "عمر ابن الخطاب") even when a well-known
    city bears it. "ابن" after no given name may tell where one is from ("أنا ابن مكة").
    "عبد" (servant of) only ever opens a name: "عبد الخليل اندرابي" is a man, not Hebron."""
    if left in ("بن", "عبد"):
        return True
    return left == "ابن" and (
        dw.word_before(dw.word_start(start, floor) - 2, floor, NAME_WINDOW) in person_words()
    )


def family_name(dw: DocWords, start: int, floor: int, left: str, cues: Cues) -> bool:
    """The name follows a given name with no preposition ("أحمد الشدادي", "محمد علي
    الشدادي"): it is the person's family name. A given name that is also a preposition once
    normalised ("علي" = "على") counts only after another given name."""
    if left not in cues.locative:
        return True
    ws = dw.word_start(start, floor)
    # the word before the one ending just before ``ws`` (the space after it is skipped)
    return dw.word_before(ws - 2, floor, NAME_WINDOW) in person_words()
