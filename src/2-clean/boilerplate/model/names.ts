// Name-shape lexicon for bylines and desk notes ("By Jane Roe and Ahmed al-Masri").

/** Lowercase particles inside personal names: "Ahmed al-Masri", "Ludwig van Beethoven". */
export const NAME_PARTICLES = [
  'al', 'el', 'bin', 'ibn', 'abu', 'ben', 'bint', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den',
  'dos', 'das', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'e', "d'",
];

/** Lowercase words a byline may contain: "By Jane Roe in Gaza and John Doe", "By our staff". */
export const BYLINE_LOWER = ['and', 'in', 'of', 'the', 'for', 'from', 'at', 'with', 'our', 'own', 'staff'];

/** Extra lowercase words a desk note may contain: "Compiled by our Gaza desk with agency reports". */
export const DESK_LOWER = [
  'desk', 'bureau', 'team', 'newsroom', 'reporters', 'correspondent', 'correspondents', 'writers', 'editors',
  'agency', 'agencies', 'reports', 'wire', 'wires', 'services', 'news', 'inputs', 'input', 'additional', 'online',
  'digital', 'web', 'international', 'foreign', 'national',
];

/**
 * Capitalised words that are not parts of a personal name, so a kicker such as "Gaza City",
 * "Middle East" or "Live Updates" at the top is not taken for a byline.
 */
export const NOT_NAME_WORDS = [
  'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'To', 'And', 'Or', 'With', 'From', 'By', 'As', 'How', 'Why', 'What',
  'News', 'Live', 'Breaking', 'Update', 'Updates', 'Latest', 'World', 'Analysis', 'Opinion', 'Comment', 'Editorial',
  'Explainer', 'Video', 'Photos', 'Gallery', 'Exclusive', 'Report', 'Politics', 'Business', 'Sport', 'Sports',
  'Health', 'Science', 'Technology', 'Culture', 'Travel', 'Economy', 'Markets', 'War', 'Crisis', 'Talks', 'Middle',
  'East', 'West', 'North', 'South', 'City', 'New', 'San', 'Los', 'Las', 'Tel', 'Hong', 'Saint', 'St', 'Port', 'Fort',
  'Mount', 'Lake', 'United', 'Kingdom', 'States', 'Republic', 'Island', 'Islands', 'Gulf', 'Bay', 'Strip', 'Bank',
  'Square', 'Street', 'Ministry', 'Government', 'President', 'Minister', 'Prime', 'Home', 'Menu', 'Search', 'Share',
];

/** Endings of abstract nouns, never of personal names: "Related Party Transactions", "Climate Adaptation Policy". */
export const NOT_NAME_SUFFIXES = /(?:tions?|sions?|ments?|ness|ities|ity|isms?|ships?|ology|ologies|ics|ical)$/u;
