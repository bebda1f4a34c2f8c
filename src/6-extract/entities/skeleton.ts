// A spelling-tolerant key for one name word, so that transliteration variants meet:
// "Yousef" / "Youssef" / "Yusuf" -> "yVsVf", "Haddad" / "Hadad" -> "hVdVd",
// "al-Zubaydi" / "Zubaidi" -> "zVbVdV". General rules only: case and accents folded, Arabic
// article prefixes dropped, doubled letters collapsed, runs of vowels (and a "y" between
// letters) one vowel class, a few consonant spellings unified (ph/f, q/k, c/k, kh/k).
const memo = new Map<string, string>();
/** Memoised: names recur across and within articles; the cache is cleared past 50,000 words. */
export function skeleton(word: string): string {
  let k = memo.get(word);
  if (k === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(word, (k = computeSkeleton(word)));
  }
  return k;
}

function computeSkeleton(word: string): string {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  w = w.replace(/^(?:al|el|ad|an|as|ash|at|az)[-‐ ]/, '').replace(/['’`ʼʻ-]/g, '');
  w = w.replace(/ph/g, 'f').replace(/kh/g, 'k').replace(/ck/g, 'k').replace(/q/g, 'k').replace(/c(?=[aouklrt]|$)/g, 'k').replace(/dh/g, 'd').replace(/th/g, 't');
  w = w.replace(/(?<=.)y/g, 'i').replace(/(?<=[aeiou])h$/, '');
  w = w.replace(/(.)\1+/g, '$1');
  w = w.replace(/(?<=[aeiou])w(?![aeiou])/g, 'u');
  return w.replace(/[aeiou]+/g, 'V');
}

/** Particles and connectors that carry no identity: "bin", "van", "of the". */
const CONNECTOR = /^(?:al|el|bin|ibn|bint|ben|van|von|der|den|de|da|di|du|la|le|del|of|the|and|for)$/i;

/** A company's legal form after its name: "Apple Inc.", "Ford Motor Co.", "Varn Holdings Ltd". */
const LEGAL_FORM = /^(?:inc|corp|corporation|co|company|ltd|limited|llc|plc|nv|ag|sa|gmbh)\.?$/i;

/** Key of a multi-word name: skeletons of its words, particles and a trailing legal form dropped. */
export function nameKey(words: readonly string[]): string {
  // "U.S." is "US".
  const kept = words.filter((w) => !CONNECTOR.test(w)).map((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, '') : w));
  while (kept.length > 1 && LEGAL_FORM.test(kept[kept.length - 1]!)) kept.pop();
  return kept.map(skeleton).join(' ');
}

/** The acronym a name would have: "Ashfell Liberation Front" -> "ALF", "Ministry of Health" -> "MH". */
export function initials(words: readonly string[]): string {
  return words.filter((w) => !CONNECTOR.test(w)).map((w) => w[0]).join('').toUpperCase();
}
