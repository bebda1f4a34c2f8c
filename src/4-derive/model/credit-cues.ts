// Phrases that credit a source by name. Samples: "told MPA", "according to the Meridian Press
// Agency", "MPA reported", "(MPA) -", "Additional reporting by Meridian Press Agency".

/** Words right before the name. */
export const CREDIT_BEFORE = [
  'told', 'according to', 'reported by', 'quoted by', 'cited by', 'via', 'speaking to', 'said to',
  'in an interview with', 'in a statement to', 'reporting by', 'additional reporting by', 'with reporting from',
  'with reporting by', 'reporting from', 'source:', 'sources:', 'with', 'from', 'copyright', '©',
];

/** Words right after the name. */
export const CREDIT_AFTER = [
  'reported', 'reports', 'said', 'says', 'quoted', 'cited', 'contributed', 'contributed to this report',
  'learned', 'understands', 'news agency reported', 'agency reported', 'wrote', 'writes', 'was told',
];

/** Words skipped before a name in a credit: "told the Meridian Press Agency". */
export const NAME_PREFIX = ['the'];
