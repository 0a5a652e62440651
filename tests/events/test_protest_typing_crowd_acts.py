"""Sub-types of demonstrations, from a fourteenth-session audit of fresh news: a state voicing its
protest is diplomacy, no crowd; a crowd that throws stones, storms buildings or clashes with the
police is a violent demonstration (ACLED), whether or not it was dispersed; players protesting a
referee's call are no demonstration."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return sorted(e["sub_event_type"] for e in rasad.extract(text, published=published)["events"])


# ---- a state's protest, voiced ----------------------------------------------------------------
def test_a_state_moved_to_voice_its_protest_is_no_demonstration() -> None:
    text = (
        "وسقطت قذائف على بلدة حدودية أمس، وهو ما دفع الحكومة الأردنية للتعبير عن احتجاجها "
        "على مقتل عشرة أشخاص."
    )
    assert "Peaceful protest" not in _subs(text)
    assert "Excessive force against protesters" not in _subs(text)


def test_a_crowd_voicing_its_protest_by_marching_is_still_a_protest() -> None:
    text = "وتظاهر مئات العمال أمس في مدينة الموصل للتعبير عن احتجاجهم على تأخر الرواتب."
    assert _subs(text) == ["Peaceful protest"]


# ---- the crowd's own violence: a violent demonstration ------------------------------------------
def test_clashes_of_protesters_with_police_are_a_violent_demonstration() -> None:
    text = "وشهدت مدينة البصرة أمس صدامات بين محتجين وقوات الأمن."
    assert _subs(text) == ["Violent demonstration"]


def test_clashes_where_youths_threw_stones_are_a_riot_not_a_battle() -> None:
    text = (
        "وقال شهود إن اشتباكات اندلعت أمس في بلدة بيت أمر حيث قام الشبان بإلقاء الحجارة "
        "على الجنود الإسرائيليين."
    )
    assert _subs(text) == ["Violent demonstration"]


def test_petrol_bombs_named_alone_make_the_dispersed_crowd_riot() -> None:
    text = (
        "وألقى المحتجون المولوتوف والحجارة على عربات الشرطة، ما دفع الشرطة إلى استخدام "
        "الغاز المسيل للدموع لتفريق المتظاهرين في مدينة ديار بكر أمس."
    )
    assert _subs(text) == ["Violent demonstration"]


def test_demonstrators_who_attacked_a_building_are_rioters_though_dispersed() -> None:
    text = "وأطلقت الشرطة قنابل الغاز لتفريق متظاهرين هاجموا مقر المحافظة في مدينة قفصة أمس."
    assert _subs(text) == ["Violent demonstration"]


def test_a_decision_that_sparked_protests_says_nothing_of_violence() -> None:
    text = "وأشعلت زيادة أسعار الوقود احتجاجات في مدينة إربد أمس."
    assert _subs(text) == ["Peaceful protest"]


def test_fighting_between_armed_groups_stays_a_battle() -> None:
    text = "واندلعت اشتباكات عنيفة أمس بين الجيش العراقي ومسلحي داعش في قضاء الحويجة."
    assert _subs(text) == ["Armed clash"]


def test_clashes_said_not_to_have_happened_leave_the_protest_peaceful() -> None:
    text = (
        "وتظاهر مئات المحتجين أمس أمام مبنى المحافظة "
        "في البصرة ولم تسجل مواجهات بين الشرطة والمحتجين."
    )
    assert "Violent demonstration" not in _subs(text)


def test_clashes_the_crowd_demands_an_end_to_are_not_its_own() -> None:
    text = (
        "ونظم المعلمون وقفة احتجاجية أمس أمام مبنى المحافظة في مدينة الحلة مطالبين الحكومة "
        "بوقف مواجهات قوات الأمن مع الأهالي في المدن الأخرى."
    )
    assert _subs(text) == ["Peaceful protest"]


# ---- players protesting a referee's call --------------------------------------------------------
def test_players_protesting_a_penalty_are_no_demonstration() -> None:
    text = (
        "واحتسب الحكم ركلة جزاء في الدقيقة الأخيرة أثارت احتجاجات لاعبي الفريق الضيف في الرياض أمس."
    )
    assert _subs(text) == []


def test_former_players_marching_to_the_federation_are_a_protest() -> None:
    text = "وتظاهر لاعبو المنتخب السابقون أمس أمام مقر الاتحاد في عمان للمطالبة بمستحقاتهم."
    assert _subs(text) == ["Peaceful protest"]


# ---- fire opened towards the crowd --------------------------------------------------------------
def test_soldiers_firing_towards_demonstrators_is_excessive_force() -> None:
    text = "وأطلق الجنود النار باتجاه متظاهرين قرب السياج الحدودي شرق مدينة خان يونس أمس."
    assert _subs(text) == ["Excessive force against protesters"]


def test_police_firing_towards_protesters_is_excessive_force() -> None:
    text = "وأطلقت الشرطة النار صوب المحتجين أمام مبنى مجلس المحافظة في الناصرية أمس."
    assert _subs(text) == ["Excessive force against protesters"]


# ---- the crowd arrested: the demonstration's intervention ----------------------------------------
def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    events = rasad.extract(text, published="2016-05-03")["events"]
    return [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events]


def test_police_arresting_dozens_of_demonstrators_is_a_protest_with_intervention() -> None:
    text = "واعتقلت الشرطة أمس عشرات المتظاهرين الذين تجمعوا أمام مبنى البرلمان في عمان."
    rows = _rows(text)
    assert [r[0] for r in rows] == ["Protest with intervention"]
    assert rows[0][1].startswith("Protesters")
    assert rows[0][2].startswith("Police Forces")


def test_arresting_a_man_at_home_stays_an_arrest() -> None:
    text = "واعتقلت قوات الأمن أمس ناشطا معارضا في منزله بحي الكرادة في بغداد."
    assert [r[0] for r in _rows(text)] == ["Arrests"]
