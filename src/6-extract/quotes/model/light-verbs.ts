// Light-verb constructions of communication and cognition: a verb with little meaning of its own
// and a noun of saying, feeling or judging that carries the report ("voice concern", "express
// hope", "raise questions", "cast doubt", "take issue", "make it clear", "draw criticism").
// From general English usage; each row: the verb's forms, then the nouns it takes.

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

// Nouns of attitude one expresses or voices: "expressed concern that …", "voiced support for …".
const ATTITUDE_NOUNS = `concern concerns hope hopes support opposition doubt doubts confidence frustration regret interest
  surprise disappointment skepticism scepticism optimism pessimism alarm dismay outrage anger sympathy condolences gratitude
  reservations reservation fear fears worry worries admiration appreciation displeasure dissatisfaction satisfaction
  approval disapproval unease confusion willingness openness reluctance determination solidarity`;

// Nouns that report something only with what follows ("made a plea for …", "made no mention of …",
// "made the suggestion that …"); alone they point back at earlier words ("made the comments at a rally").
export const OPEN_NOUNS = `mention reference comment comments appeal plea commitment suggestion promise pledge vow prediction
  statement announcement pitch request demand assertion observation`;

// Written or recorded messages one issues, releases, publishes or unveils: "released a statement:
// “…”", "issued a report on …", "unveiled a plan to …" (the author is the source).
export const DOCUMENT_NOUNS = 'statement statements report reports letter memo ad ads video plan proposal study analysis op-ed column essay list findings';

// Verbal attacks taken "at" someone: "took a swipe at", "took several shots at" (only with "at": "took a shot of whisky").
export const AT_NOUNS = 'swipe swipes shot shots jab jabs dig digs potshot potshots';

/** [verb forms, nouns]: the lemma is the first form and the noun, "express concern". */
export const LIGHT_VERB_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['express expressed expresses expressing', ATTITUDE_NOUNS],
  ['voice voiced voices voicing', ATTITUDE_NOUNS],
  ['raise raised raises raising', 'question questions concern concerns doubt doubts objection objections alarm'],
  ['cast casts casting', 'doubt doubts aspersions'],
  ['take took takes taking taken', `issue aim exception offense offence umbrage ${AT_NOUNS}`],
  ['make made makes making', `clear case point argument secret remarks claim claims allegations accusations ${OPEN_NOUNS}`],
  ['draw drew draws drawing drawn', 'criticism fire praise ire rebuke condemnation scorn'],
  ['lend lent lends lending', 'support credence'],
  ['throw threw throws throwing thrown', 'support weight'],
  ['sound sounded sounds sounding', 'alarm warning'],
  ['pay paid pays paying', 'tribute homage'],
  ['heap heaped heaps heaping', 'praise scorn criticism blame abuse'],
  ['level levelled leveled levels levelling leveling', 'accusations accusation charges charge criticism'],
  ['issue issued issues issuing', `warning warnings denial apology ultimatum rebuke ${DOCUMENT_NOUNS}`],
  ['release released releases releasing', DOCUMENT_NOUNS],
  ['publish published publishes publishing', DOCUMENT_NOUNS],
  ['unveil unveiled unveils unveiling', DOCUMENT_NOUNS],
  // "delivered a blistering critique of …", not the event ("delivered a speech", "delivered the keynote").
  ['deliver delivered delivers delivering', 'message rebuke critique defense defence warning retort tirade promise verdict'],
  ['launch launched launches launching unleash unleashed unleashes unleashing', 'attack attacks broadside broadsides tirade salvo'],
];

/** Between verb and noun: "expressed his deep concern", "made it clear", "raised serious questions". */
export const LIGHT_FILLERS: ReadonlySet<string> = new Set(words('his her their its our my your a an the it no some new renewed serious deep grave strong real growing early public similar several such these those following fresh withering blistering scathing sharp harsh personal direct pre-emptive preemptive open joint written formal brief detailed lengthy'));

/** What must follow an open noun: "that", a preposition of topic or aim, or a colon ("made the following comment: …"). */
export const OPEN_NOUN_FOLLOWERS: ReadonlySet<string> = new Set(words('that of to for about on against :'));

/** A preposition closing the cue before its content: "took issue with …", "voiced support for …". */
export const LIGHT_PREPOSITIONS: ReadonlySet<string> = new Set(words('about over on with for against at behind to in into of'));
