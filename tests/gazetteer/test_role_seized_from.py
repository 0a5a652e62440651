"""People seized "from" a place ("اختطف … من قرية X", "اعتقلت … من بلدة X") were seized there:
the place is the event location, not an origin, unless a word of coming or going stands
between the verb and "من"."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _roles(text):
    return {t: s.value.role for t, s in run_places(text, None)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("اختطف مسلحون مجهولون ثلاثة مزارعين من قرية الخالدية شرق حمص.", "الخالدية"),
        ("واعتقلت قوات الأمن عشرة شبان من مدينة الرمادي فجر اليوم.", "الرمادي"),
        ("وأفاد شهود بأن الجماعة خطفت طفلين من بلدة القيارة أمس.", "القيارة"),
        ("اعتقال خمسة من المسلحين من مدينة الفلوجة خلال مداهمة.", "الفلوجة"),
    ],
)
def test_people_seized_from_a_place_were_seized_there(text, place):
    assert _roles(text)[place] == "event_location"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("اعتقلت الشرطة شخصين قادمين من مدينة الرمادي عند حاجز أمني.", "الرمادي"),
        ("خرج مئات المسلحين من مدينة الفلوجة بعد الاتفاق.", "الفلوجة"),
        ("اعتقلت الشرطة رجلا بعد أن فر من مدينة الرمادي.", "الرمادي"),
        ("احتجزت الشرطة رجلين بعد عبورهم من مدينة الفلوجة.", "الفلوجة"),
        ("حاولت الميليشيا اعتقال عناصرها الفارين من مدينة الفلوجة.", "الفلوجة"),
    ],
)
def test_coming_or_going_from_a_place_keeps_it_an_origin(text, place):
    assert _roles(text)[place] == "origin"


def test_people_seized_from_a_country_are_its_nationals():
    text = "وكان مسلحون قد خطفوا رجلا وامرأة من النرويج في صنعاء."
    assert _roles(text)["النرويج"] != "event_location"


def test_the_verb_of_abduction_reports_an_event():
    # "اختطف" (the verb, not only the noun "اختطاف") makes its sentence one where something
    # happens, so the place told in it is the scene
    text = "وقال المصدر إن تنظيم داعش اختطف طبيبين في مدينة الرمادي."
    assert _roles(text)["الرمادي"] == "event_location"
    text = "وقال المصدر إن وفد المنظمة التقى طبيبين في مدينة الرمادي."
    assert _roles(text)["الرمادي"] == "other"
