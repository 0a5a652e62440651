"""Words of violence in another sense, from a tenth-session audit of fresh news: a container
("عبوة حليب"), a prize snatched ("خطف الأضواء"), grenades found or of tear gas, weapons supplied
rather than fired, and a match report whose sentence has one sports word."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


# ---- "عبوة": a container first ------------------------------------------------------------------
def test_milk_bottles_handed_out_are_no_bomb() -> None:
    text = "ووزعت جمعية خيرية أمس 900 عبوة حليب على الأطفال في مخيم الزعتري بالأردن."
    assert _subs(text) == []


def test_water_bottles_are_no_bombs() -> None:
    assert _subs("وقدم المتطوعون عبوات المياه للنازحين في مدينة الرمادي أمس.") == []


def test_an_explosive_device_is_still_a_bomb() -> None:
    text = "وانفجرت عبوة ناسفة أمس قرب سوق شعبي في مدينة الرمادي."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


# ---- "خطف" a prize ------------------------------------------------------------------------------
def test_stealing_the_show_is_no_abduction() -> None:
    text = "وخطف الممثل الشاب الأضواء أمس في حفل افتتاح المهرجان بمدينة القاهرة."
    assert _subs(text) == []


def test_snatching_a_win_is_no_abduction() -> None:
    assert _subs("وتمكن الفريق الضيف من خطف الفوز أمس في مدينة الإسكندرية.") == []


def test_snatching_the_top_of_a_group_is_no_abduction() -> None:
    # the prize named by the word after it, without the article ("صدارة المجموعة")
    text = "وخطف النادي الأهلي صدارة المجموعة الثانية أمس بعد فوزه في مدينة جدة."
    assert _subs(text) == []


def test_a_snatched_bag_is_a_theft_not_an_abduction() -> None:
    text = "وانقض القرد على المرأة وخطف حقيبتها أمس في معبد بمدينة فريندافان."
    assert _subs(text) == []


def test_a_phone_snatched_by_a_thief_is_no_abduction() -> None:
    # the doer stands between the verb and the phone
    assert _subs("وخطف لص هاتفها من يدها أمس في شارع بمدينة القاهرة.") == []


def test_monkeys_snatching_food_take_no_one() -> None:
    text = "وتخطف القرود الأغذية من الزوار أمس في معبد بمدينة فريندافان."
    assert _subs(text) == []


def test_a_kidnapped_journalist_is_still_an_abduction() -> None:
    text = "وخطف مسلحون مجهولون صحفيا أمس في مدينة بنغازي."
    assert _subs(text) == ["Abduction/forced disappearance"]


# ---- grenades not thrown
def test_grenades_found_in_raids_are_a_seized_cache() -> None:
    text = "وعثرت الشرطة على بنادق وقنابل يدوية في مداهمات بمدينة مرسيليا أمس."
    assert "Grenade" not in _subs(text)


def test_a_tear_gas_grenade_is_no_grenade_attack() -> None:
    text = "وأرسل المحامون قنبلة يدوية مسيلة للدموع عثر عليها في الموقع إلى مختبر في لندن."
    assert _subs(text) == []


def test_a_grenade_thrown_is_still_a_grenade_attack() -> None:
    text = "وألقى مجهول قنبلة يدوية على مركز للشرطة في مدينة بنغازي أمس."
    assert _subs(text) == ["Grenade"]


# ---- weapons supplied
def test_a_seized_shipment_of_rockets_is_no_shelling() -> None:
    text = "وضبطت القوات شحنة صواريخ معدة للإطلاق على المدن في ميناء الحديدة أمس."
    assert "Shelling/artillery/missile attack" not in _subs(text)


def test_shells_fired_on_a_town_are_still_shelling() -> None:
    text = "وسقطت قذائف هاون أمس على حي سكني في مدينة تعز."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


# ---- a match report ------------------------------------------------------------------------------
_MATCH = (
    "حسم الفريق المواجهة الأكثر أهمية هذا الموسم في الدوري أمس في مدينة مدريد.\n"
    "وسيطر الفريق على الشوط الأول، وسجل اللاعب هدف المباراة من ركلة حرة.\n"
    "ولم يظهر لاعبو الضيف الرغبة الكافية، فيما احتفل الجمهور في الملعب."
)


def test_a_showdown_in_a_match_report_is_no_clash() -> None:
    assert _subs(_MATCH) == []


def test_a_player_snatched_by_a_club_is_no_abduction() -> None:
    text = (
        "وخطف يوفنتوس رونالدو من ريال مدريد أمس، في ظل رغبة اللاعب بزيادة راتبه وتألقه في "
        "المباراة الأخيرة."
    )
    assert _subs(text) == []


def test_a_draw_snatched_in_stoppage_time_is_no_abduction() -> None:
    # "أحرز هدفا" and "الوقت المحتسب بدل الضائع" are words of a match
    text = (
        "وأحرز ستيف ديفيز هدفا في الوقت المحتسب بدل الضائع ليخطف روتشديل تعادلا مستحقا مع "
        "توتنهام أمس في لندن."
    )
    assert _subs(text) == []


def test_a_goal_scored_makes_control_of_the_game_no_capture() -> None:
    text = (
        "وفرض القادسية سيطرته ونجح مهاجمه بتسجيل الهدف الثاني عند الدقيقة 62 بعدما أكمل "
        "تمريرة مواطنه في الدمام."
    )
    assert _subs(text) == []


def test_the_star_of_a_teams_attack_is_no_attack() -> None:
    text = "أعلن نجم الهجوم الأسترالي تيم كاهيل أمس اعتزال اللعب الدولي بعد مسيرة استمرت 14 عاما."
    assert _subs(text) == []


def test_an_attack_by_gunmen_is_still_an_event() -> None:
    assert _subs("وشن مسلحون هجوما على نقطة تفتيش أمس في مدينة العريش.") != []


def test_gunmen_kidnapping_a_national_player_is_an_abduction() -> None:
    text = "وخطف مسلحون لاعب المنتخب الليبي أمس في مدينة طرابلس."
    assert _subs(text) == ["Abduction/forced disappearance"]


# ---- a car bomb stopped before it went off ----------------------------------------------------
def test_a_car_bomb_prepared_for_detonation_and_defused_is_one_disrupted_weapon() -> None:
    text = "وفككت قوات الأمن سيارة مفخخة كانت معدة للتفجير في مدينة كركوك أمس."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_vehicle_destroyed_by_a_roadside_bomb_is_still_an_explosion() -> None:
    text = "وقتل جنديان أمس في تدمير آلية عسكرية بعبوة ناسفة على طريق في مدينة الرمادي."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_foiled_car_bomb_attack_is_a_disrupted_weapon() -> None:
    assert _subs("وأحبطت القوات العراقية هجوما بسيارة مفخخة في الموصل أمس.") == [
        "Disrupted weapons use"
    ]


def test_a_car_bomb_that_went_off_is_still_an_explosion() -> None:
    text = "وقتل خمسة أشخاص في تفجير سيارة مفخخة في الموصل أمس."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


# ---- a bare "عبوة" needs a word of bombs near it
def test_opening_the_package_of_a_medicine_is_no_bomb() -> None:
    text = "وللأدوية تاريخ صلاحية قبل فتح العبوة وتاريخ آخر بعد فتحها في الكويت."
    assert _subs(text) == []


def test_coffee_sold_in_packages_is_no_bomb() -> None:
    assert _subs("ومن الأفضل أن تشتري عبوة للقهوة المطحونة من السوق في لندن.") == []


def test_a_bare_device_that_went_off_is_still_a_bomb() -> None:
    text = "وانفجرت عبوة أمس قرب دورية للشرطة في مدينة الرمادي."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_soldier_killed_by_a_planted_device_is_still_a_bomb() -> None:
    text = "وقتل جندي عراقي أمس بعبوة زرعها مسلحون على طريق في مدينة الرمادي."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_an_actor_snatching_an_award_is_no_abduction() -> None:
    text = "وخطف الممثل البريطاني جائزة أفضل ممثل في حفل الأوسكار مساء الأحد في لوس أنجلوس."
    assert _subs(text) == []


def test_a_singer_taken_by_death_is_no_abduction() -> None:
    text = "ورحلت الفنانة المغربية التي خطفها الموت مساء أمس إثر أزمة قلبية في دبي."
    assert _subs(text) == []


# ---- an article on film, television and the arts
_SERIES = (
    "ويعود الفنان إلى الشاشة هذا العام من خلال مسلسل جديد يشارك في بطولته عدد من النجوم.\n"
    "وقالت المخرجة إن الممثلة لم ترشح للدور، وإن فنانة أخرى قامت بخطف دورها في المسلسل.\n"
    "وفي الحلقة الأولى ينجو البطل من محاولة اغتيال يقتل فيها صديقه في القاهرة."
)


def test_a_role_snatched_in_a_television_series_is_no_abduction() -> None:
    assert _subs(_SERIES) == []


def test_an_actor_killed_in_a_bombing_told_in_the_lead_is_still_an_event() -> None:
    text = (
        "قتل الممثل السوري المعروف أمس بانفجار سيارة مفخخة في حي المزة بدمشق.\n"
        "واشتهر الممثل بأدواره في مسلسل تاريخي وفي عدد من الأفلام، وشارك في مهرجان دمشق."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]


# ---- a state's protest, a burst of laughter
def test_a_protest_conveyed_by_an_ambassador_is_diplomacy() -> None:
    text = "وطلبت الخارجية من السفير العراقي في طهران أمس نقل احتجاج إيران الشديد إلى حكومة بلاده."
    assert _subs(text) == []


def test_a_protest_announced_in_a_ministry_statement_is_diplomacy() -> None:
    text = "وأصدرت وزارة الخارجية الروسية أمس بيانا أعلنت فيه احتجاجها الحاسم على تفتيش الطائرة."
    assert _subs(text) == []


def test_students_demonstrating_are_still_a_protest() -> None:
    text = "وتظاهر مئات الطلاب أمس في مدينة البصرة احتجاجا على نقص الخدمات."
    assert _subs(text) == ["Peaceful protest"]


def test_soldiers_bursting_out_laughing_is_no_explosion() -> None:
    text = "وظهر في الفيديو الذي نشر أمس في الخليل جنود انفجر أحدهم وزملاؤه من الضحك فرحا."
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_fit_of_laughter_is_no_explosion() -> None:
    text = "وكان حزينا حتى عندما انفجر في نوبة ضحك في منزله بالقاهرة أمس."
    assert _subs(text) == []


def test_springing_a_surprise_is_no_bombing() -> None:
    text = "وقال مدافع منتخب أوروغواي إن المنتخب السعودي يمكنه تفجير المفاجأة في مدينة موسكو."
    assert _subs(text) == []


def test_a_scandal_breaking_is_no_explosion() -> None:
    text = "ووقعت الفضيحة في مدينة سوتشي ثم انفجرت الفضيحة بعدها بعام في موسكو."
    assert _subs(text) == []


def test_a_car_bomb_is_still_a_bombing() -> None:
    text = "وقتل ثلاثة أشخاص أمس في تفجير سيارة مفخخة في مدينة الموصل."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


# ---- an air crash -----------------------------------------------------------------------------
def test_the_dead_of_a_plane_crash_are_no_attack() -> None:
    text = (
        "وقالت الحكومة، مساء السبت، إنها ستحقق في حادث تحطم الطائرة يوم الجمعة الماضي في "
        "كوبا، والذي أسفر عن مقتل 110 أشخاص."
    )
    assert _subs(text, "2018-05-20") == []


def test_a_crisis_that_exploded_last_year_is_no_explosion() -> None:
    text = "وكانت الأزمة في مالي قد انفجرت العام الماضي عندما أعلن المتمردون تمردا في الشمال."
    assert _subs(text, "2013-02-04") == []


def test_an_explosion_after_a_crisis_word_far_off_is_still_an_explosion() -> None:
    text = "وفي ظل الأزمة السياسية المستمرة في البلاد، انفجرت عبوة ناسفة أمس في سوق بغداد."
    assert _subs(text, "2013-02-04") == ["Remote explosive/landmine/IED"]


# ---- a cup tie named with the stadium's loanword -------------------------------------------------
_CUP_PREVIEW = (
    "يستضيف الوحدة نظيره الفيصلي مساء السبت في الدور نصف النهائي لكأس الأردن.\n"
    "ويدخل الفريقان المباراة بعد فوزين كبيرين في الدوري، ويغيب عن الوحدة ثلاثة لاعبين.\n"
    "ويلتقي الفائز من هذه المواجهة الفائز من مواجهة الرمثا والجزيرة التي تقام الأحد على "
    "ستاد مدينة الحسن في إربد."
)


def test_a_tie_between_clubs_at_a_stadium_is_no_armed_clash() -> None:
    assert _subs(_CUP_PREVIEW, published="2019-04-11") == []


def test_a_bomb_outside_a_stadium_is_still_a_bomb() -> None:
    text = "وانفجرت عبوة ناسفة أمس أمام ستاد المدينة في بعقوبة ما أدى إلى مقتل شخصين."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
