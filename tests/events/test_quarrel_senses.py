"""Fight and attack words in a quarrel of words, votes or courts are no armed clash (ACLED: two
organised armed groups fighting): "معركة انتخابية", "هجوما حادا على الوزير", "تبادلا الهجوم
والاتهامات"; and "بمواجهة X" / "في مواجهتها" are the preposition "facing, against"."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2016-05-12") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in _events(text)]


def test_a_sharp_attack_in_words_is_no_event() -> None:
    text = "شن قائد الجيش الليبي خليفة حفتر، الخميس، هجوما حادا على حكومة الوفاق في بنغازي."
    assert _types(text) == []


def test_an_attack_in_the_media_is_no_event() -> None:
    text = "شنت حركة حماس، الخميس، هجوما إعلاميا على السلطة الفلسطينية في مدينة غزة."
    assert _types(text) == []


def test_an_exchange_of_attacks_and_accusations_is_no_clash() -> None:
    text = (
        "شهدت مدينة رام الله، الخميس، تراشقات حادة بين حركتي فتح وحماس تبادلت فيها قيادات "
        "من الحركتين الهجوم العنيف والاتهامات بتعطيل المصالحة."
    )
    assert _types(text) == []


def test_a_political_battle_or_a_war_of_words_is_no_clash() -> None:
    text = "تشهد محافظة البصرة، الخميس، معركة سياسية بين الأحزاب الشيعية على منصب المحافظ."
    assert _types(text) == []
    text = "اندلعت الخميس مواجهة كلامية بين قادة الفصائل المسلحة في مدينة البصرة."
    assert _types(text) == []


def test_a_stand_against_the_presidency_is_no_clash() -> None:
    text = "صعّد حزب النور السلفي، الخميس، مواقفه بمواجهة الرئاسة في القاهرة بعد إقالة ممثله."
    assert _types(text) == []


def test_facing_a_fire_named_by_a_pronoun_is_no_clash() -> None:
    text = (
        "أعلنت السلطات، الخميس، حالة الطوارئ في ولاية كاليفورنيا لنقل الموارد إلى المناطق "
        "التي تنتشر بها حرائق الغابات للمعاونة في مواجهتها."
    )
    assert _types(text) == []


def test_an_armed_attack_and_a_confrontation_with_armed_men_stay() -> None:
    text = (
        "شن مسلحون هجوما عنيفا على حاجز للجيش العراقي في قرية البوعيثة جنوب بغداد، الخميس، "
        "ما أدى إلى مقتل جنديين."
    )
    assert "Armed clash" in _types(text)
    text = "قتل ثلاثة جنود عراقيين في مواجهتهم مع مسلحي تنظيم داعش في قرية البوعيثة، الخميس."
    assert "Armed clash" in _types(text)


def test_clashes_amid_mutual_accusations_stay_a_clash() -> None:
    text = (
        "اندلعت اشتباكات بين الجيش اليمني والحوثيين وسط اتهامات متبادلة بخرق الهدنة في "
        "مديرية حيس، الخميس."
    )
    assert "Armed clash" in _types(text)
