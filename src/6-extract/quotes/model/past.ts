// The base form of a regular past tense, for verbs outside the lexicon: "boomed" -> "boom",
// "scoffed" -> "scoff", "smiled" -> "smile", "snapped" -> "snap", "cried" -> "cry", "chuckled" -> "chuckle".

const VOWEL = /[aeiou]/;

export function pastLemma(past: string): string {
  if (!past.endsWith('ed') || past.length < 4) return past;
  const stem = past.slice(0, -2);
  if (stem.endsWith('i') && stem.length > 2) return stem.slice(0, -1) + 'y';
  const last = stem[stem.length - 1]!, before = stem[stem.length - 2]!;
  // "snapped", "grinned": a doubled final consonant (not "ll", "ss", "ff", "zz": "called", "kissed").
  if (last === before && !/[lsfz]/.test(last) && !VOWEL.test(last)) return stem.slice(0, -1);
  // "chuckled", "gargled": consonant + l needs its e back.
  if (last === 'l' && !VOWEL.test(before) && before !== 'l') return stem + 'e';
  // "smiled", "joked", "sighed": a single vowel between consonants at the end takes an e ("sigh" does not).
  const third = stem[stem.length - 3];
  if (!VOWEL.test(last) && !/[wxyh]/.test(last) && VOWEL.test(before) && (!third || !VOWEL.test(third)) && stem.length <= 4) return stem + 'e';
  return stem;
}
