// Words around a number that make it a date, a time, a label or an age, or mark a percentage.
// Samples: "March 18", "18 March", "in 2023", "3 p.m.", "Section 3", "Route 66", "No. 5",
// "40%", "40 per cent", "aged 16", "a 61-year-old man", "16 years old".

/** Month names, matched as written (capitalised), before or after a day: "March 18", "18 March". */
export const MONTHS: string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec',
];

/** Weekdays, matched as written: "Tuesday 18". */
export const WEEKDAYS: string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues',
  'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
];

/** Words before a four-digit number that make it a year: "in 2023", "since 1948", "the 1967 war". */
export const YEAR_BEFORE: string[] = [
  'in', 'since', 'by', 'from', 'until', 'till', 'through', 'during', 'before', 'after', 'of', 'the',
  'between', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'winter', 'fall', 'year', 'and',
  'to', 'circa', 'c', 'around', 'throughout', 'within', 'fiscal', 'financial', 'election', 'class',
];

/** Lower-case words before a number that make it a label: "section 3", "page 12", "route 66". */
export const LABEL_WORDS: string[] = [
  'section', 'article', 'page', 'pages', 'p', 'pp', 'no', 'nr', 'number', 'chapter', 'paragraph', 'para',
  'clause', 'item', 'point', 'step', 'line', 'route', 'flight', 'room', 'platform', 'gate', 'resolution',
  'level', 'phase', 'stage', 'category', 'version', 'v', 'model', 'series', 'season', 'episode', 'volume',
  'vol', 'part', 'act', 'amendment', 'rule', 'regulation', 'highway', 'road', 'street', 'avenue',
  'building', 'block', 'apartment', 'flat', 'unit', 'floor', 'bus', 'train', 'channel', 'tel', 'phone',
  'telephone', 'fax', 'call', 'hotline', 'code', 'grade', 'class', 'ward', 'sector', 'zone', 'district',
  'precinct', 'lane', 'terminal', 'exit', 'junction', 'pier', 'berth', 'seat', 'row', 'table', 'figure',
  'fig', 'annex', 'appendix', 'id', 'ref', 'cell', 'bed', 'lot', 'plot', 'division', 'brigade',
  'battalion', 'regiment', 'squadron', 'round', 'game', 'match', 'heat', 'lap', 'hole',
  'issue', 'edition', 'ticket', 'box', 'suite', 'term', 'verse', 'psalm', 'size', 'type', 'mark', 'tier',
  'frequency', 'postcode', 'zip', 'extension', 'ext', 'pin', 'account', 'serial', 'rank', 'ranked',
  'scored', 'score', 'covid', 'sars', 'g', 'f', 'mig', 'su', 'boeing', 'airbus',
];

/** Labels written abbreviated with a full stop before the number: "No. 5", "p. 12", "Vol. 3". */
export const ABBREVIATED_LABELS: string[] = ['no', 'nr', 'nos', 'p', 'pp', 'vol', 'para', 'fig', 'ch', 'art', 'sec', 'ref', 'tel', 'ext', 'v'];

/** Text right after a number that makes it a clock time: "3 p.m.", "10 am", "0800 GMT", "3 o'clock". */
export const TIME_SUFFIX = /\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b|hrs\b|h\b|gmt\b|utc\b|bst\b|cet\b|cest\b|eet\b|edt\b|est\b|local time\b)/iy;

/** Words after a number that make it a percentage ("per cent" is matched as two words). */
export const PERCENT_WORDS: string[] = ['percent', 'per cent', 'pct', 'per-cent', '%'];

/** Words before a number that make it an age: "aged 16", "at the age of 16", "ages 5 to 12". */
export const AGE_BEFORE: string[] = ['aged', 'age', 'ages', 'age of'];

/** Words after a number that make it an age: "16 years old", "16-year-old" (one token). */
export const AGE_AFTER: string[] = ['years old', 'year old', 'years of age', 'year-old', 'years-old'];

/** Text between two figures that nests the second in the first: "90 were rescued, including 15 children". */
export const NESTING_CUE = /(?:^|[\s,;:(—–-])(?:including|includes|included|among them|among whom|among those|among the (?:dead|killed|injured|wounded|victims|casualties|missing|hostages|released|detainees)(?: were| are)?|of whom|of them|of which|of those|of these)\s*[,:]?\s*$/i;

/** Text between two nested figures that makes them siblings: "including 15 children and 3 journalists". */
export const SIBLING_GAP = /^\s*(?:,\s*(?:and\s+|as well as\s+|plus\s+)?|and\s+|as well as\s+|plus\s+)$/i;

/** A sentence opening with "Of (the) …" right before the whole a later bare figure is part of. */
export const PARTITIVE_OPENER = /(?:^|[.!?;:"“”]\s+|\n\s*)(?:of|out of)\s+(?:the|all|those|these|some)?\s*$/i;

/** Verbs after a part that keep it in its whole's state: "Of the 40 trapped, 12 remain underground". */
export const REMAIN_WORDS: string[] = ['remain', 'remains', 'remained', 'remaining'];

/** Verbs that report a state in a relative clause: "34 the army says are dead", "34 whom police confirmed as dead". */
export const REPORTING_VERBS: string[] = [
  'says', 'said', 'say', 'confirmed', 'confirms', 'believes', 'believed', 'believe', 'lists', 'listed',
  'declared', 'declares', 'considers', 'considered', 'presumes', 'presumed', 'thinks', 'fears', 'feared',
  'reports', 'reported', 'estimates', 'estimated',
];

/** Words between the reporting verb and the state: "says are dead", "has confirmed as dead", "believed to be dead". */
export const REPORTED_CLAUSE_LINKS: string[] = ['are', 'is', 'were', 'was', 'as', 'to', 'be', 'been', 'have', 'has', 'had', 'now', 'already', 'all', 'likely', 'probably'];
