// Number words and scales. Samples: "fifty-eight", "twenty one", "three hundred and twelve",
// "a dozen", "1.2 million", "$3bn", "€40m". Vague plurals ("dozens", "hundreds", "thousands")
// are deliberately absent: they are not numbers.

/** "one" .. "nine" (and "zero"). */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

/** "ten" .. "nineteen". */
export const TEEN_WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

/** "twenty" .. "ninety". */
export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what precedes them: "three hundred", "two dozen". */
export const MULTIPLIER_WORDS: Record<string, number> = { hundred: 100, dozen: 12 };

/** Words that close a group: "two million three hundred thousand". */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Abbreviated scales safe on any number: "2bn", "40 mn", "5tn". */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12,
};

/** Abbreviated scales read only on money ("€40m", "$10k", "$2b"): "100m" alone is a distance. */
export const MONEY_SCALE_ABBREVIATIONS: Record<string, number> = { m: 1e6, k: 1e3, b: 1e9 };

/** Articles read as "one" before a multiplier or scale: "a dozen", "a million". */
export const ARTICLE_WORDS = ['a', 'an'];

/** Joins number words after "hundred" or a scale: "three hundred and twelve". */
export const NUMBER_JOINER = 'and';
