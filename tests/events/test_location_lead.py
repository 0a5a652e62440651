"""An event told in the article's lead with no place: the scene the next sentences tell."""

from __future__ import annotations

import rasad

_LATER = (
    " وكانت مدينة معرة النعمان قد تعرضت لقصف مدفعي مكثف يوم السبت الماضي، وقصفت المدفعية"
    " معرة النعمان مجددا يوم الأحد."
)


def _lead_location(text: str) -> str | None:
    events = rasad.extract(text, published="2018-05-07")["events"]
    return next(e["location"] for e in events if e["evidence"]["start"] == 0)


def test_an_unplaced_lead_takes_the_town_the_next_sentence_tells_as_its_scene():
    text = (
        "قتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية صباح اليوم الاثنين. "
        "وقال الدفاع المدني إن فرقه انتشلت جثث القتلى في بلدة سراقب بريف إدلب." + _LATER
    )
    # not the town the article names most, where earlier shelling fell
    assert _lead_location(text) == "Saraqib"


def test_a_town_told_only_as_a_reference_after_the_lead_is_not_taken():
    text = (
        "قتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية صباح اليوم الاثنين. "
        "وقال مسؤول في محافظة حماة إن المسعفين نقلوا الجرحى." + _LATER
    )
    assert _lead_location(text) != "Hama"


def test_a_town_of_another_country_after_the_lead_is_an_aside_not_the_scene():
    text = (
        "قال الجيش الأمريكي أمس الجمعة إن غارة جوية في أفغانستان قتلت قياديا كبيرا بتنظيم"
        " القاعدة. وأضاف أن الغارة استهدفت القيادي أبو خالد وأنه قتل في ضربة وقعت في 11 يوليو"
        " في منطقة برمال بإقليم بكتيكا. وأوضح أن القيادي كان مسؤولا عن العمليات الانتحارية"
        " والتفجيرية للتنظيم. وقال الجيش لصحفيين يرافقون وزير الدفاع في زيارته لأربيل إن"
        " الضربة هي أحدث الضربات الأمريكية في أفغانستان."
    )
    events = rasad.extract(text, published="2015-07-25")["events"]
    # the scene is Afghanistan (the strike's province, Paktika, is now known), never Erbil
    assert {e["country"] for e in events} == {"Afghanistan"}
