// Capitalised words that are not names: sentence openers, calendar words, and words that
// headline style capitalises. A name chunk made only of these is dropped.
export const CALENDAR: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'at', 'in',
  'on', 'of', 'for', 'by', 'with', 'from', 'to', 'into', 'over', 'under', 'about', 'against', 'between', 'during', 'despite',
  'although', 'though', 'because', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'today', 'yesterday', 'tomorrow',
  'later', 'earlier', 'last', 'next', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three',
  'what', 'who', 'why', 'how', 'where', 'which', 'whose', 'asked', 'according', 'speaking', 'officials', 'police', 'witnesses',
  'residents', 'sources', 'critics', 'analysts', 'experts', 'people', 'others', 'several', 'few', 'more', 'such', 'even', 'only',
  'just', 'yes', 'mr', 'mrs', 'ms', 'dr', 'read', 'related', 'photo', 'video', 'update', 'updated', 'editor', 'note', 'advertisement',
  'breaking', 'exclusive', 'analysis', 'opinion', 'comment', 'live', 'watch', 'listen', 'share', 'follow', 'subscribe',
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can',
  'do', 'does', 'did', 'like', 'unlike', 'among', 'amid', 'across', 'around', 'through', 'without', 'within', 'following', 'instead',
  'once', 'whether', 'either', 'neither', 'nor', 'than', 'too', 'very', 'well', 'first', 'second', 'third', 'another', 'other',
  'thank', 'thanks', 'please', 'oh', 'no', 'ok', 'okay', 'sir', 'madam',
]);

/** Connectors allowed inside a name between capitalised words. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'ter', 'y',
]);

/** Capitals that name no one: time zones, currency codes, units ("12:00 UTC", "USD 40m"). */
export const NOT_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'BST', 'IST', 'JST', 'AEST', 'AEDT',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'INR', 'RUB', 'ILS', 'NIS', 'HKD', 'SGD', 'KRW', 'BRL', 'ZAR', 'TRY', 'SAR', 'AED', 'EGP',
  'AM', 'PM', 'GDP', 'KM', 'KG', 'MPH', 'FAQ', 'PDF', 'URL',
]);
