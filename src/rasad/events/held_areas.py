"""Who holds an area is no situation with dead of its own.

A sentence's death words after a situation told without a day ("وتشهد المناطق الحدودية
اشتباكات … أسفرت عن مقتل المئات") are that situation's toll, not an act's. Territorial control
told as a state ("منطقة خاضعة لسيطرة التنظيم", "الأحياء الواقعة تحت سيطرة المعارضة", "تسيطر
القوات على المدينة") only describes a place: nobody dies of it, so the deaths told after it
("استهدفت غارة منطقة خاضعة لسيطرة التنظيم مما أدى لمقتل 54") stay the act's of the sentence.
"""

from __future__ import annotations

from rasad.events.lexicon import TriggerDef


def held_area(tdef: TriggerDef, status: str) -> bool:
    """The trigger tells who holds a place (a territorial word read as a state), not an act or
    a situation that kills."""
    # "enter" is territorial too, but read as a state ("التدخل الدولي") it is no control
    return status == "stative" and tdef.id == "takeover"
