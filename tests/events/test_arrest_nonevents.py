"""Arrest words that tell no arrest made on the day: a place of detention, a detention that
goes on, an arrest told as the past of people now released, and ordinary criminal cases
(drugs, sex offences). Political arrests told as news stay."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_detention_centre_named_as_a_place_is_no_arrest() -> None:
    assert _subs("وتقيم النازحة مع أطفالها في ساحة أحد مراكز الاحتجاز قرب طرابلس.") == []


def test_a_detention_that_goes_on_is_no_new_arrest() -> None:
    assert _subs("كما تواصل إيران احتجاز عدد من الأميركيين.") == []


def test_forces_continuing_to_hold_people_make_no_new_arrest() -> None:
    assert _subs("وواصلت قوات الاحتلال اعتقال المواطنين في الخليل.") == []


def test_an_arrest_told_as_the_past_of_people_released_is_background() -> None:
    text = (
        "وأفرج بكفالة عن مدير تحرير ومصور في صحيفة في كينيا، كانا اعتقلا بعد نشر وثائق عن"
        " صفقة سلاح."
    )
    assert _subs(text) == []


def test_a_drug_trade_detention_is_a_crime() -> None:
    assert _subs("وتم احتجازهم لتجارتهم بنوع من الحشيش المخدر في بيروت.") == []


def test_a_sex_offence_arrest_is_a_crime() -> None:
    text = "وألقت الشرطة الأمريكية القبض على معلمة بتهمة ممارسة الجنس مع تلميذ."
    assert _subs(text) == []


def test_activists_detained_in_a_raid_are_still_an_arrest() -> None:
    text = "واعتقلت قوات الأمن العراقية عشرة ناشطين خلال مداهمة في بغداد أمس."
    assert _subs(text) == ["Arrests"]


def test_protesters_arrested_are_still_an_arrest() -> None:
    # still an event; ACLED codes the crowd arrested as its demonstration's intervention
    text = "واعتقلت الشرطة المصرية عشرات المتظاهرين في القاهرة أمس."
    assert _subs(text) == ["Protest with intervention"]


def test_a_dated_past_arrest_of_a_released_journalist_stays() -> None:
    text = "وأفرجت الشرطة عن الصحفية التي كانت اعتقلت يوم الاثنين."
    assert _subs(text) == ["Arrests"]


def test_a_harassment_arrest_is_a_crime() -> None:
    text = "وألقت الشرطة السعودية القبض على شاب في جدة لتحرشه بفتاة في أحد الأسواق."
    assert _subs(text) == []


def test_what_a_mother_said_about_a_detention_is_no_arrest() -> None:
    assert _subs("وكررت الأم يوم الثلاثاء ما قالته عن احتجاز ابنتها.") == []


def test_what_a_report_spoke_of_is_no_arrest() -> None:
    assert _subs("وتحدث تقرير منظمة العفو الدولية عن اعتقال ناشطة في القاهرة.") == []


def test_activists_speaking_of_a_dated_arrest_still_report_it() -> None:
    assert _subs("وتحدث ناشطون عن اعتقال عشرين شابا في درعا أمس.") == ["Arrests"]


def test_a_journalist_subjected_to_arrest_is_an_arrest() -> None:
    assert _subs("وتعرض الصحفي لاعتقال تعسفي يوم الأحد في بغداد.") == ["Arrests"]


def test_a_report_of_an_arrest_denied_is_no_arrest() -> None:
    text = (
        "ونفت وزارة الداخلية الأردنية يوم الجمعة صحة الخبر الذي نشر اليوم عن إلقاء القبض على"
        " خمسة سوريين."
    )
    assert _subs(text) == []


def test_an_arrest_confirmed_stays() -> None:
    text = "وأكدت وزارة الداخلية الأردنية يوم الجمعة إلقاء القبض على خمسة سوريين في عمان."
    assert _subs(text) == ["Arrests"]


def test_an_arrest_sought_is_no_arrest_made() -> None:
    text = "وتفجرت الأحداث عندما سعى المسلحون إلى اعتقال عدد من أبناء القرية أمس."
    assert _subs(text) == []


def test_an_arrest_attempt_as_the_setting_of_an_injury_is_no_arrest() -> None:
    text = "وأصيب جندي إسرائيلي أمس بحجر خلال محاولة اعتقال مطلوبين في مخيم الأمعري."
    assert "Arrests" not in _subs(text)
