"""A verbal noun after "بعد أن تم" / "بعدما تم" is governed by "after" as the bare noun is
("بعد استعادة عدن"): an act told as the time of other news, presupposed, no event of its own."""

from __future__ import annotations

import rasad


def _types(text: str, published: str = "2019-04-11") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_capture_told_as_the_time_of_other_news_is_no_event() -> None:
    text = (
        "قال محافظ المدينة الثلاثاء إن الكهرباء عادت إلى الأحياء بعد أن تم استعادة "
        "زنجبار من المسلحين."
    )
    assert _types(text) == []
    text = "وعاد السكان الثلاثاء إلى منازلهم بعدما تم تحرير زنجبار من المسلحين."
    assert _types(text) == []


def test_a_passive_capture_on_its_own_stays() -> None:
    text = "وتم الثلاثاء استعادة مدينة زنجبار من المسلحين بعد معارك عنيفة."
    assert "Government regains territory" in _types(text) or "Armed clash" in _types(text)


def test_a_capture_of_a_named_town_after_its_place_noun_is_presupposed() -> None:
    # "مدينة/بلدة" before the name makes the noun definite as the bare name does
    text = (
        "قال محافظ المدينة الثلاثاء إن الكهرباء عادت إلى الأحياء بعد أن تم استعادة "
        "مدينة زنجبار من المسلحين."
    )
    assert _types(text) == []
    text = "وعاد السكان الثلاثاء إلى منازلهم بعد تحرير بلدة الرضمة من المسلحين."
    assert _types(text) == []


def test_a_capture_of_a_town_named_by_its_place_noun_alone_stays_new() -> None:
    # no name after the place noun: "بعد تحرير بلدة" is an indefinite, new act (unchanged)
    text = "وعاد السكان الثلاثاء إلى منازلهم بعد تحرير بلدة من المسلحين."
    assert _types(text) == []
    text = "وتم الثلاثاء استعادة مدينة زنجبار من المسلحين بعد معارك عنيفة."
    assert "Government regains territory" in _types(text)
