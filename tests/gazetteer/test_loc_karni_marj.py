"""Places the index lacked, so their names went to namesakes far away: the Karni goods
crossing on the Gaza Strip's eastern border ("معبر كارني", also "معبر المنطار", not the Hebron
hamlet Al Muntar), the eastern Ghouta's Marj area ("المرج", not Libya's Al Marj) and Hudaydah's
Manzar area ("منطقة المنظر", not a Sadah village). The namesakes stay where the story is
theirs."""

from __future__ import annotations

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["mention"]: p for p in rasad.extract(text, published="2018-03-01")["places"]}


def test_the_karni_crossing_by_either_name():
    one = _places("أضرم شبان النار في آلية عسكرية قرب معبر كارني شرق القطاع.")
    two = _places("أصيب شاب برصاص الجنود قرب معبر المنطار شرق مدينة غزة.")
    assert one["معبر كارني"]["admin1"] == two["معبر المنطار"]["admin1"] == "Gaza Strip"


def test_the_hebron_hamlet_stays():
    places = _places("داهمت قوات الاحتلال قرية المنطار جنوب الخليل واعتقلت ثلاثة شبان.")
    assert places["المنطار"]["admin1"] == "West Bank"


def test_the_marj_of_the_ghouta():
    text = "اشتد القصف على منطقة المرج وبلدة الشيفونية في الغوطة الشرقية."
    assert _places(text)["المرج"]["admin1"] == "Rural Damascus"


def test_the_libyan_and_egyptian_marj_stay():
    assert _places("دخلت قوات الجيش مدينة المرج شرق بنغازي.")["المرج"]["country"] == "LY"
    cairo = _places("اعتقلت الشرطة ثلاثة عناصر في منطقة المرج بشرق القاهرة.")
    assert cairo["المرج"]["country"] == "EG"


def test_the_manzar_area_of_hudaydah():
    # "منطقة المنظر" south of Hudaydah airport, not the Sadah villages named المنظر; the bare
    # word ("the view") gains no place from it
    places = _places("تقدمت قوات المقاومة المشتركة في منطقة المنظر جنوب مطار الحديدة.")
    assert places["منطقة المنظر"]["admin1"] == "Al Hudaydah"
    assert abs(places["منطقة المنظر"]["lon"] - 42.97) < 0.1
    assert "المنظر" not in _places("قال شاهد إن المنظر كان مروعا في المدينة بعد القصف.")
