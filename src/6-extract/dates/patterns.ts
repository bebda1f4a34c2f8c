// The written forms of a date in English news, as regular expressions (one per family, all
// global). Word lists come from ./model/cues.ts; what a match means is decided in candidates.ts.
import { COUNT_HEDGES, NUMBER_WORDS, PARTS_OF_DAY, YEAR_PREPOSITIONS, YEAR_QUALIFIERS } from './model/cues.js';

const words = (list: readonly string[]): string => list.map((w) => w.replace(/[-\s]+/g, (m) => (m === '-' ? '-' : '\\s+'))).join('|');

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

/** "March 18", "Friday, March 18, 2024", "Jan. 5 at 3 p.m.", "March 17-18", "March 1 to March 8". Groups: weekday, month, day, year. */
export const MONTH_DAY = new RegExp(
  `\\b(?:(?:(?:this|last|past|next)\\s+)?(${WEEKDAY}),?\\s+)?${MONTH}\\s*${DAY}(?:${RANGE_TO}(?:${MONTH_NC}\\s*)?${OTHER_DAY})?(?:(?:,\\s*|\\s+)${YEAR})?${AT_TIME}`,
  'gi',
);
/** "18 March 2024", "the 18th of March", "17-18 March". Groups: weekday, day, month, year. */
export const DAY_MONTH = new RegExp(
  `\\b(?:(${WEEKDAY}),?\\s+)?${DAY}(?:${RANGE_TO}${OTHER_DAY})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${AT_TIME}`,
  'gi',
);
/** "March 2024", "May, 2019", "May of 2019". Groups: month, year. */
export const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}`, 'gi');
/** A month name alone: "in May" (candidates.ts asks for the preposition). Group: month. */
export const MONTH_ALONE = new RegExp(`\\b${MONTH}`, 'gi');
/** "2024-03-18", "2024/3/18". Groups: year, month, day. */
export const ISO_DAY = /\b((?:1[6-9]|20)\d\d)[-/](\d{1,2})[-/](\d{1,2})(?![\d/])/g;
/** "3/18/2024", "3/18/24" (month first, as US news writes it). Groups: month, day, year. */
export const SLASH_DAY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d\d)(?![\d/])/g;
/** "Friday", "last Friday", "Saturday night", "the weekend", "Friday at 3 p.m.". Groups: modifier, weekday. */
export const WEEKDAY_WORD = new RegExp(`\\b(?:(this|last|past|next)\\s+)?(${WEEKDAY}|weekend)\\b${PART}${AT_TIME}`, 'gi');
/** "yesterday", "this morning", "last night", "tomorrow afternoon". Group: the day word. */
export const CASUAL_DAY = new RegExp(
  `\\b(today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night)\\b${PART}${AT_TIME}`,
  'gi',
);
/** "last week", "this month", "next year", "the past week". Groups: modifier, unit. */
export const PERIOD = /\b(this|last|past|next)\s+(week|month|year)\b/gi;
/** "two days ago", "about a year ago", "six weeks from now". Groups: count, unit, direction. */
export const COUNTED = new RegExp(`\\b${HEDGE}${COUNT}\\s+${UNIT}\\s+(ago|from\\s+now)\\b`, 'gi');
/** "in three weeks", "in about 10 days": ahead of publication in a future clause. Groups: count, unit. */
export const IN_COUNT = new RegExp(`\\bin\\s+${HEDGE}${COUNT}\\s+${UNIT}`, 'gi');
/** "in 2019", "since early 2007", "mid-2019", "the summer of 2019", "from 2010 to 2015" (second year: group 4). */
export const YEAR_PHRASE = new RegExp(
  `\\b(?:(${words(YEAR_PREPOSITIONS)})\\s+)?((?:${words(YEAR_QUALIFIERS)})\\s*)?` +
    `((?:1[6-9]|20)\\d\\d)(?:\\s*(?:-|–|to|and)\\s*((?:1[6-9]|20)\\d\\d))?\\b(?![-,.]\\d|\\s*(?:%|per\\s*cent))`,
  'gi',
);

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
