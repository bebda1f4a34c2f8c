// Abbreviations that end in a period without ending a sentence: "U.S.", "Jr.", "Inc.".
export const ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'inc', 'ltd', 'co', 'corp', 'vs', 'v', 'etc', 'gen', 'col', 'lt', 'sgt',
  'capt', 'gov', 'sen', 'rep', 'prof', 'no', 'mt', 'ft', 'ave', 'rd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'ore', 'calif', 'fla', 'ill', 'mass', 'wash', 'tex', 'ariz', 'conn', 'mich', 'minn', 'pa', 'va',
];
