// Closed word classes used to find the edges of a speaker's noun phrase without a tagger.
// All entries lower case; lookups lower-case the token first.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Subject pronouns: a speaker on their own ("he said"); the caller resolves them. */
export const SUBJECT_PRONOUNS = set('he she they we i it you who which one');

/** Objects right after a verb: "told him that", "called it “chaos”". */
export const OBJECT_PRONOUNS = set('him her them us me you it himself herself themselves itself');

/** Words that open a noun phrase: "the ministry", "a US official", "his lawyer". */
export const DETERMINERS = set(`the a an this these those his her their its our my your some many several most
  all both each every other another few no any such`);

/** Prepositions that may sit inside a speaker phrase: "the head of the agency", "a spokesman for X". */
export const LINKING_PREPOSITIONS = set('of for at from with in');

/** Prepositions opening a phrase of time or place before the clause: "In a message posted Friday, …". */
export const OPENING_PREPOSITIONS = set('in on at during from into under after before within through over via');

/** Titles written before a name, with or without a full stop: "Mr. Haddad", "Sen. Ilan". */
export const TITLE_ABBREVIATIONS = set('mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev hon pres amb atty st jr sr');

/**
 * Words that never belong to a speaker phrase: verbs of being and having, conjunctions,
 * clause openers, negation, object pronouns. Meeting one ends the phrase.
 */
export const PHRASE_BREAKERS = set(`is was are were be been being am has have had do does did will would shall should can could
  may might must not never also and or but nor so yet because although though while whereas if unless when whenever
  where whether since until after before as than then that what whom whose why how to there here
  him them us me it's that's there's said says told claimed by about into onto upon against during without within
  on to over under via through between among across toward towards despite near amid like unlike per
  however meanwhile instead indeed still already now just only even too very well yes no`);

/** Adverbs and auxiliaries that may stand between a speaker and the cue: "Haddad has also said". */
export const BETWEEN_SPEAKER_AND_CUE = set(`has have had will would could can may might should must did does do
  also later earlier previously again repeatedly once often recently publicly privately reportedly separately then
  still even further already long never not n't first subsequently initially flatly quickly immediately simply
  is was are were been being remain remains remained become becomes became
  together openly bluntly angrily frequently consistently since however though too meanwhile instead here there now just
  twice always ever sometimes routinely jointly nevertheless nonetheless therefore thus quite soon perhaps almost somehow likewise`);

/** Time words that may sit between speaker and cue or after the cue ("on Friday", "last week"). */
export const TIME_WORDS = set(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
  week month year night morning afternoon evening weekend day january february march april june july august
  september october november december`);

/**
 * Past forms of common verbs that do not end in "-ed": where a subject's noun phrase ends in
 * "The senior official held the union responsible, citing …".
 */
export const IRREGULAR_PAST = set(`held made took gave put set met led left kept won lost sent spent brought bought went came
  saw found became began ran stood sat hit cut let paid heard felt thought sought fought drew grew knew threw wrote spoke
  broke chose rose fell struck stuck hung shot wore tore bore laid rode drove flew sold meant dealt built`);

/** Words that introduce a time phrase before a time word: "on Friday", "last week", "this morning". */
export const TIME_LEADS = set('on in last this late early earlier later next friday');

/** Words that open the reported clause after a cue: "said that …", "asked whether …". */
export const CLAUSE_OPENERS = set('that whether if how what why when where who');

/** Words before "ago" in a time phrase: "less than two weeks ago". */
export const AGO_WORDS = set('less more than about nearly almost just a an one two three four five six seven eight nine ten few several some');

/** Lower-case words in -ly that are nouns or adjectives, not adverbs. */
export const LY_WORDS = set(`family ally rally assembly supply daily weekly monthly yearly quarterly anomaly monopoly homily bully
  early likely unlikely elderly friendly deadly costly lonely lovely ugly holy silly reply rely apply comply imply belly tally
  folly orderly scholarly timely italy`);

/** Quantifiers that stand alone as a speaker: "many said", "some argue", "most believe". */
export const QUANTIFIER_HEADS = set('many some most several few all both each others another');
/** After the noun phrase they quantify: "Cruz and Rubio have both argued", "the ministers all said". */
export const FLOATING_QUANTIFIERS = set('both all each');
/** Forms of "be": the auxiliary of a passive ("was asked"), the copula before an adjective ("is most proud of"). */
export const COPULAS = set("is are was were be been being 's");

/**
 * Paragraph openers that end in a colon without being speakers: "Editor's Note:", "UPDATE:", "The Latest:",
 * a credit line ("Contributing: Dana Orlov.", "Twitter: @orlov"), "So: …", a headline's kicker ("Revealed: …", "BOOM: …").
 */
export const NOT_SPEAKERS = set(`note update updated latest factbox explainer timeline q&a recap preview review listen editor
  editor's watch read related source photo video caption correction breaking advertisement exclusive analysis opinion live
  warning see q a question answer transcript email e-mail name age job city paid notice contact contributing
  clarification corrections byline dateline credit credits twitter facebook instagram follow so
  revealed leaked busted boom wow look bombshell exposed confirmed flashback shocking just`);

/** Heads of a noun phrase that is never a speaker: "The time posted …", "the date set …". */
export const NOT_SPEAKER_HEADS = set('time times date dates hour hours');

/** Before a sentence-initial "asked": "Asked whether …", "When asked about …" ('' = sentence start). */
export const ASKED_OPENERS: ReadonlySet<string> = new Set(['', 'when', 'whenever', 'if', 'once', 'after', 'before']);

/** Heads that report findings without "that": "the poll found Haddad ahead". */
export const EVIDENCE_NOUNS = set(`poll polls survey surveys study studies report analysis review audit investigation probe
  research data article census researchers investigators auditors pollsters reports records documents filings figures statistics analyses estimates results`);

/** Verbs and adjectives taking "to" that join a following cue: "seemed to suggest", "is likely to say". */
export const CATENATIVES = set(`likely unlikely able unable going ready willing unwilling eager quick reluctant prepared poised set
  expected due tend tends tended try tries tried trying attempt attempts attempted begin begins began begun start starts
  started continue continues continued seem seems seemed appear appears appeared manage manages managed hesitate
  hesitated rushed moved yet`);

/** Plural units of time: "two weeks after …", "for months". */
export const TIME_UNITS = set('minutes hours days weeks months years decades');

/** Degree words before a catenative: "slightly more likely to say". */
export const DEGREE_WORDS = set('more most less least much far slightly somewhat increasingly generally not');

/** Finite auxiliaries that open a clause's verb: "found the council was …", "which she said would …". */
export const FINITE_AUXILIARIES = set('is are was were has have had will would can could should must may might did does do');

/** Hearsay adverbs: a report with no source named ("the firm reportedly paid the fine"). */
export const HEARSAY_ADVERBS = set('reportedly allegedly purportedly supposedly');

/**
 * Verbs of naming after "what" (`what they call a “fair wage”`, `what critics term “reform”`):
 * a quote that is their object is a label the writer keeps at a distance, a scare quote, even
 * though someone is named as using it. Present tense only: `what Gilbert called “a stigma”` is
 * a partial quote of one occasion.
 */
export const NAMING_VERBS: readonly string[] = [
  'call', 'calls', 'term', 'terms', 'dub', 'dubs', 'brand', 'brands', 'label', 'labels', 'describe as', 'describes as',
  'refer to as', 'refers to as', 'like to call', 'likes to call', 'is called', 'are called', 'is known as', 'are known as',
];
