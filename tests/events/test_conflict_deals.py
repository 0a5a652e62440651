"""An agreement word whose sentence names no side of a conflict (no fighting, truce, fighters,
captives, withdrawal or peace, and no armed group) is no ACLED Agreement: a sponsor's contract,
a court settlement, a pact between two states, one wanted man who gave himself up."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2019-03-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_sponsorship_contract_with_a_club_is_no_agreement() -> None:
    text = "أعلن مصرف أهلي الأحد في عمان أنه وقع اتفاقية مع نادي الوحدة ليصبح راعيه الرسمي."
    assert _subs(text) == []


def test_a_court_settlement_is_no_agreement() -> None:
    text = "توصل ثلاثة موظفين في عمان الأحد إلى تسوية مع إدارة المستشفى بعد دعوى رفعوها ضدها."
    assert _subs(text) == []


def test_a_pact_between_two_states_is_no_agreement() -> None:
    text = "وقعت الحكومتان في الرباط الأحد اتفاقا جديدا لتبادل الخبرات في مجال التعليم العالي."
    assert _subs(text) == []


def test_one_wanted_man_giving_himself_up_to_the_police_is_no_agreement() -> None:
    text = "وقال مصدر أمني إن المطلوب استسلم للشرطة في مدينة الزرقاء الأحد بعد مطاردة طويلة."
    assert _subs(text) == []


def test_fighters_who_surrendered_stay_an_agreement() -> None:
    text = "واستسلم العشرات من مسلحي التنظيم للقوات العراقية في تلعفر الأحد."
    assert _subs(text) == ["Agreement"]


def test_a_deal_struck_by_an_armed_group_stays_an_agreement() -> None:
    text = "وأعلنت حركة طالبان الأحد التوصل إلى اتفاق مع الحكومة الأفغانية في الدوحة."
    assert _subs(text) == ["Agreement"]


def test_a_deal_between_the_warring_sides_stays_an_agreement() -> None:
    text = "ووقع المتخاصمون في طرابلس وطبرق الأحد اتفاقا في الصخيرات برعاية الأمم المتحدة."
    assert set(_subs(text)) == {"Agreement"}


def test_a_prisoner_swap_stays_an_agreement() -> None:
    text = "وأبرمت الحكومة والمعارضة الأحد صفقة لتبادل الأسرى في مدينة حمص."
    assert _subs(text) == ["Agreement"]


def test_a_deal_letting_forces_into_a_town_stays_an_agreement() -> None:
    text = "وأعلن مسؤولون أكراد الأحد التوصل إلى اتفاق مع دمشق لدخول قواتها منطقة عفرين."
    assert _subs(text, "2018-02-20") == ["Agreement"]
