"""Acts that are only sought make no event of their own: a deal or a capture hoped for or
worked at ("على أمل التوصل إلى اتفاق", "جهود تحرير المدينة"); a legislative battle is a
quarrel of votes, no fighting."""

from __future__ import annotations

import rasad


def _types(text: str, published: str = "2019-04-11") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_deal_hoped_for_is_no_agreement() -> None:
    text = "اجتمع وفدا الحكومة والمتمردين الثلاثاء في أديس أبابا على أمل التوصل إلى اتفاق سلام."
    assert "Agreement" not in _types(text)
    text = "وأعرب الطرفان عن أملهما في التوصل إلى اتفاق ينهي القتال في جوبا."
    assert "Agreement" not in _types(text)


def test_efforts_for_a_deal_are_no_agreement() -> None:
    text = "وصل الوسيط الأفريقي إلى الخرطوم الثلاثاء لمتابعة مساعي التوصل إلى اتفاق بين الطرفين."
    assert "Agreement" not in _types(text)


def test_efforts_to_retake_a_town_are_no_capture() -> None:
    taken = {"Government regains territory", "Non-state actor overtakes territory"}
    text = "وتواصل القوات الحكومية الثلاثاء جهود تحرير مدينة سرت من مسلحي التنظيم."
    assert not taken & set(_types(text))
    text = "وقال القائد إن قواته تبذل الثلاثاء مساعي استعادة مدينة سرت من مسلحي التنظيم."
    assert not taken & set(_types(text))


def test_a_deal_reached_or_announced_stays() -> None:
    text = "توصلت الحكومة والمتمردون الثلاثاء في أديس أبابا إلى اتفاق سلام."
    assert "Agreement" in _types(text)
    text = "أعلن الوسيط الأفريقي الثلاثاء في الخرطوم التوصل إلى اتفاق بين الطرفين."
    assert "Agreement" in _types(text)


def test_an_assassination_attempt_made_stays() -> None:
    text = "نجا محافظ المدينة الثلاثاء من محاولة اغتيال بعبوة ناسفة في مدينة الموصل."
    assert _types(text) != []
    text = "تعرض محافظ المدينة الثلاثاء لمحاولة اغتيال بإطلاق نار في مدينة الموصل."
    assert _types(text) != []


def test_a_legislative_battle_is_no_clash() -> None:
    text = "صادق البرلمان الثلاثاء على قانون الموازنة إثر معركة تشريعية طويلة في مدينة بغداد."
    assert "Armed clash" not in _types(text)


def test_a_fierce_battle_stays() -> None:
    text = "اندلعت الثلاثاء معركة عنيفة بين الجيش والمسلحين في مدينة سرت."
    assert "Armed clash" in _types(text)
