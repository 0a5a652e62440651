"""Statements about violence are not violent events (ACLED: code what happened on a day at a
place, not allegations, talks, reports or situations). Full pipeline on sentences written for
these tests: the topic of talks or a report (cues.yaml modality.topic), an accused or charged
act (accusation, charge), a span of weeks or more after the trigger, an older year ("عام
680"), an indefinite count of days since an earlier event (background) — and, for each, a real
event in the same frame that must stay."""

from __future__ import annotations

import pytest

import rasad

PUBLISHED = "2019-03-12"


def _types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=PUBLISHED)["events"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "وناقش الوزير مع نظيره الفرنسي في باريس الغارات الجوية على ريف إدلب.",
        "وبحث الجانبان خلال اللقاء الهجمات المتكررة على مواقع الجيش في محافظة الأنبار.",
        "ونشرت المنظمة تقريرا عن الاشتباكات في مدينة سرت الليبية.",
    ],
    ids=["discussed", "talks", "report-about"],
)
def test_the_topic_of_talks_or_a_report_is_no_event(sentence: str) -> None:
    assert _types(sentence) == []


def test_an_event_told_beside_talks_is_kept() -> None:
    text = (
        "وبحث الوزيران الوضع الأمني في بغداد، فيما قصفت الطائرات الحربية مواقع لتنظيم داعش "
        "في قضاء القائم اليوم الثلاثاء."
    )
    assert _types(text) == ["Air/drone strike"]


@pytest.mark.parametrize(
    "sentence",
    [
        "واتهمت الحكومة اليمنية الحوثيين بقصف الأحياء السكنية في مدينة تعز.",
        "ويتهم ناشطون قوات الأمن العراقية وهي تابعة لوزارة الداخلية بالاعتداء على المحتجين.",
        "وكانت الجمعية اتهمت المسلحين، في وقت سابق، بنهب أموال المصرف المركزي في طرابلس.",
    ],
    ids=["accused-of-shelling", "accused-of-assault", "accused-of-looting"],
)
def test_an_accused_act_without_a_day_is_no_event(sentence: str) -> None:
    assert _types(sentence) == []


def test_an_accused_act_with_its_own_day_is_kept() -> None:
    text = (
        "واتهمت الحكومة اليمنية الحوثيين بقصف حي سكني في مدينة تعز أمس ما أسفر عن مقتل "
        "أربعة مدنيين."
    )
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_a_charge_or_pretext_names_no_event_but_the_act_beside_it_stays() -> None:
    text = (
        "وأطلقت دبابة إسرائيلية اليوم الثلاثاء قذيفة على موقع لحركة حماس جنوب قطاع غزة بحجة "
        "تفجير عبوة ناسفة قرب السياج."
    )
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_an_arrest_on_a_charge_is_the_arrest_only() -> None:
    text = "واعتقلت الشرطة العراقية، اليوم الثلاثاء، ثلاثة مسلحين بتهمة تفجير سيارة مفخخة في بغداد."
    assert _types(text) == ["Arrests"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وشهد مخيم اليرموك أعمال عنف لعدة أسابيع دفعت سكانه إلى الفرار.",
        "وتعرضت بلدات ريف حماة لقصف مدفعي طوال الأشهر الماضية.",
        "وشهدت المدينة اشتباكات استمرت ثلاثة أشهر بين الجيش والمسلحين.",
    ],
    ids=["weeks", "months", "lasted-months"],
)
def test_violence_over_weeks_or_more_is_a_situation(sentence: str) -> None:
    assert _types(sentence) == []


def test_a_clash_that_lasted_hours_is_kept() -> None:
    text = "واندلعت اشتباكات عنيفة استمرت ساعات بين قوات النظام وفصائل المعارضة في ريف درعا اليوم."
    assert _types(text) == ["Armed clash"]


def test_a_battle_of_an_old_year_is_history() -> None:
    text = "ويعرض المسلسل معركة في كربلاء عام 680 ميلادية."
    assert _types(text) == []


def test_a_few_days_after_an_earlier_killing_is_background() -> None:
    text = (
        "وأعلنت الحكومة اليابانية الثلاثاء أنها ستقدم مساعدات لمالي، بعد بضعة أيام على مقتل "
        "عشرة يابانيين في عملية احتجاز رهائن في الجزائر."
    )
    assert _types(text) == []


def test_a_killing_on_a_named_day_is_kept() -> None:
    text = "وقتل عشرة أشخاص في هجوم مسلح على منشأة للغاز في الجزائر يوم الإثنين."
    assert _types(text) != []


def test_what_an_interview_sums_up_over_past_years_is_no_event() -> None:
    text = (
        "وقال الوزير في مقابلة مع الصحيفة إن الغارات الروسية دمرت المستشفيات في إدلب خلال "
        "السنوات الماضية."
    )
    assert _types(text) == []


def test_an_event_ranked_against_past_months_is_kept() -> None:
    text = "وشنت الطائرات الحربية غارة على بلدة سراقب اليوم الثلاثاء هي الأعنف خلال الأشهر الماضية."
    assert _types(text) == ["Air/drone strike"]


def test_a_tally_since_the_campaign_began_is_no_event() -> None:
    text = "وذكرت تركيا أن مئات المسلحين قتلوا أو اعتقلوا، منذ بدء العملية العسكرية في منطقة عفرين."
    assert _types(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وسقطت قذيفتان قرب القصر الرئاسي في دمشق اليوم الثلاثاء، للمرة الأولى منذ بدء النزاع.",
        "ودارت اليوم في حي جوبر واحدة من أعنف المعارك منذ اندلاع الحرب بين الجيش والفصائل.",
    ],
    ids=["first-time-since", "fiercest-since"],
)
def test_an_event_ranked_against_the_war_is_kept(sentence: str) -> None:
    assert _types(sentence) != []


def test_violence_inside_a_relative_clause_describes_the_noun() -> None:
    text = "ويواصل آلاف المدنيين الذين أنهكتهم المعارك والقصف فرارهم من الغوطة الشرقية."
    assert _types(text) == []


def test_a_relative_clause_with_its_own_day_is_kept() -> None:
    text = (
        "وفر آلاف المدنيين من بلدة حمورية التي قصفتها الطائرات الحربية اليوم الثلاثاء "
        "في الغوطة الشرقية."
    )
    assert _types(text) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "وقضت محكمة كويتية بإعدام رجل وزوجته بعد إدانتهما بقتل العاملة.",
        "وقضت محكمة أمن الدولة بالسجن عشرة أعوام على اثنين بعد إدانتهم بالتخطيط لتفجير سفارات.",
    ],
    ids=["death-sentence", "plot"],
)
def test_a_verdict_and_what_it_convicts_of_are_no_events(sentence: str) -> None:
    assert _types(sentence) == []


def test_a_described_state_of_control_is_no_capture() -> None:
    text = "ووصف الرئيس سيطرة بريطانيا على الجزر بأنها مخالفة للتاريخ."
    assert _types(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وتخشى تركيا، التي تدعم فصائل معارضة في إدلب، أن يؤدي هجوم شامل على المدينة إلى موجة نزوح.",
        "وحذر المرصد، الذي يتخذ من لندن مقرا له، من أن تشن قوات النظام هجوما على مدينة إدلب.",
        "وكان الجنود الفرنسيون يتوقعون استخدام الألغام في مواجهة القوات الفرنسية شمالي مالي.",
        "وأكد رئيس الوزراء أن إسرائيل مرغمة على مواجهة منظمات مسلحة في قطاع غزة.",
    ],
    ids=["feared", "warned", "expected", "obliged"],
)
def test_a_feared_expected_or_obliged_act_is_no_event(sentence: str) -> None:
    assert _types(sentence) == []


def test_an_attack_reported_after_inna_is_kept() -> None:
    text = "وقال المرصد، الذي يتخذ من لندن مقرا له، إن قوات النظام تشن هجوما على مدينة إدلب اليوم."
    assert _types(text) != []


def test_an_act_in_a_new_clause_after_a_warning_is_kept() -> None:
    text = (
        "وحذرت المنظمة من أن تشن القوات هجوما على المدينة، فيما قتل خمسة مدنيين في قصف "
        "مدفعي على بلدة معرة النعمان اليوم الثلاثاء."
    )
    assert "Shelling/artillery/missile attack" in _types(text)


def test_the_day_a_minister_speaks_does_not_date_a_strike_of_a_past_year() -> None:
    text = (
        "قال وزير المخابرات الإسرائيلي، الأربعاء، إن قصف إسرائيل عام 2007 للمفاعل النووي "
        "السوري رسالة إلى إيران."
    )
    assert _types(text) == []


def test_a_strike_told_after_a_dated_speech_frame_is_kept() -> None:
    text = "وقال المرصد، الأربعاء، إن الطائرات الحربية قصفت بلدة كفرنبل في ريف إدلب."
    assert _types(text) == ["Air/drone strike"]


def test_land_outside_someones_control_is_no_capture() -> None:
    text = (
        "وقصفت الطائرات الحربية السورية اليوم بلدة عرسال، فيما أعلن الائتلاف أن مقر الحكومة "
        "سيكون في الأراضي الخارجة عن سيطرة النظام."
    )
    assert _types(text) == ["Air/drone strike"]


def test_a_town_taken_outside_a_city_is_a_capture() -> None:
    text = "وسيطرت فصائل المعارضة اليوم على بلدة خارج مدينة حلب بعد اشتباكات مع قوات النظام."
    assert _types(text) == ["Non-state actor overtakes territory"]


def test_what_happens_every_day_is_habitual() -> None:
    text = "ولا يمر يوم في تعز إلا وتقصف ميليشيا الحوثي الأحياء السكنية بقذائف الهاون."
    assert _types(text) == []


def test_fighting_across_a_country_has_no_place_of_its_own() -> None:
    text = (
        "وتواصلت المعارك في أنحاء مختلفة من سوريا، فيما قصفت الطائرات الحربية بلدة عرسال "
        "اليوم الإثنين."
    )
    assert _types(text) == ["Air/drone strike"]
