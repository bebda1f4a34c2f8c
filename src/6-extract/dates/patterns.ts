// The written forms of a date in English news, as regular expressions (one per family, all
// global). Word lists come from ./model/cues.ts; what a match means is decided in candidates.ts.
import { COUNT_HEDGES, NUMBER_WORDS, PARTS_OF_DAY, YEAR_PREPOSITIONS, YEAR_QUALIFIERS } from './model/cues.js';

/** A word list as regex alternatives: white space becomes \\s+ ("the end of"), a hyphen stays ("mid-"). */
export const words = (list: readonly string[]): string => list.map((w) => w.replace(/[-\s]+/g, (m) => (m === '-' ? '-' : '\\s+'))).join('|');

/** "January", "Jan.", "Sept" (group: the word, with the dot of an abbreviation; "March." ends a sentence). */
const MONTH =
  '((?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.(?![A-Za-z])|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b)';
const MONTH_NC = MONTH.replace('(', '(?:');
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** "18", "18th": not a figure ("18.5", "18%", "18,000") nor a time ("18:30"). */
const NOT_FIGURE = '(?![\\d%A-Za-z]|[.,:]\\d|\\s*(?:%|per\\s?cent))';
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?${NOT_FIGURE}`;
const OTHER_DAY = `\\d{1,2}(?:st|nd|rd|th)?${NOT_FIGURE}`;
const RANGE_TO = '\\s*(?:-|–|—|to|through)\\s*';
const YEAR = '((?:1[6-9]|20)\\d\\d)(?![\\d%]|[.,]\\d)';
/** "at 3 p.m.", "at 10:30 a.m. EST", "at noon", after a day: part of the date's text. */
const AT_TIME = '(?:,?\\s+at\\s+(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:[ap]\\.m\\.|[ap]m\\b)(?:\\s+(?:GMT|UTC|[ECMP][SD]T|BST|CES?T)\\b)?|noon|midnight))?';
const PART = `(?:\\s+(?:${PARTS_OF_DAY.join('|')})\\b)?`;
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(day|week|month|year|decade)s?\\b';
const HEDGE = `(?:(?:${COUNT_HEDGES.join('|')})\\s+)?`;

// Patterns that open with an optional word ("last", "about", "since") make the regex engine try
// every position of the text; so each family is found by its fixed core (a month word, "ago", a
// year, a weekday) and the words around it are read with sticky (`y`) patterns from its end and
// `$`-anchored ones on the few characters before it.

/** A month word: "January", "Jan.", "Sept" (the dot of "March." ends a sentence). Group: the word. */
export const MONTH_WORD = new RegExp(`\\b${MONTH}`, 'gi');
/** Sticky, after a month word: " 18", " 18th, 2024", " 17-18", " 1 to March 8", " 5 at 3 p.m.". Groups: day, year. */
export const DAY_AFTER_MONTH = new RegExp(`\\s*${DAY}(?:${RANGE_TO}(?:${MONTH_NC}\\s*)?${OTHER_DAY})?(?:(?:,\\s*|\\s+)${YEAR})?${AT_TIME}`, 'iy');
/** Ending the text before a month word: "18 ", "18th of ", "17-18 ". Group: day. */
export const DAY_BEFORE_MONTH = new RegExp(`\\b${DAY}(?:${RANGE_TO}${OTHER_DAY})?\\s+(?:of\\s+)?$`, 'i');
/** Sticky, after the month word of "18 March": ", 2024", " at noon" (may be empty). Group: year. */
export const YEAR_AFTER_DAY_MONTH = new RegExp(`(?:,?\\s+${YEAR})?${AT_TIME}`, 'iy');
/** Sticky, after a month word without a day: " 2024", ", 2019", " of 2019". Group: year. */
export const YEAR_AFTER_MONTH = new RegExp(`,?\\s+(?:of\\s+)?${YEAR}`, 'iy');
/** Ending the text before a written date: "Friday, ", "last Friday, ". */
export const WEEKDAY_BEFORE_DATE = new RegExp(`\\b(?:(?:this|last|past|next)\\s+)?${WEEKDAY},?\\s+$`, 'i');
/** "2024-03-18", "2024/3/18". Groups: year, month, day. */
export const ISO_DAY = /\b((?:1[6-9]|20)\d\d)[-/](\d{1,2})[-/](\d{1,2})(?![\d/])/g;
/** "3/18/2024", "3/18/24" (month first, as US news writes it). Groups: month, day, year. */
export const SLASH_DAY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d\d)(?![\d/])/g;
/** "Friday", "Saturday night", "the weekend", "Friday at 3 p.m.". Group: the weekday. */
export const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAY}|weekend)\\b${PART}${AT_TIME}`, 'gi');
/** Ending the text before a weekday: "last ", "next ". Group: the modifier. */
export const WEEKDAY_MODIFIER = /\b(this|last|past|next)\s+$/i;
/** "yesterday", "this morning", "last night", "tomorrow afternoon". Group: the day word. */
export const CASUAL_DAY = new RegExp(
  `\\b(today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night)\\b${PART}${AT_TIME}`,
  'gi',
);
/** "last week", "this month", "next year", "the past week". Groups: modifier, unit. */
export const PERIOD = /\b(this|last|past|next)\s+(week|month|year)\b/gi;
/** "ago" or "from now": the end of a counted date. */
export const COUNT_END = /\b(?:ago|from\s+now)\b/gi;
/** Ending the text before "ago" / "from now": "two days ", "about a year ", "six weeks ". Groups: count, unit. */
export const COUNT_BEFORE = new RegExp(`\\b${HEDGE}${COUNT}\\s+${UNIT}\\s+$`, 'i');
/** "in three weeks", "in about 10 days": ahead of publication in a future clause. Groups: count, unit. */
export const IN_COUNT = new RegExp(`\\bin\\s+${HEDGE}${COUNT}\\s+${UNIT}`, 'gi');
/** A year, or two: "2019", "2010 to 2015" (second year: group 2); not "2019.5", "2000%". */
export const YEAR_NUMBER = /\b((?:1[6-9]|20)\d\d)(?:\s*(?:-|–|to|and)\s*((?:1[6-9]|20)\d\d))?\b(?![-,.]\d|\s*(?:%|per\s*cent))/g;
/** Ending the text before a year, what makes it one: "in ", "since early ", "mid-", "the summer of ". Groups: preposition, qualifier. */
export const YEAR_BEFORE = new RegExp(`(?:\\b(${words(YEAR_PREPOSITIONS)})\\s+)?((?:${words(YEAR_QUALIFIERS)})\\s*)?$`, 'i');
/** Month number (1-12) of a month word or abbreviation: "Sept" -> 9. */
export function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 0 = Sunday ... 6 = Saturday; "weekend" is dated by its Saturday. */
export function weekdayNumber(word: string): number {
  const w = word.slice(0, 3).toLowerCase();
  return w === 'wee' ? 6 : ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(w);
}

/** A count word or numeral as a number: "two" -> 2, "10" -> 10. */
export const countOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
