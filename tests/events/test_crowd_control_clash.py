"""Fighting or a repulsion told with tear gas, water cannon or rubber bullets faced a crowd, not
an armed group: ACLED codes a violent demonstration, no armed clash."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_crowd_repelled_with_tear_gas_is_a_riot() -> None:
    text = (
        "وحاول عشرات الشبان اقتحام مبنى البلدية في مدينة المنصورة مساء السبت، إلا أن قوات "
        "الأمن تصدت لهم بقنابل الغاز المسيل للدموع."
    )
    assert _subs(text, "2013-02-10") == ["Violent demonstration"]


def test_confrontations_with_rubber_bullets_are_a_riot() -> None:
    text = (
        "واندلعت مواجهات في بلدة بيت أمر شمال الخليل يوم الجمعة أطلق خلالها الجنود الرصاص "
        "المطاطي وخراطيم المياه."
    )
    assert _subs(text, "2018-05-12") == ["Violent demonstration"]


def test_a_battle_without_crowd_control_stays_a_clash() -> None:
    text = (
        "واندلعت اشتباكات عنيفة بين الجيش ومسلحي تنظيم داعش في بلدة بيجي شمال تكريت يوم "
        "الجمعة استخدمت فيها الأسلحة الثقيلة."
    )
    assert _subs(text, "2015-07-25") == ["Armed clash"]
