// Word lists for date mentions in English news. Logic lives in ../*.ts; these are data only.

/** Words just before a date that become part of its text: "on Friday", "in 2019", "earlier this month". */
export const ABSORBED_BEFORE = ['on', 'in', 'earlier', 'later', 'early', 'late', 'mid'];

/** A bare month name ("May", "March") is a date only after one of these: "in May", "since March". */
export const MONTH_PREPOSITIONS = [
  'in', 'on', 'since', 'by', 'until', 'till', 'through', 'before', 'after', 'during', 'from', 'of',
  'early', 'late', 'mid', 'last', 'next', 'this', 'between', 'and', 'to', 'or', 'least',
];

/** Prepositions that make a bare four-digit number a year: "in 2019", "since 2007", "by 2030". */
export const YEAR_PREPOSITIONS = ['in', 'during', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'through'];

/** Qualifiers that also make a number a year: "early 2019", "mid-2019", "summer 2019", "the end of 2019". */
export const YEAR_QUALIFIERS = [
  'early', 'late', 'mid-', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'the spring of', 'the summer of', 'the autumn of', 'the fall of', 'the winter of',
  'the end of', 'the start of', 'the beginning of', 'the middle of',
];

/** Weekday names in names and feasts, not dates: "Good Friday", "Bloody Sunday", "every Monday". */
export const NOT_WEEKDAY_BEFORE = [
  'good', 'black', 'bloody', 'super', 'ash', 'holy', 'cyber', 'maundy', 'easter', 'palm', 'every', 'each', 'a', 'an',
];

/** ... and words after it: "the Sunday Times", "Friday prayers". */
export const NOT_WEEKDAY_AFTER = [
  'times', 'telegraph', 'mail', 'express', 'herald', 'post', 'mirror', 'independent', 'tribune', 'star',
  'observer', 'prayers', 'prayer', 'sermon', 'sermons', 'night football', 'school',
];

/**
 * Counts read before a unit: "two days ago", "a year from now", "in three weeks". Vague counts
 * ("a few days", "several weeks", "a couple of years") are no date and are left out on purpose.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** Words of a day counted from publication, and the offset in days: "yesterday" is -1. */
export const CASUAL_DAYS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
  yesterday: -1, 'last night': -1, tomorrow: 1,
};

/** Parts of a day that stay in a date's text: "Friday night", "yesterday afternoon". */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];

/** Hedges kept in the text of a counted date: "about two weeks ago", "in about 10 days". */
export const COUNT_HEDGES = ['about', 'around', 'roughly', 'approximately', 'just', 'some'];

/** Words that put a clause in the future (nearest cue wins): "talks will resume on Monday". */
export const FUTURE_CUES = [
  'will', 'would', 'shall', "won't", "'ll", 'scheduled', 'slated', 'due', 'expected', 'upcoming', 'planned',
  'plans', 'plan', 'intends', 'aims', 'going', 'tomorrow',
];

/**
 * Present-tense verbs of a schedule right before "in N days": the count is ahead of publication
 * even with no future word ("The ban takes effect in 30 days", "the lease runs out in two years").
 */
export const SCHEDULE_VERBS = [
  'takes effect', 'take effect', 'expires', 'begins', 'starts', 'ends', 'opens', 'closes', 'resumes', 'is due', 'are due',
  'runs out', 'run out', 'kicks off', 'lapses', 'matures', 'arrives', 'leaves',
];

/**
 * Present forms of a schedule that point ahead like "will" does when they are the nearest verb
 * to a weekday: "A 30-day truce begins at midnight on Friday" (written on a Tuesday) is the
 * coming Friday; "a truce beginning on Friday" too.
 */
export const SCHEDULE_PRESENT = [
  'begins', 'starts', 'opens', 'resumes', 'ends', 'closes', 'expires', 'lapses', 'beginning', 'starting', 'expiring',
  // A court's calendar: "The trial continues on Wednesday", "the hearing reconvenes on Monday" (written before that day).
  'continues', 'reconvenes',
];

/**
 * Words after which "to <verb>" points ahead, and how many words may stand between them and "to":
 * "voted on Monday to strike from Wednesday", "agreed with the company to resume on Friday",
 * "is set to open", "is to visit". The infinitive is then a future cue of its own.
 */
export const INTENT_BEFORE_TO: Readonly<Record<string, number>> = {
  voted: 4, votes: 4, vote: 4, agreed: 4, agrees: 4, decided: 4, decides: 4, threatened: 4, threatens: 4,
  pledged: 4, pledges: 4, vowed: 4, vows: 4, promised: 4, promises: 4, plans: 4, planned: 4, plan: 4,
  intends: 4, intended: 4, aims: 4, set: 2, poised: 2, expected: 4, scheduled: 2, slated: 2,
  going: 1, ready: 2, prepared: 2, is: 0, are: 0,
};

/** Words after "to" that are no verb: "agreed to the terms", "promised to all sides". */
export const NOT_INFINITIVE = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'some', 'all', 'any', 'no', 'more', 'less', 'about', 'one', 'two', 'three',
];

/** A present copula: "the next round is in May" is no past, so a yearless month keeps its closest year. */
export const PRESENT_COPULA = ['is', 'are'];

/**
 * Verbs of a closing attribution (", the union said." after the date): its tense is the
 * report's, not the clause's, and counts only when the clause has no cue of its own.
 */
export const ATTRIBUTION_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'announced', 'announces',
  'confirmed', 'confirms', 'reported', 'reports', 'wrote', 'writes', 'noted', 'warned', 'explained', 'claimed', 'according to',
];

/** Verbs after which an -ed form is a state, not a past tense: "schools would stay closed until Monday". */
export const STATE_VERBS = ['be', 'to', 'stay', 'stays', 'remain', 'remains', 'being'];

/** Irregular past forms; regular ones are caught by their -ed ending. */
export const PAST_CUES = [
  'said', 'was', 'were', 'had', 'did', 'told', 'met', 'came', 'went', 'took', 'began', 'held', 'made', 'gave',
  'left', 'fell', 'rose', 'won', 'lost', 'fled', 'struck', 'shot', 'fought', 'saw', 'spoke', 'wrote', 'sent',
  'led', 'ran', 'broke', 'got', 'found', 'brought', 'thought', 'became', 'knew', 'heard', 'kept', 'paid',
  'sold', 'stood', 'ago', 'yesterday', 'hit', 'cut', 'shut', 'quit', 'hurt', 'beat', 'drew', 'drove', 'flew',
  'grew', 'threw', 'blew', 'chose', 'sank', 'swore', 'tore', 'froze', 'stole', 'bought', 'caught', 'taught',
  'sought', 'felt', 'dealt', 'meant', 'built', 'spent', 'lent', 'swept', 'stuck', 'rode', 'arose', 'withdrew',
  'overthrew', 'undertook', 'shook', 'understood', 'upheld', 'withheld', 'oversaw', 'underwent', 'overcame', 'sat', 'laid',
];

/** Words before "in N years" that make it a span back, not a date ahead: "the biggest rise in four decades". */
export const SPAN_SUPERLATIVES = [
  'first', 'biggest', 'largest', 'highest', 'lowest', 'worst', 'best', 'strongest', 'weakest', 'fastest', 'slowest',
  'longest', 'deadliest', 'sharpest', 'steepest', 'hottest', 'coldest', 'wettest', 'driest', 'busiest',
];

/** Words ending in -ed that are no past tense. */
export const NOT_PAST_ED = ['need', 'needed', 'indeed', 'hundred', 'speed', 'proceed', 'exceed', 'succeed', 'greed', 'creed', 'united', 'armed'];

/**
 * Cues right before a date that make it background, not the reported event:
 * "since 2007", "born in 1948", "until March", "by 2030", "between 2010 and 2015".
 */
export const OTHER_ROLE_BEFORE = [
  'since', 'until', 'till', 'by', 'born', 'founded', 'established', 'between', 'from', 'as of',
  'dating back to', 'back in', 'as early as', 'as long ago as', 'anniversary of', 'aged', 'ever since',
];

/** Words allowed between such a cue and the date: "until at least March", "since the end of 2019", "since last October". */
export const OTHER_ROLE_BETWEEN = ['last', 'at least', 'around', 'about', 'the end of', 'the start of', 'the beginning of', 'the middle of', 'the'];

/** Background when the date is this far (days) from publication: "in 1948" in a 2024 article. */
export const FAR_DAYS = 366;

/** The lead, for eventDate: about the first three sentences, in UTF-16 units. */
export const LEAD_CHARS = 600;
