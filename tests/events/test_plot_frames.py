"""A sentence telling a work's plot or a role is a story, no event, even in an article that
names the arts once ("تدور أحداث العمل في فترة الاحتلال"). Unrest told with a bare "تدور
أحداث" (no work named) stays news."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-10")["events"]]


def test_the_plot_of_a_work_is_no_clash() -> None:
    text = (
        "وتدور أحداث العمل في فترة الاحتلال الفرنسي حيث تندلع اشتباكات بين الثوار والجيش "
        "الفرنسي في قرية قرب مدينة باتنة."
    )
    assert _subs(text) == []


def test_a_role_played_is_no_bombing() -> None:
    text = "ويجسد دور جندي أصيب في انفجار عبوة ناسفة في الرمادي."
    assert _subs(text) == []


def test_a_plot_told_by_its_pronoun_is_no_clash() -> None:
    text = "وتدور أحداثها في بيروت خلال الحرب الأهلية حين اندلعت اشتباكات بين الميليشيات."
    assert _subs(text) == []


def test_real_clashes_still_count() -> None:
    text = "واندلعت اشتباكات عنيفة بين الجيش السوري وفصائل المعارضة في حي جوبر بدمشق أمس."
    assert _subs(text) == ["Armed clash"]
