"""Wrong-type and no-event classes from a fifth audit of fresh news (40 unseen articles, 10 of
them statements and politics): a weapons store destroyed by a strike, a defusing only tried, a
deal pointed back to, a site's keyword footer, what a place "witnesses" with no day, a mine
caving in, a necessity, and a valley named like an act."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2016-05-03") -> list[tuple[str, str]]:
    return [
        (e["sub_event_type"], e["evidence"]["text"])
        for e in rasad.extract(text, published=published)["events"]
    ]


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [sub for sub, _ in _rows(text, published)]


# ---- weapons stores and defusing ---------------------------------------------------------------
def test_a_weapons_store_destroyed_by_strikes_is_no_seized_cache() -> None:
    text = "دمرت طائرات التحالف مساء الأحد ثلاثة مواقع ومستودع أسلحة لتنظيم داعش قرب مدينة الرقة."
    assert "Disrupted weapons use" not in _subs(text)


def test_a_weapons_store_seized_is_still_a_disrupted_weapon() -> None:
    text = "ضبطت قوات الأمن العراقية الثلاثاء مستودع أسلحة لتنظيم داعش في مدينة الفلوجة."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_mine_that_kills_those_trying_to_defuse_it_is_an_explosion() -> None:
    text = "قتل جنديان يمنيان الخميس أثناء محاولتهما إبطال مفعول لغم في مديرية حيس."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_mine_defused_is_still_a_disrupted_weapon() -> None:
    text = "تمكن فريق هندسي من إبطال مفعول عبوة ناسفة في مدينة الموصل الأحد."
    assert _subs(text) == ["Disrupted weapons use"]


# ---- a deal pointed back to --------------------------------------------------------------------
def test_a_truce_pointed_back_to_is_no_new_agreement() -> None:
    text = (
        "وبحسب هذه الهدنة التي تمت برعاية أممية، فتحت الحكومة المعابر أمام المساعدات في "
        "مدينة تعز."
    )
    assert "Agreement" not in _subs(text)


def test_a_truce_signed_is_still_an_agreement() -> None:
    text = "ووقعت الفصائل المسلحة اتفاق هدنة مع قوات النظام السوري في مدينة دوما الثلاثاء."
    assert _subs(text) == ["Agreement"]


# ---- a keyword footer --------------------------------------------------------------------------
def test_a_keyword_footer_makes_no_clash() -> None:
    text = (
        "اندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة تعز الأحد. "
        "سمات اشتباكات تعز عدن الحوثي"
    )
    rows = _rows(text)
    assert [sub for sub, _ in rows] == ["Armed clash"]
    assert not any(ev.startswith("سمات") for _, ev in rows)


# ---- what a place "witnesses", with no day ----------------------------------------------------
def test_protests_a_country_witnesses_with_no_day_are_a_situation() -> None:
    text = (
        "وصل وفد حكومي إلى مدينة عدن لبحث مطالب المحتجين.\n"
        "يذكر أن اليمن يشهد أزمة سياسية أدت إلى خروج مظاهرات شعبية في محافظات عدن ولحج وأبين."
    )
    assert "Peaceful protest" not in _subs(text)


def test_clashes_a_city_witnesses_with_no_day_are_a_situation() -> None:
    assert _subs("وتشهد مدينة تعز اشتباكات متقطعة بين الجيش والحوثيين.") == []


def test_clashes_a_city_witnesses_today_are_an_event() -> None:
    text = "وتشهد مدينة تعز منذ صباح اليوم اشتباكات عنيفة بين الجيش والحوثيين."
    assert _subs(text) == ["Armed clash"]


def test_deaths_of_clashes_a_region_witnesses_make_no_attack() -> None:
    text = (
        "وتشهد المناطق الجبلية شمال البلاد منذ صيف عام 2014 اشتباكات وعمليات مسلحة بين "
        "الجيش التركي ومسلحي حزب العمال الكردستاني، أسفرت عن مقتل وإصابة المئات."
    )
    assert _subs(text) == []


# ---- a mine caving in ------------------------------------------------------------------------
def test_workers_killed_when_mine_wells_cave_in_make_no_attack() -> None:
    text = (
        "لقي 15 عاملا مصرعهم أمس الأحد إثر انهيار عدة آبار بمنجم للذهب في ولاية نهر النيل "
        "السودانية."
    )
    assert _subs(text, "2014-03-03") == []


def test_workers_killed_in_an_armed_attack_on_a_mine_still_make_an_attack() -> None:
    text = "قتل ثلاثة عمال الأحد في هجوم مسلح على منجم للذهب في ولاية شمال دارفور."
    assert _subs(text, "2014-03-03") == ["Attack"]


# ---- a necessity -------------------------------------------------------------------------------
def test_a_withdrawal_agreed_as_a_necessity_is_no_change_of_activity() -> None:
    text = (
        "واتفق وزيرا الدفاع خلال لقائهما في موسكو الثلاثاء على ضرورة انسحاب الميليشيات "
        "الموالية لإيران من جنوب سوريا."
    )
    assert _subs(text, "2018-06-01") == []


# ---- a place named like an act -----------------------------------------------------------------
def test_a_valley_named_like_robbery_is_no_looting() -> None:
    text = "قطعت القوات الحكومية الخميس خط الإمداد القادم إلى وادي سلبة شرق مدينة صعدة."
    assert "Looting/property destruction" not in _subs(text, "2018-06-01")


def test_shops_looted_are_still_looting() -> None:
    text = "نهب مسلحون مجهولون الخميس محلات تجارية في مدينة صعدة."
    assert _subs(text, "2018-06-01") == ["Looting/property destruction"]
