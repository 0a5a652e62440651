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


# ---- a "since" phrase after an act told with its own day dates something else ------------------
def test_since_years_of_a_checkpoint_does_not_date_yesterdays_killing() -> None:
    text = "وقتل أربعة عناصر من الشرطة أمس في هجوم على مركز للشرطة أنشئ منذ سنوات في حمص."
    assert _subs(text) == ["Armed clash"]


def test_a_killing_with_no_day_since_years_is_still_a_period() -> None:
    assert _subs("وقتل أربعة عناصر من الشرطة في هجمات على مراكزهم منذ سنوات.") == []


def test_a_toll_until_today_since_the_war_is_still_a_total() -> None:
    text = "وقتل أكثر من 300 ألف شخص في سوريا حتى اليوم منذ اندلاع النزاع قبل سنوات."
    assert _subs(text) == []


# ---- one stadium is one word of sport, however many cue keys match it ---------------------------
def test_shells_falling_on_the_municipal_stadium_are_shelling() -> None:
    # "الملعب" matches both "ملعب" and "الملعب": still one word, no match report
    text = "وسقطت قذائف هاون على الملعب البلدي في مدينة حلب أمس."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_a_club_chairman_in_a_transfer_report_is_no_agreement() -> None:
    # one sports word in the sentence; the article's other sentences (no trigger in them) are a
    # transfer report, so the deal talk is sport
    text = (
        "وتواصل إدارة النادي مفاوضاتها مع اللاعب المغربي قبل انطلاق الدوري، وسيغيب الحارس "
        "الأول عن المباراة الودية المقبلة بسبب الإصابة.\n"
        "وأكد رئيس النادي أن الطرفين توصلا إلى اتفاق نهائي على بنود العقد أمس."
    )
    assert _subs(text) == []
