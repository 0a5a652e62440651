"""A toll one side claims that another side answers with no dead at all.

"قال متمردون إنهم قتلوا أكثر من 200 جندي، لكن الحكومة قالت إن قواتها منيت فقط بعدد من
الإصابات": two reports of the same event, one with 200 dead and one with injuries only. ACLED
codes the most conservative reported number of deaths, and injuries are no deaths: 0.
"""

from __future__ import annotations

import regex

from rasad.events.context import DocContext

# a rival report opens with a contrast after the claimed figure and a word of saying or
# denying a few words on ("لكن الحكومة قالت", "بينما نفى الجيش"): a contrast with no report
# ("قتل ثلاثة، بينما اقتصرت أضرار الانفجار الثاني على إصابة أربعة") tells more of the facts
_CONTRAST_RE = regex.compile(
    r"(?<!\S)(?:و?لكن|لكنه|لكنها|غير\s+ان|الا\s+ان|بينما|في\s+حين)\s+(?:\S+\s+){0,3}?"
    r"(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اشار|اشارت|يقول|تقول|يؤكد|تؤكد"
    r"|نفي|نفت|ينفي|تنفي|نفوا)(?!\S)"
)
_HURT = r"(?:ال)?(?:اصابات|اصابه|جرحي|جروح|الجرحي)(?!\p{L})"
# what the rival report says: deaths denied, or the side's losses were injuries only
_NO_DEAD_RE = regex.compile(
    # "نفى سقوط قتلى في صفوفه", "نفت وقوع أي خسائر بشرية"
    r"(?<!\S)(?:نفي|نفت|ينفي|تنفي|نفوا)\s+(?:\S+\s+){0,3}?(?:سقوط|وقوع|وجود)\s+(?:اي\s+)?"
    r"(?:قتلي|ضحايا|خساير\s+بشريه|خساير\s+في\s+الارواح)(?!\p{L})"
    # "منيت فقط بعدد من الإصابات", "أصيب فقط بعض الجنود" is not a count of hurt: the noun
    r"|(?<!\S)فقط\s+(?:\S+\s+){0,3}?" + _HURT
    # "اقتصرت الخسائر على إصابة عدد من الجنود"
    + r"|(?<!\S)(?:اقتصر|اقتصرت|تقتصر|يقتصر)\s+(?:\S+\s+){0,2}?علي\s+(?:\S+\s+){0,2}?" + _HURT
    # "لم تتكبد سوى بعض الإصابات"
    + r"|(?<!\S)(?:لم|لا)\s+\S+\s+(?:\S+\s+){0,2}?سوي\s+(?:\S+\s+){0,2}?" + _HURT
)


def rival_no_dead(ctx: DocContext, first_figure: int, end: int) -> bool:
    """After the first death figure and before ``end`` (the end of the event's death
    statements), a contrast clause whose report counts no dead: a rival report of the same
    event. A rival in a later sentence is not read: it may tell another day's losses."""
    if end <= first_figure:
        return False
    text = ctx.norm_of(first_figure, end)
    contrast = _CONTRAST_RE.search(text)
    return contrast is not None and _NO_DEAD_RE.search(text, contrast.start()) is not None
