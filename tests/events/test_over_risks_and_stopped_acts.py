"""Side remarks from a seventh audit of fresh news (70 unseen articles, 50 with two or more
rows): a risk or a danger names what may happen ("خطر حقيقي لانفجار", "مخاطر تعرضه للتعذيب"),
an attacker stopped before he acted ("قبل أن يتمكن من تفجير حزامه") did not act, and an act a
year or more before the news ("بعد أكثر من سنة على اعتقالهما", "بعد مرور ثلاث سنوات على
خطفهم") is background to it."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-04-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


# ---- a risk is no act -------------------------------------------------------------------------
def test_a_real_risk_of_an_explosion_is_no_explosion() -> None:
    text = "وقال المبعوث الأممي في بيروت الأحد إن هناك خطرا كبيرا لانفجار سيارات مفخخة في المدينة."
    assert _subs(text) == []


def test_the_danger_of_new_battles_is_no_battle() -> None:
    text = "وقال المبعوث الأممي في عمان الأحد إن خطر اندلاع معارك جديدة في درعا ما زال قائما."
    assert _subs(text) == []


def test_a_region_facing_the_danger_of_suicide_attacks_suffered_none() -> None:
    assert _subs("وأكد الخبراء أن المنطقة تواجه خطر هجمات انتحارية في مدينة الرمادي.") == []


def test_the_risk_of_torture_abroad_is_no_torture() -> None:
    text = "وأوقفت محكمة ألمانية ترحيل الرجل إلى تونس بسبب مخاطر تعرضه للتعذيب هناك."
    assert _subs(text) == []


def test_danger_words_after_an_explosion_leave_it_an_event() -> None:
    text = "وانفجرت سيارة مفخخة في مدينة الرمادي الأحد، ما يزيد خطر تدهور الأمن في المدينة."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


# ---- stopped before acting --------------------------------------------------------------------
def test_a_bomber_killed_before_detonating_his_belt_made_no_explosion() -> None:
    text = "وقتلت الشرطة انتحاريا في مدينة الرمادي الأحد قبل أن يتمكن من تفجير حزامه الناسف."
    assert "Remote explosive/landmine/IED" not in _subs(text)
    assert "Suicide bomb" not in _subs(text)


def test_a_bomber_who_detonated_his_belt_is_still_a_suicide_bombing() -> None:
    text = "وفجر انتحاري حزامه الناسف في مدينة الرمادي الأحد، ما أسفر عن مقتل ثلاثة أشخاص."
    assert _subs(text) == ["Suicide bomb"]


# ---- a year or more back ----------------------------------------------------------------------
def test_an_arrest_more_than_a_year_before_a_verdict_is_background() -> None:
    text = (
        "وقضت محكمة في صنعاء الأحد بسجن ناشطين، ويأتي الحكم بعد أكثر من سنة على اعتقالهما "
        "في مدينة عدن."
    )
    assert "Arrests" not in _subs(text)


def test_an_abduction_years_before_the_remains_came_home_is_background() -> None:
    text = "ووصلت رفات العمال إلى بلادهم الأحد، بعد مرور ثلاث سنوات على اختطافهم في الموصل."
    assert "Abduction/forced disappearance" not in _subs(text)


def test_an_arrest_told_today_is_still_an_event() -> None:
    text = "واعتقلت قوات الأمن ناشطين اثنين في مدينة عدن الأحد."
    assert _subs(text) == ["Arrests"]
