"""A guarded pattern finds what the bare pattern finds: each guard's literals are checked on
texts built at random from its own pattern's words (so that matches are frequent), with
random bounds, and on sentences that must match."""

from __future__ import annotations

import random

import pytest
import regex

from rasad.events import (
    actor_marks,
    context,
    location,
    past_decade,
    periods,
    reference,
    statements,
    status,
)
from rasad.events.guards import Guarded

_GUARDED = {
    "year": reference._YEAR_RE,
    "today": reference._TODAY_RE,
    "last_season": reference._LAST_SEASON_RE,
    "past_span": statements._PAST_SPAN_RE,
    "span_before": statements._SPAN_BEFORE_RE,
    "duration_after": statements.DURATION_AFTER_RE,
    "long_ago": reference._LONG_AGO_RE,
    "elapsed": reference._ELAPSED_RE,
    "long_since": status._LONG_SINCE_RE,
    "since_start": status._SINCE_START_RE,
    "decades": status._DECADES_RE,
    "past_decade": past_decade._PAST_DECADE_RE,
    "dateline": context._DATELINE,
    "support": actor_marks._SUPPORT_STEMS,
    "era": periods._ERA_RE,
    "own_day": periods._OWN_DAY_RE,
    "weekday": periods._WEEKDAY_RE,
    "breakdown": periods._BREAKDOWN_RE,
    "besides_breakdown": periods._BESIDES_BREAKDOWN_RE,
    "day_tally": periods._DAY_TALLY_RE,
    "dead_of_day": periods._DEAD_OF_DAY_RE,
    "now": statements._NOW_RE,
}
_EXTRA = ["1999", "2015", "680", "905", "1800", "12", "3", "(", "/", "-", "،", "قتل", "في", "منذ",
          ")", "\n", "--", ":", "CNN"]


def _vocabulary(g: Guarded) -> list[str]:
    words = regex.findall(r"\p{Arabic}+", g.pattern.pattern)
    return sorted(set(words) | set(_EXTRA))


def _spans(it):
    return [m.span() for m in it]


# sentences each guarded pattern matches: the random texts are made from them by deleting,
# inserting and replacing words (near misses and matches both), or from the pattern's words
_SEEDS = {
    "year": ["سيطرت عليها عام 2014 وفي 1999", "معركه عام 680 ميلاديه"],
    "today": ["وقتل ثلاثه اليوم في قصف", "وفي الليله قصفت"],
    "last_season": ["انسحب في الصيف الماضي من المدينه"],
    "past_span": ["قتلوا خلال السنوات الثلاث الماضيه", "قصفت الميناء مرارا"],
    "span_before": ["مع تصاعد التوتر في الاشهر الاخيره بسبب تظاهرات"],
    "duration_after": ["الي المدينه خلال عده اشهر", "لسنوات"],
    "long_ago": ["تعرض قبل اكثر من ثلاثه اشهر لمحاوله"],
    "elapsed": ["بعد مرور ثلاثه اشهر علي سقوط المدينه"],
    "long_since": ["منذ اكثر من ثلاثه اشهر", "ومنذ اندلاع المعارك"],
    "since_start": ["سيطرت منذ بدء العمليه"],
    "decades": ["اعمال عنف منذ نهايه السبعينات"],
    "past_decade": ["هجمات في الثمانينات والتسعينات", "في نهايه تسعينيات القرن الماضي"],
    "dateline": ["دمشق (رويترز) - قصفت الطائرات", "بيروت (ا ف ب)\nقصفت"],
    "support": ["بدعم وإسناد من قوات التحالف", "مسنودة بطيران التحالف", "يساندها الطيران"],
    "era": ["اعدم المئات خلال فتره حكمه", "قتلوا في شتاء العام الماضي", "في عهدها"],
    "own_day": ["وقتل جنديان امس في الهجوم", "وفي الليله قصفت الطائرات", "حتي اليوم"],
    "weekday": ["قتل ثلاثه يوم الخميس", "والسبت اغارت الطائرات", "في الاربعاء"],
    "breakdown": ["منهم 4 بحمص و3 بحلب", "بينهم 12 بدرعا و9 بحماه", "منها 5 بادلب و2 بها"],
    "besides_breakdown": [
        "بجانب 7 بادلب و5 بحلب",
        "بجانب 3 ببنش و2 بها بجانب 8 بدوما و6 بها",
        "فضلا عن 4 بحمص و1 بها علاوه علي 9 بدرعا و5 بها",
    ],
    "day_tally": ["ارتفعت الحصيله اليوميه الي 90", "حصيله قتلي الجمعه بلغت 70"],
    "dead_of_day": ["حصيله ضحايا الغارات امس الاحد بلغت 25", "الحصيله قتلي المعارك يوم السبت"],
    "now": ["قصفت الطائرات صباح الاحد", "وتدور الان معارك", "منذ ساعات ولليوم الثاني"],
}


def _texts(name: str, words: list[str], rng: random.Random, n: int):
    for k in range(n):
        if k % 2:
            parts = [rng.choice(words) for _ in range(rng.randint(1, 7))]
        else:
            parts = rng.choice(_SEEDS[name]).split(" ")
            for _ in range(rng.randint(0, 2)):
                at = rng.randrange(len(parts) + 1)
                op = rng.randrange(3)
                if op == 0 and len(parts) > 1 and at < len(parts):
                    del parts[at]
                elif op == 1:
                    parts.insert(at, rng.choice(words))
                elif at < len(parts):
                    parts[at] = rng.choice(words)
        yield "".join(p + rng.choice((" ", " ", " ", "", "  ", "، ")) for p in parts)


@pytest.mark.parametrize("name", sorted(_GUARDED))
def test_a_guarded_pattern_finds_what_the_pattern_finds(name: str) -> None:
    g = _GUARDED[name]
    words = _vocabulary(g)
    rng = random.Random(name)
    matched = 0
    for text in _texts(name, words, rng, 4000):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        bare = g.pattern.search(text)
        assert _span(g.search(text)) == _span(bare), text
        assert _span(g.search(text, a, b)) == _span(g.pattern.search(text, a, b)), (text, a, b)
        assert _spans(g.finditer(text, a, b)) == _spans(g.pattern.finditer(text, a, b))
        assert _span(g.match(text, a, b)) == _span(g.pattern.match(text, a, b)), (text, a, b)
        assert _span(g.match(text)) == _span(g.pattern.match(text)), text
        matched += bare is not None
    assert matched > 250  # the texts do test the matches, not only their absence


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
    assert found(context._DATELINE, "دمشق (رويترز) - قصفت الطائرات")
    assert not found(context._DATELINE, "قصفت الطائرات (ليلا) مواقع في دوما")
    assert found(reference._YEAR_RE, "معركه عام 905 ميلاديه")  # a year of three digits
    years = [m[0] for m in reference._YEAR_RE.finditer("سيطرت عليها عام 2014 وفي 1999")]
    assert years == ["عام 2014", "وفي 1999"]
    # a decade with either plural ending, and not the many "-ات" plurals of a clause
    assert found(past_decade._PAST_DECADE_RE, "شنوا هجمات في التسعينيات")
    assert found(past_decade._PAST_DECADE_RE, "وفي الثمانينات قصفت")
    assert not found(past_decade._PAST_DECADE_RE, "عمليات عسكريه وهجمات في الستينيه")
    assert found(periods._BREAKDOWN_RE, "قتل 30 منهم 12 في حمص و9 في حماه")
    assert not found(periods._BREAKDOWN_RE, "قتل 30 في حمص و9 في حماه")


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


def test_an_alias_gap_found_without_a_copy_is_the_gap_the_pattern_matches() -> None:
    text = "قصفت عين العرب (كوباني) و حلب « الشهباء» وإدلب  [ المدينة ] ودوما، وحمص (الوعر)"
    for a in range(len(text)):
        for b in range(a, len(text) + 1):
            want = location._ALIAS_GAP.match(text[a:b]) is not None
            assert location._alias_gap(text, a, b) == want, (a, b)
    assert location._alias_gap(text, text.index(" (ك"), text.index("(ك") + 1)


def test_a_future_form_remembered_per_word_is_what_the_pattern_says() -> None:
    words = ["سيضعف", "ستنهار", "وسيقصف", "سيارة", "سياسة", "سنوات", "سيطرت", "ستكون", "سوريا",
             "سيناريو", "فستشن", "سن", "سيد", "قصف"]
    for w in words * 2:  # the second round reads the memo
        assert statements.future_form(w) == (statements._FUTURE_RE.match(w) is not None), w
    assert statements.future_form("ستنهار") and not statements.future_form("سيارة")
