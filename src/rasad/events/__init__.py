"""Events: Arabic conflict reporting → ACLED-style events and aggregate claims.

The stage is ``rasad.events.stage:Events`` (name "events"). It reads the tokens and sentences
layers and, when present, places, actors, dates and numbers; a missing layer means no
information of that kind. It writes ``doc.events``, ``doc.claims`` and a "triggers" layer
(label TRIGGER, value ``TriggerHit`` with the final type and a ``status`` saying why a trigger did
or did not become an event: event, negated, irrealis, stative, ended, generic, question, total,
history, no_context, in_name, other_sense, accident, byline, subsidiary, denial).

How it reads an article (modules in brackets):

1. Triggers [lexicon]: ``resources/triggers.yaml`` lists words and phrases per ACLED
   sub-event type; verbs are expanded to their inflected forms, nouns to possessive, dual and
   accusative forms; matching is on normalised text with proclitics (و ف ب ل ك ال لل) allowed and
   the future prefix س not. Cue words (negation, plans, denial, sources, victims, totals…) live
   in ``resources/cues.yaml``.
2. Context [stage]: a trigger is dropped when negated, planned/threatened/called for, a state
   ("الذي تسيطر عليه"), a question, generic, inside a name, part of a total over a period, or
   dated more than ``max_age_days`` (14) before publication. Earlier events told as background
   are history too: the pluperfect with an "earlier" phrase ("وكانت … قد سيطرت في وقت سابق",
   not "في وقت سابق اليوم"), and the start of a campaign dated days ago ("بدأت المظاهرات مطلع
   الشهر"). A trigger governed by a denial ("ونفت الوزارة استهداف المدنيين") is never an event
   of its own: it marks the latest earlier event it can be about "denied", else it is dropped.
   An interception of strikes ("تصدت الدفاعات الجوية لغارات إسرائيلية") is the strike, with the
   defender as actor2; an interception of missiles or drones alone is Disrupted weapons use.
   "refine" rules in the lexicon re-type it from nearby words (قصف + طيران → Air/drone
   strike; خروج المقاتلين + اتفاق → Agreement). Subsidiary words (death words, "استهدف",
   "انسحب") only make an event when their sentence has nothing more specific.
3. Arguments [arguments]: actor1/actor2 from word order and markers (VSO, SVO, "من قبل", "على
   يد", "برصاص", "غارات لـ", "بين X و Y", "ضد", "مع", "من"); the reporting subject when the clause
   names no actor ("أعلنت قوات … عن سيطرتها"); civilians as actor2 of violence against
   civilians; Protesters/Rioters (country) for protests and riots; Unidentified Armed Group for
   unclaimed bombs (also when the actor named is their target) and unknown or unnamed gunmen
   ("قال الجيش إن مسلحين فتحوا النار": not the speaker), and, after merging, for any attack or
   bomb no account in the article attributes (ACLED never leaves actor1 empty; air strikes keep
   it open: only states fly). Place: the sentence's place with
   role event_location, then origin, other, destination, preferring towns after في/ب/على over
   countries, ignoring datelines and places that stand for a side ("موالية لأنقرة"); else the
   paragraph's last place; else the article's main place. Date: the sentence's date (its clause
   first), else the paragraph's last date, else publication. A night spanning two days ("ليل
   السبت–الأحد") is coded on the first day with precision 1 (the night belongs to the evening it
   starts in); other ranges on their midpoint, precision 2 up to a week, else 3.
4. Fatalities [arguments]: numbers next to death words, not nearer an injury word, not a
   duration, not "dead and wounded" together, not a breakdown ("بينهم"); figures joined by و or
   إضافة إلى are added, alternatives (أو, بين 5 و7) give the smallest; deaths without a number
   give 3 (10 with مجزرة/عشرات…), 1 for one person ("مقتل قائد", "إن شخصا قتل", a name with its
   title: "قتل فلان، المتحدث باسم …"); a counted subject may stand well before a plural death verb
   ("خمسة عناصر …، من بينهم قيادي، قتلوا"); deaths of a background event ("بعد عام على اجتياحه
   وقتل مئات") are not counted; none → 0; strategic developments carry none. A death count in
   a sentence about a period ("خلال 28 يوماً", "منذ بداية الحملة", "إحصائية") becomes a Claim
   (kind "casualty_total"), never an event's fatalities.
5. Attribution [arguments]: claimed_by from the sentence's sources (rasad.actors.find_sources,
   else the local list) or its reporting subject; "وأضاف …" keeps the previous source.
   certainty: "denied" after a denial word, "reported" when a third party says it, "asserted"
   when the outlet or the acting party itself does; hedges ("تضاربت الأنباء") lower confidence.
6. Atomicity [merge]: mentions of one event (same type family, compatible actors, same day or a
   mention without its own date, same or nearby place or a coarser area) merge into one event
   with the finest place and date, the most conservative stated fatalities, every source, and
   "denied" if any mention was denied. Definite or demonstrative mentions ("الهجوم", "هذه
   الغارات") join the event they refer back to.
7. Output [stage, notes]: one ``Event`` per merged mention with an English ACLED-style note,
   evidence = the trigger's sentence (offsets into the text) and a confidence in [0, 1]; events
   under ``min_confidence`` (0.6) are dropped — ``Events(min_confidence=0)`` keeps all.
"""
