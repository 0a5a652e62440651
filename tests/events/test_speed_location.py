"""location.usable keeps each place's verdict per document: asked again (for another mention,
another floor, in another order) it gives what judging the place afresh gives."""

from __future__ import annotations

from rasad.events import location
from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon

from .helpers import make_doc

_TEXT = (
    "قصفت الطائرات مواقع في دوما على بعد 30 كلم من الموصل، وقالت سلطات بغداد إن المؤسسة "
    "التي يوجد مقرها في طرابلس لم تتضرر. واشتبكت الفصائل مع داعش قرب الرقة."
)


def _context():
    return build_context(make_doc(_TEXT), default_lexicon())


def _afresh(ctx, p, floor: int) -> bool:
    """The verdict as usable gave it before it was kept per document."""
    return not (
        ctx.cue_before(ctx.in_word_prefix(p.start)[1], "place_not_location", 0, floor)
        or ctx.cue_before(p.start, "distance_words", 2, floor)
        or location._faced(ctx, p, floor)
        or location._named_for_authorities(ctx, p)
        or location._names_a_pact(ctx, p)
        or location._told_as_seat(ctx, p)
    )


def _floors(ctx) -> list[int]:
    return [0, *(p.start for p in ctx.places), *(s.start for s in ctx.sentences)]


def test_a_place_judged_again_gets_the_verdict_it_gets_afresh():
    ctx = _context()
    names = [p.value.name for p in ctx.places]
    assert names == ["Duma", "Mosul", "Baghdad", "Tripoli", "Ar-Raqqa"]
    floors = _floors(ctx)
    for _ in range(2):  # the second round reads the memo
        for floor in floors + floors[::-1]:
            for p in ctx.places:
                got = location.usable(ctx, [p], floor)
                assert got == ([p] if _afresh(ctx, p, floor) else []), (p.value.name, floor)


def test_the_rules_still_turn_places_down_at_floor_zero():
    ctx = _context()
    kept = {p.value.name for p in location.usable(ctx, ctx.places, 0)}
    assert kept == {"Duma", "Ar-Raqqa"}  # the distance point, the authorities, the seat go


def test_a_floor_past_the_distance_words_keeps_the_point_even_after_floor_zero_was_asked():
    ctx = _context()
    mosul = next(p for p in ctx.places if p.value.name == "Mosul")
    assert location.usable(ctx, [mosul], 0) == []
    # from a floor after "على بعد" the words are out of reach: the verdict is not the memo's
    assert location.usable(ctx, [mosul], mosul.start) == [mosul]
    assert location.usable(ctx, [mosul], 0) == []


def test_the_memo_is_the_documents_own():
    first, second = _context(), _context()
    location.usable(first, first.places, 0)
    assert "place_scene" in first.memo and "place_scene" not in second.memo


def test_a_pact_verdict_kept_per_place_is_the_verdict_afresh():
    text = "وقالت موسكو إن اتفاق سوتشي بين روسيا وتركيا صامد، وقصفت الطائرات إدلب وحلب."
    ctx = build_context(make_doc(text), default_lexicon())
    kept = [location._names_a_pact(ctx, p) for p in ctx.places]
    assert set(ctx.memo["place_names_pact"]) == {p.start for p in ctx.places}
    afresh = []
    for p in reversed(ctx.places):  # another order, each place judged with nothing kept
        ctx.memo.clear()
        afresh.append(location._names_a_pact(ctx, p))
    assert kept == afresh[::-1]
    # a party to the pact ("بين روسيا وتركيا") names it; the town shelled does not
    names = [p.value.name for p in ctx.places]
    assert dict(zip(names, kept, strict=True)) == {"Turkey": True, "Idleb": False}


_FALLBACK_TEXT = (
    "قصفت الطائرات مواقع في دوما وقرب الرقة.\n\nوقالت المصادر إن الاشتباكات استمرت.\n\n"
    "واعتقلت الشرطة ثلاثة أشخاص."
)


def _mentions(ctx):
    from rasad.events.arguments import Mention

    return [
        Mention(trigger=h, event_type="Battles", sub_event_type="Armed clash", weight=0.7,
                sent=ctx.sentence(h.start))
        for h in ctx.triggers
    ]


def _lazy_and_eager(text: str):
    """Two contexts of ``text``: one whose mentions get the article's main place as a function
    that records each call, one given the place itself; and the record of calls."""
    from rasad.events import arguments as args

    ctx = build_context(make_doc(text), default_lexicon())
    eager = build_context(make_doc(text), default_lexicon())
    main = args.main_place(eager)
    assert main is not None
    asked: list[int] = []

    def lazy():
        asked.append(1)
        return args.main_place(ctx)

    return args, ctx, eager, main, lazy, asked


def test_a_main_place_given_as_a_function_is_judged_only_when_a_mention_falls_back_on_it():
    args, ctx, eager, main, lazy, asked = _lazy_and_eager(_FALLBACK_TEXT)
    lazy_ms, eager_ms = _mentions(ctx), _mentions(eager)
    assert len(lazy_ms) == 3
    args.assign_place(ctx, lazy_ms[0], lazy)
    assert asked == []  # the sentence names its place: the article's main place is not needed
    for lazy_m, eager_m in zip(lazy_ms, eager_ms, strict=True):
        args.assign_place(ctx, lazy_m, lazy)
        args.assign_place(eager, eager_m, main)
        assert lazy_m.place == eager_m.place
    # the later paragraphs name no place and take the story's first town ("دوما"): the
    # article's main place is still not needed
    assert asked == []
    assert args.main_place(ctx) is args.main_place(ctx)  # found once per document


# the arrest comes first, its town only sentences later: no story's town before it
_TOWN_LATER_TEXT = (
    "واعتقلت الشرطة ثلاثة أشخاص.\n\nوقالت المصادر إن الوضع هادئ.\n\nوأغلقت المدارس أبوابها.\n\n"
    "وعاد السكان إلى منازلهم.\n\nوقصفت الطائرات مواقع في دوما."
)


def test_a_main_place_given_as_a_function_is_judged_when_the_story_names_no_town():
    args, ctx, eager, main, lazy, asked = _lazy_and_eager(_TOWN_LATER_TEXT)
    lazy_ms, eager_ms = _mentions(ctx), _mentions(eager)
    for lazy_m, eager_m in zip(lazy_ms, eager_ms, strict=True):
        args.assign_place(ctx, lazy_m, lazy)
        args.assign_place(eager, eager_m, main)
        assert lazy_m.place == eager_m.place
    assert asked  # the arrest names no place, nor does the story before it: the main place


_PACT_TEXTS = (
    "قصفت الطائرات مواقع في دوما وقرب الرقة، وقالت سلطات بغداد إن الهجوم فشل.",
    "وخرقت القوات اتفاق سوتشي بين روسيا وتركيا وقصفت مواقع في إدلب.",
    "وانضمت الفصائل للاتفاق الموقع بين أنقرة وموسكو، وقتل ثلاثة في حلب.",
    "وشاركت الحكومة في مسار أستانا، وقصفت الطائرات دوما.",
)


def test_a_text_without_a_pact_word_names_no_pact_and_the_others_are_read_in_full():
    for text in _PACT_TEXTS:
        quick = build_context(make_doc(text), default_lexicon())
        full = build_context(make_doc(text), default_lexicon())
        full.memo["pact_word_in_text"] = True  # as if the text held one: every place read
        verdicts = [location._names_a_pact(quick, p) for p in quick.places]
        assert verdicts == [location._names_a_pact(full, p) for p in full.places], text
    first = build_context(make_doc(_PACT_TEXTS[0]), default_lexicon())
    assert not any(location._names_a_pact(first, p) for p in first.places)
    assert first.memo["pact_word_in_text"] is False
    sochi = build_context(make_doc(_PACT_TEXTS[1]), default_lexicon())
    named = {p.value.name for p in sochi.places if location._names_a_pact(sochi, p)}
    assert named == {"Turkey"}  # a party to the pact, read in full


def test_the_usable_places_of_the_article_are_listed_once_and_are_usable_at_floor_zero():
    ctx = _context()
    first = location.usable_places(ctx)
    assert [p.value.name for p in first] == ["Duma", "Ar-Raqqa"]
    assert first == location.usable(ctx, ctx.places, 0)
    assert location.usable_places(ctx) is first  # once per document
