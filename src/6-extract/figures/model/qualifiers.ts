// Words before a number that say how exact it is. Samples: "at least 40", "more than 12,000",
// "some 3,000", "nearly 90", "no more than 5", "fewer than 10", "up to 200".
// The longest phrase wins: "just under 40" is nearly, "under 40" is less-than.

export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'about' | 'nearly' | 'at-most' | 'less-than' | 'up-to';

export const QUALIFIER_PHRASES: Record<Exclude<Qualifier, 'exact'>, string[]> = {
  'at-least': [
    'at least', 'no fewer than', 'no less than', 'not fewer than', 'not less than', 'a minimum of',
    'at the very least', 'a total of at least',
  ],
  'more-than': [
    'more than', 'over', 'upwards of', 'in excess of', 'above', 'exceeding', 'greater than',
    'well over', 'just over', 'well above', 'just above', 'slightly more than', 'well in excess of',
  ],
  about: [
    'about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'circa',
    'an approximate', 'in the region of', 'on the order of', 'in the order of', 'approx',
  ],
  nearly: [
    'nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'not quite',
    'just short of', 'slightly less than', 'slightly fewer than',
  ],
  'at-most': ['at most', 'no more than', 'not more than', 'a maximum of', 'at the most'],
  'less-than': ['fewer than', 'less than', 'under', 'below', 'well under', 'well below'],
  'up-to': ['up to', 'as many as', 'as much as', 'as high as'],
};

/** Opens a range closed by "and": "between 30 and 40". */
export const RANGE_OPENER = 'between';

/** Join the two ends of a range: "30 to 40", "30-40", "two or three". */
export const RANGE_JOINERS = ['to', 'or', '-', '–', '—'];

/** Before the low end it is a change, not a range: "rose from 30 to 40". */
export const CHANGE_OPENERS = ['from'];
