"""A deal word that names a treaty broken or a norm ("بانتهاك اتفاق الهدنة", "مخالف لاتفاقية
جنيف") or a surrender that describes who men are ("المسلحين الذين استسلموا في معارك …") tells
no Agreement made; a deal signed or men surrendering as the news stays one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-19") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_accused_of_breaching_the_truce_is_no_agreement() -> None:
    text = "واتهمت الحكومة المتمردين الأحد بانتهاك اتفاق الهدنة الذي أعلن في المدينة."
    assert "Agreement" not in _subs(text)


def test_a_deal_signed_stays_an_agreement() -> None:
    text = (
        "وأعلنت الحكومة والمتمردون الأحد توقيع اتفاق لوقف إطلاق النار في المدينة برعاية "
        "الأمم المتحدة."
    )
    assert _subs(text) == ["Agreement"]


def test_men_surrendering_as_the_news_stay_an_agreement() -> None:
    text = "وأعلن الجيش الأحد أن عشرات المسلحين استسلموا في المدينة وسلموا أسلحتهم."
    assert _subs(text) == ["Agreement"]


def test_a_convention_named_as_the_norm_broken_is_no_agreement() -> None:
    text = (
        "وكان التحالف أعلن الثلاثاء أن ميليشيا الحوثي تقصف منازل المدنيين في الحديدة، وأكد أن "
        "اعتداء الميليشيات على المدنيين مخالف لاتفاقية جنيف الرابعة المتعلقة بحماية المدنيين."
    )
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_captives_described_by_a_past_surrender_tell_no_agreement() -> None:
    text = (
        "وقالت المصادر الثلاثاء إن ذلك أكده عدد من الأسرى الذين استسلموا في معارك الحديدة "
        "الاثنين الماضي."
    )
    assert "Agreement" not in _subs(text)
