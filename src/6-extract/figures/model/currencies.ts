// Currency markers around a number. Samples: "$3 billion", "US$10", "A$5m", "€40m", "£1.5bn",
// "3 million shekels", "40 Canadian dollars", "USD 10", "10 EUR".

/** Symbols before (or after) the number. "$" is USD unless letters are glued before it. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₪': 'ILS', '₽': 'RUB', '₴': 'UAH',
  '₺': 'TRY', '₩': 'KRW', '₦': 'NGN',
};

/** Letters glued before "$": "A$5", "C$10", "HK$3". Matched lower-case. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', nz: 'NZD', hk: 'HKD', s: 'SGD',
  sg: 'SGD', r: 'BRL', nt: 'TWD', mx: 'MXN',
};

/** ISO codes written as words, before or after: "USD 10", "10 EUR". Matched as written (upper-case). */
export const CURRENCY_CODES: string[] = [
  'USD', 'EUR', 'GBP', 'ILS', 'JPY', 'CNY', 'INR', 'RUB', 'UAH', 'CHF', 'CAD', 'AUD', 'TRY', 'SAR',
  'AED', 'EGP', 'QAR', 'JOD', 'LBP', 'IRR', 'NGN', 'ZAR', 'KRW', 'SEK', 'NOK', 'DKK', 'PLN',
];

/** Other spellings of a code: "NIS 40" is new Israeli shekels. */
export const CODE_ALIASES: Record<string, string> = { NIS: 'ILS', RMB: 'CNY' };

/** Currency names after the number, matched lower-case, longest first. "pounds" alone is a weight. */
export const CURRENCY_NAMES: Record<string, string> = {
  'dollars': 'USD', 'dollar': 'USD', 'us dollars': 'USD',
  'american dollars': 'USD', 'australian dollars': 'AUD', 'canadian dollars': 'CAD',
  'new zealand dollars': 'NZD', 'hong kong dollars': 'HKD', 'singapore dollars': 'SGD',
  'euros': 'EUR', 'euro': 'EUR', 'pounds sterling': 'GBP', 'sterling': 'GBP',
  'british pounds': 'GBP', 'egyptian pounds': 'EGP', 'lebanese pounds': 'LBP',
  'shekels': 'ILS', 'shekel': 'ILS', 'new shekels': 'ILS', 'yen': 'JPY', 'yuan': 'CNY',
  'renminbi': 'CNY', 'rupees': 'INR', 'roubles': 'RUB', 'rubles': 'RUB', 'hryvnias': 'UAH',
  'hryvnia': 'UAH', 'lira': 'TRY', 'liras': 'TRY', 'riyals': 'SAR', 'dirhams': 'AED',
  'swiss francs': 'CHF', 'naira': 'NGN', 'rand': 'ZAR', 'jordanian dinars': 'JOD',
};
