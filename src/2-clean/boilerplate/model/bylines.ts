// Byline conventions: "By Jane Roe", "Written by ...", "Staff Reporter", "Jane Roe, Foreign Affairs Correspondent".

/** Openers stripped from a byline: "By Jane Roe" -> "Jane Roe". */
export const BYLINE_PREFIX = /^(?:by|written by|words by|story by|text by|reporting by|report by|reported by)\s*:?\s+/iu;

/** Head words of a role phrase: "Staff Reporter", "Our Correspondent", "Foreign Affairs Editor". */
export const ROLE_HEADS = [
  'correspondent', 'correspondents', 'reporter', 'reporters', 'writer', 'writers', 'editor', 'editors', 'columnist',
  'columnists', 'contributor', 'contributors', 'analyst', 'bureau', 'desk', 'staff', 'staffer', 'producer', 'journalist',
  'journalists', 'photographer', 'newsroom', 'agencies', 'stringer', 'team',
];

/** Lowercase words a role phrase may contain: "From our own correspondent in Beirut". */
export const ROLE_LOWER = ['our', 'own', 'the', 'of', 'for', 'in', 'at', 'and', 'from', 'a', 'special', 'senior', 'chief', 'staff', 'news', 'with'];

/** Words marking an organisation after a name: "Jane Roe | Meridian Press", "Jane Roe, Daily Ledger". */
export const ORG_WORDS = [
  'press', 'news', 'times', 'post', 'agency', 'media', 'network', 'service', 'daily', 'journal', 'herald', 'tribune',
  'telegraph', 'gazette', 'guardian', 'observer', 'chronicle', 'ledger', 'review', 'magazine', 'radio', 'tv',
  'television', 'broadcasting', 'wire', 'online', 'digital', 'desk', 'bureau', 'group', 'independent', 'express',
  'mail', 'standard', 'star', 'sun', 'monitor', 'courier', 'dispatch', 'record', 'register', 'insider', 'today',
];
