"""A stadium or a club named as a landmark ("قرب الملعب البلدي", "قرب نادي الضباط") places
another act and tells no match; a match told around the same words stays no event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_shells_falling_near_a_stadium_are_shelling() -> None:
    text = "وسقطت قذائف هاون قرب الملعب في مدينة حلب أمس."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_clashes_near_an_officers_club_are_a_clash() -> None:
    text = "واندلعت اشتباكات بين الجيش ومسلحي المعارضة بالقرب من نادي الضباط في مدينة حمص أمس."
    assert _subs(text) == ["Armed clash"]


def test_a_match_at_a_stadium_is_still_no_clash() -> None:
    assert _subs("وانتهت المواجهة التي جرت على ملعب القاهرة الدولي بفوز الأهلي.") == []


def test_players_fighting_after_a_match_are_still_no_clash() -> None:
    assert _subs("واندلعت اشتباكات بين لاعبي الفريقين بعد نهاية المباراة.") == []
