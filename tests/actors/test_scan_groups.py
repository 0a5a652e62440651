"""ActorMatcher.scan sorts each phrase hit into its kinds once per key (kept for the next
texts): a second scan, or another text with the same names, must group them the same way."""

from rasad.actors.matching import default_actor_matcher


def _groups(scan, text):
    return {
        kind: [(text[m.start : m.end], m.prefix, m.payloads) for m in getattr(scan, kind)]
        for kind in ("actors", "country_words", "sources", "cues", "offices")
    }


def test_a_name_holding_a_country_word_counts_for_that_country_in_every_scan():
    matcher = default_actor_matcher()
    text = "هاجمت قوات الجيش السوري قرية قرب حمص"
    first = _groups(matcher.scan(text), text)
    assert [a[0] for a in first["actors"]] == ["قوات الجيش السوري"]
    assert ("قوات الجيش السوري", "", ("SY",)) in first["country_words"]
    assert _groups(matcher.scan(text), text) == first


def test_a_contracted_name_keeps_its_lams_as_prefix_and_its_country():
    matcher = default_actor_matcher()
    text = "وأعلن المرصد السوري مقتل عنصرين للجيش السوري"
    groups = _groups(matcher.scan(text), text)
    assert ("جيش السوري", "لل", ("SY",)) in groups["country_words"]
    assert [a[:2] for a in groups["actors"]] == [("جيش السوري", "لل")]
    assert [s[0] for s in groups["sources"]] == ["المرصد السوري"]


def test_a_plain_word_holds_no_actor():
    matcher = default_actor_matcher()
    text = "افتتح معرض الكتاب في المدينة"
    assert _groups(matcher.scan(text), text)["actors"] == []
