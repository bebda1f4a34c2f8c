// Words ending in a full stop that do not end a sentence: titles, months, common
// abbreviations of news copy ("Gen. Amos Ilan", "Jan. 5", "the U.S. envoy", "3 p.m. on").
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl',
  'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'atty',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'fig', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'inc', 'ltd', 'co', 'corp', 'plc',
  'ave', 'blvd', 'rd', 'hwy',
]);

/** Abbreviations after which a sentence usually goes on even before a capital ("Mr. Haddad"). */
export const NEVER_FINAL: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'atty', 'no', 'nos', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
