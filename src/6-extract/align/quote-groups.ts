// The same quote in several articles is one quote with several occurrences, matched despite
// small edits (punctuation, a changed word, a trimmed end). Candidates come from an index of
// word pairs, never from comparing every quote with every other. A changed wording keeps
// each article's version and says what changed: words removed, words added, truncated.
export interface QuoteOccurrenceInput {
  key: string;
  /** The wording in that article. */
  text: string;
  /** Who says it (a resolved entity, or a name as written), when known: the same speaker allows more edits. */
  speaker?: string | null;
  /** A paraphrase ("X said the toll rose to 31"): the outlet's own words, often one template for many statements. */
  paraphrase?: boolean;
}

export interface QuoteChange {
  /** Words of the group's first wording missing here. */
  removed: string[];
  /** Words here that the first wording lacks. */
  added: string[];
  /** This wording is a contiguous part of the first one (or the first of it). */
  truncated: boolean;
}

export interface QuoteGroup {
  /** Keys of the occurrences, in input order; the first is the reference wording. */
  members: string[];
  changes: Map<string, QuoteChange | null>;
}

const words = (t: string) => t.toLowerCase().normalize('NFKC').replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
/** Quotes shorter than this must match word for word (too few words to tell an edit from another quote). */
const MIN_FUZZY_WORDS = 5;
const MIN_OVERLAP = 0.8;
/**
 * One word changed inside a quote breaks two word pairs ("came faster than" / "came quicker
 * than"): 6 of 8 pairs in a nine-word quote, under MIN_OVERLAP. A quote of at least this many
 * pairs that keeps all but two of the shorter one's pairs is the same quote with one edit.
 */
const MIN_PAIRS_FOR_ONE_EDIT = 7;
/**
 * The same speaker's quote with several edits: "We have counted 60 dead in the town alone, and the
 * national figure is simply wrong" / "… in the town, and the official figure is wrong" (three edits,
 * 9 of 13 pairs of the shorter). For a quote of at least EDITED_MIN_PAIRS pairs, the same speaker,
 * EDITED_OVERLAP of the shorter's pairs shared and EDITED_WORDS of its words in the other is one
 * quote edited; two quotes of one speaker sharing a long phrase but saying different things
 * ("… until every family is safe" / "… until the dam is rebuilt") keep too few words. Not for
 * paraphrases (a wire's "the death toll from the floods rose to 31 on Tuesday" is a template), nor
 * when a number differs ("rose to 31" / "rose to 47" are two statements).
 */
const EDITED_MIN_PAIRS = 10;
const EDITED_OVERLAP = 0.6;
const EDITED_WORDS = 0.85;
/** A word pair's number: first id × PAIR + second id (exact below 2^53 for up to 2^26 words). */
const PAIR = 2 ** 26;

export function groupQuotes(items: QuoteOccurrenceInput[]): QuoteGroup[] {
  const toks = items.map((q) => words(q.text));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const exact = new Map<string, number>();
  // Word pairs as numbers (word ids), and shared-pair counts in one array stamped per quote:
  // no string per pair and no Map per quote (this ran for every quote of every analysis).
  const ids = new Map<string, number>();
  const idOf = (w: string) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1);
  const pairs = new Map<number, number[]>();
  const shared = new Int32Array(items.length);
  const stamp = new Int32Array(items.length).fill(-1);
  const met: number[] = [];
  toks.forEach((t, i) => {
    const norm = t.join(' ');
    const seen = exact.get(norm);
    if (seen !== undefined) {
      parent[find(i)] = find(seen);
      return;
    }
    exact.set(norm, i);
    if (t.length < MIN_FUZZY_WORDS) return;
    met.length = 0;
    let prev = idOf(t[0]!);
    for (let k = 0; k + 1 < t.length; k++) {
      const next = idOf(t[k + 1]!);
      const bigram = prev * PAIR + next;
      prev = next;
      const list = pairs.get(bigram);
      if (list) {
        for (const j of list) {
          if (stamp[j] !== i) (stamp[j] = i), (shared[j] = 0), met.push(j);
          shared[j]!++;
        }
        if (list.length < 50) list.push(i);
      } else pairs.set(bigram, [i]);
    }
    for (const j of met) {
      const smaller = Math.min(t.length, toks[j]!.length) - 1;
      const oneEdit = smaller >= MIN_PAIRS_FOR_ONE_EDIT && shared[j]! >= smaller - 2;
      const same = shared[j]! / smaller >= MIN_OVERLAP || oneEdit || (smaller >= EDITED_MIN_PAIRS && shared[j]! / smaller >= EDITED_OVERLAP && sameSpeaker(items[i]!, items[j]!) && sameNumbers(t, toks[j]!) && wordsKept(t, toks[j]!) >= EDITED_WORDS);
      if (same && !rivalFigures(items[i]!, items[j]!, t, toks[j]!) && find(i) !== find(j)) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].map((idx) => {
    const ref = toks[idx[0]!]!;
    const changes = new Map<string, QuoteChange | null>();
    for (const i of idx) changes.set(items[i]!.key, diff(ref, toks[i]!));
    return { members: idx.map((i) => items[i]!.key), changes };
  });
}

/**
 * Two statements that share a template but give other figures: a paraphrase ("52 people had been
 * hurt since Sunday" / "300 had been detained and 90 hurt since Sunday"; "40 arrested" then "65
 * arrested") or the words of two known speakers. One speaker's quote whose number a later outlet
 * changed stays one quote, its change shown.
 */
const rivalFigures = (a: QuoteOccurrenceInput, b: QuoteOccurrenceInput, ta: string[], tb: string[]) =>
  !sameNumbers(ta, tb) && (!!a.paraphrase || !!b.paraphrase || (!!a.speaker && !!b.speaker && a.speaker !== b.speaker));

const sameSpeaker = (a: QuoteOccurrenceInput, b: QuoteOccurrenceInput) => !!a.speaker && a.speaker === b.speaker && !a.paraphrase && !b.paraphrase;

const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|half)$/;
const numbers = (t: string[]) => t.filter((w) => /\d/.test(w) || NUMBER_WORDS.test(w)).sort().join(' ');
/** Do both quotes give the same numbers ("60 dead" in both)? */
const sameNumbers = (a: string[], b: string[]) => numbers(a) === numbers(b);

/** The share of the shorter quote's words (as a bag) found in the longer one. */
function wordsKept(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const left = new Map<string, number>();
  for (const w of long) left.set(w, (left.get(w) ?? 0) + 1);
  let kept = 0;
  for (const w of short) if ((left.get(w) ?? 0) > 0) left.set(w, left.get(w)! - 1), kept++;
  return kept / short.length;
}

function diff(ref: string[], t: string[]): QuoteChange | null {
  if (ref.join(' ') === t.join(' ')) return null;
  const inRef = new Set(ref);
  const inT = new Set(t);
  const removed = ref.filter((w) => !inT.has(w));
  const added = t.filter((w) => !inRef.has(w));
  const truncated = !added.length && (ref.join(' ').includes(t.join(' ')) || t.join(' ').includes(ref.join(' ')));
  return { removed, added, truncated };
}
