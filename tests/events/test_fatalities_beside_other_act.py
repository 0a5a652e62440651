"""A clause of another act after a fight's toll, opened by "فيما"/"بينما"/"كما": an arrest
there takes none of the fight's dead."""

from __future__ import annotations

import rasad

_FIGHT = (
    "اندلعت مواجهات عنيفة بين القوات الحكومية ومسلحي تنظيم داعش في مدينة الرمادي أمس "
    "أدت إلى مقتل 12 مسلحا، "
)


def _fatalities(text: str, published: str = "2016-03-08") -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published=published)["events"]]


def test_arrest_in_a_later_clause_leaves_the_toll_to_the_fight() -> None:
    assert _fatalities(_FIGHT + "بينما اعتقل الجيش العراقي أكثر من ثلاثين مشتبها به.") == [12]


def test_arrest_after_kama_leaves_the_toll_to_the_fight() -> None:
    assert _fatalities(_FIGHT + "كما اعتقل الجيش العراقي عشرات المطلوبين.") == [12]
