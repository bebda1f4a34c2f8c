// Words that shape the counted noun phrase after a number. Samples: "40 Palestinian prisoners",
// "15 children", "90 Thai nationals", "40 more people", "3 km", "40 of the hostages".

/** Words that end a counted phrase: function words, common verbs and time words. */
export const STOP_WORDS: string[] = [
  // determiners, pronouns, conjunctions
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'this', 'that', 'these', 'those', 'who', 'whom', 'whose',
  'which', 'what', 'where', 'when', 'while', 'if', 'because', 'although', 'though', 'so', 'such', 'it',
  'its', 'he', 'she', 'they', 'them', 'their', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'me', 'my',
  'us', 'there', 'here', 'then', 'than', 'not', 'no', 'also', 'only', 'just', 'even', 'yet', 'most',
  'all', 'both', 'each', 'every', 'some', 'any', 'many', 'much', 'few', 'several', 'own', 'same',
  // prepositions
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under',
  'after', 'before', 'during', 'since', 'until', 'as', 'across', 'among', 'amid', 'amidst', 'around',
  'about', 'near', 'inside', 'outside', 'within', 'through', 'throughout', 'between', 'against',
  'toward', 'towards', 'per', 'via', 'off', 'out', 'up', 'down', 'like', 'including', 'despite',
  'beyond', 'behind', 'above', 'below', 'along', 'upon', 'versus', 'vs',
  // verbs that follow a subject
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'said', 'say', 'says', 'told',
  'according', 'reported', 'added', 'took', 'take', 'came', 'come', 'went', 'go', 'made', 'make', 'got',
  'get', 'gave', 'give', 'left', 'saw', 'see', 'became', 'become', 'remain', 'remained', 'remains',
  'hit', 'put', 'set', 'ran', 'run', 'need', 'needs', 'face', 'lost', 'won', 'cost', 'rose', 'fell',
  'live', 'work', 'include', 'includes', 'included', 'tell', 'show', 'showed', 'stand', 'stood', 'sit',
  'sat', 'wait', 'waited', 'waiting', 'want', 'wanted',
  // verbs that would otherwise pass for a noun after a singular subject: "a 61-year-old teacher spoke"
  'tells', 'dies', 'spoke', 'wrote', 'took', 'began', 'found', 'knew', 'thought', 'brought', 'fought',
  'felt', 'kept', 'met', 'sent', 'spent', 'led', 'drove', 'flew', 'threw', 'broke', 'chose', 'heard',
  'built', 'sold', 'struck', 'understood', 'appears', 'seems', 'denies', 'admits', 'urges', 'warns',
  'asks', 'adds', 'believes', 'expects', 'joins', 'speaks', 'tries', 'writes', 'goes', 'gets', 'makes',
  'takes', 'comes', 'sees', 'wants', 'becomes', 'knows', 'thinks', 'gives', 'keeps', 'lets', 'begins',
  // time words
  'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next', 'ago', 'earlier', 'later', 'overnight',
  'now', 'then', 'already', 'still', 'again', 'since', 'early', 'late', 'recently', 'morning',
  'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year',
];

/** Plural nouns without a final "s". */
export const IRREGULAR_PLURALS: string[] = [
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'crew', 'cattle', 'sheep',
  'livestock', 'aircraft', 'fish', 'militia', 'youth', 'offspring', 'clergy', 'infantry', 'geese',
  'feet', 'teeth', 'mice', 'deer', 'kin', 'folk', 'seamen', 'firemen', 'policemen', 'gunmen',
  'servicemen', 'tribesmen', 'fishermen', 'spokesmen', 'businessmen', 'chairmen', 'congressmen',
  'countrymen', 'kinsmen', 'policewomen', 'servicewomen', 'businesswomen', 'grandchildren',
];

/** Lower-case words ending in "s" that are not plurals ("-ss", "-us" and "-is" are caught by rule). */
export const SINGULAR_ENDING_S: string[] = [
  'news', 'gas', 'bus', 'lens', 'chaos', 'bias', 'canvas', 'alias', 'atlas', 'overseas', 'its', 'has',
  'was', 'does', 'as', 'thus', 'perhaps', 'whereas', 'always', 'sometimes', 'besides', 'afterwards',
  'nowadays', 'towards', 'hers', 'ours', 'theirs', 'yours', 'less', 'unless', 'plus', 'minus', 'versus',
];

/** Words before the counted noun that are not part of it: "40 more people", "3 other journalists". */
export const QUANTITY_ADJECTIVES: string[] = ['more', 'other', 'additional', 'further', 'extra'];

/** Determiners after "of" in "40 of the hostages", "12 of those arrested". */
export const OF_DETERMINERS: string[] = ['the', 'those', 'these', 'its', 'their', 'his', 'her', 'our'];

/** Measures: a figure counting these is kind 'other' ("3 km", "40 tonnes", "five days"). */
export const MEASURE_NOUNS: string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month',
  'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'km', 'kilometres',
  'kilometers', 'kilometre', 'kilometer', 'mile', 'miles', 'metre', 'metres', 'meter', 'meters', 'foot',
  'feet', 'ft', 'yard', 'yards', 'inch', 'inches', 'cm', 'mm', 'kg', 'kilogram', 'kilograms', 'kilos',
  'gram', 'grams', 'tonne', 'tonnes', 'ton', 'tons', 'pound', 'pounds', 'lb', 'lbs', 'ounce', 'ounces',
  'litre', 'litres', 'liter', 'liters', 'gallon', 'gallons', 'barrel', 'barrels', 'hectare', 'hectares',
  'acre', 'acres', 'degree', 'degrees', 'knots', 'mph', 'kph', 'points', 'point', 'times', 'megawatts',
  'mw', 'gw', 'kwh', 'calories', 'storeys', 'stories', 'floors', 'magnitude', 'km2', 'sq',
];

/** Nouns after a lone "one" that make it an idiom, not a count: "one day", "one way or another". */
export const ONE_IDIOM_AFTER: string[] = [
  'of', 'another', 'by', 'who', 'that', 'which', 'day', 'time', 'way', 'thing', 'side', 'hand', 'point',
  'reason', 'question', 'example', 'problem', 'else', 'other', 'at', 'too', 'more', 'last',
];

/** Words before a lone "one" that make it a pronoun: "no one", "the one", "which one". */
export const ONE_PRONOUN_BEFORE: string[] = [
  'no', 'the', 'any', 'every', 'each', 'this', 'that', 'which', 'another', 'such', 'a', 'only', 'last',
  'everyone', 'someone', 'anyone', 'big', 'little', 'new', 'old', 'right', 'wrong',
];
