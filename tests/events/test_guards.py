"""A guarded pattern finds what the bare pattern finds: each guard's literals are checked on
texts built at random from its own pattern's words (so that matches are frequent), with
random bounds, and on sentences that must match."""

from __future__ import annotations

import random

import pytest
import regex

from rasad.events import reference, statements
from rasad.events.guards import Guarded

_GUARDED = {
    "year": reference._YEAR_RE,
    "today": reference._TODAY_RE,
    "last_season": reference._LAST_SEASON_RE,
    "past_span": statements._PAST_SPAN_RE,
}
_EXTRA = ["1999", "2015", "680", "905", "1800", "12", "3", "(", "/", "-", "،", "قتل", "في", "منذ"]


def _vocabulary(g: Guarded) -> list[str]:
    words = regex.findall(r"\p{Arabic}+", g.pattern.pattern)
    return sorted(set(words) | set(_EXTRA))


def _spans(it):
    return [m.span() for m in it]


@pytest.mark.parametrize("name", sorted(_GUARDED))
def test_a_guarded_pattern_finds_what_the_pattern_finds(name: str) -> None:
    g = _GUARDED[name]
    words = _vocabulary(g)
    rng = random.Random(name)
    matched = 0
    for _ in range(4000):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 7))]
        text = "".join(p + rng.choice((" ", " ", " ", "", "  ", "، ")) for p in parts)
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        bare = g.pattern.search(text)
        assert _span(g.search(text)) == _span(bare), text
        assert _span(g.search(text, a, b)) == _span(g.pattern.search(text, a, b)), (text, a, b)
        assert _spans(g.finditer(text, a, b)) == _spans(g.pattern.finditer(text, a, b))
        matched += bare is not None
    assert matched > 200  # the texts do test the matches, not only their absence


def _span(m):
    return None if m is None else m.span()


def test_the_guarded_patterns_still_match_their_sentences() -> None:
    def found(g: Guarded, text: str) -> bool:
        return g.search(text) is not None

    assert found(reference._TODAY_RE, "وقتل ثلاثه اليوم في قصف")
    assert not found(reference._TODAY_RE, "وقتل ثلاثه في قصف")
    assert found(reference._LAST_SEASON_RE, "انسحب في الصيف الماضي من المدينه")
    assert not found(reference._LAST_SEASON_RE, "انسحب منذ العام الماضي من المدينه")
    assert found(statements._PAST_SPAN_RE, "قتلوا خلال السنوات الثلاث الماضيه")
    assert found(statements._PAST_SPAN_RE, "قصفت الميناء مرارا")
    assert not found(statements._PAST_SPAN_RE, "قصفت الميناء امس")
    assert found(reference._YEAR_RE, "معركه عام 905 ميلاديه")  # a year of three digits
    years = [m[0] for m in reference._YEAR_RE.finditer("سيطرت عليها عام 2014 وفي 1999")]
    assert years == ["عام 2014", "وفي 1999"]


def test_a_guard_without_literals_is_refused() -> None:
    with pytest.raises(ValueError):
        Guarded(regex.compile("x"), ())
    with pytest.raises(ValueError):
        Guarded(regex.compile("x"), ("",))


def test_the_period_parts_searched_one_by_one_find_what_their_alternation_finds() -> None:
    from rasad.events import periods
    from rasad.events.guards import FirstOf

    whole = regex.compile("|".join(periods._PERIOD_PARTS))
    split = periods._PERIOD_RE
    assert isinstance(split, FirstOf)
    words = sorted(
        set(regex.findall(r"\p{Arabic}+", whole.pattern))
        | {"قتل", "في", "12", "72", "3", "400", "5", "،", "ال"}
    )
    rng = random.Random(7)
    matched = 0
    for _ in range(4000):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 8))]
        text = "".join(p + rng.choice((" ", " ", "", "  ")) for p in parts)
        a = rng.randint(0, len(text))
        want = whole.search(text, a)
        got = split.search(text, a)
        assert (got and (got.span(), got[0])) == (want and (want.span(), want[0])), (text, a)
        matched += want is not None
    assert matched > 150
    # two parts match at one start: the earlier part's match, as the alternation gives it
    text = "قتل 5 ايام علي التوالي"
    assert split.search(text)[0] == whole.search(text)[0] == "5 ايام علي "
    assert split.search("خلال الايام الماضيه")[0] == "خلال الايام"
