// Who said a quoted sentence: the attribution right after the closing mark (`“…,” he said.`,
// `“…,” said Haddad.`, `“…” the ministry said in a statement.`) or right before the opening
// one (`Haddad said: “…”`, `Haddad told AFP on Friday, “…”`).
import type { Token } from './tokens.js';
import { type Cue, GERUND_PREPOSITIONS, PASSIVE_AUXILIARIES, cueAt, skipFrame } from './cues.js';
import type { Attribution } from './reported.js';
import { type Range, isAdverb, isBetween, phraseEndingAt, phraseStartingAt, skipBackToSpeaker, titleSpeaker } from './phrases.js';
import { speakerEndingAt } from './appositive.js';
import { authorOfDocument, sentenceSubject } from './subject.js';
import { relativeThat, whoClause } from './speakers.js';
import { INVERTIBLE, MANNER_OF_SPEAKING, COPULAS } from './model/cue-rules.js';
import { CUE_LEMMA } from './model/verbs.js';
import { pastLemma } from './model/past.js';
import { endsWithComma, onlySourceLeft } from './ranges.js';
import { mayStartLightCue } from './light.js';

// Before a manner verb these make it a passive or a relative clause's verb, not a verb of saying.
const NOT_BEFORE_MANNER = new Set([...PASSIVE_AUXILIARIES, 'who', 'which', 'that', 'whose']);
// Past forms that stand against a quote without reporting it: `“…” printed on a sign`, `titled “…”`.
const NOT_MANNER = new Set(['titled', 'entitled', 'headlined', 'labeled', 'labelled', 'marked', 'printed', 'stamped', 'painted', 'emblazoned', 'signed', 'nicknamed', 'dubbed', 'named', 'tagged', 'captioned', 'subtitled', 'translated', 'used', 'included', 'followed', 'featured', 'listed', 'aired', 'released', 'published', 'posted']);

// How far an appositive may run between speaker and cue: `“…,” Yousef Haddad, the ministry's spokesman, said`.
const TAIL_REACH = 16;
const APPOSITIVE_REACH = 40;
const HEAD_REACH = 16;
const COORDINATORS = new Set(['and', 'but']);
const HEAD_GLUE = new Set([':', ',', '—', '–', '-']);
// What may stand before a name that opens its clause: `IOWA POLLS WRONG – Dana Orlov: “…”`.
const NAME_OPENERS = new Set(['—', '–', '-', ']', ')', '.']);

/**
 * Attribution after a closing mark at token k (sentence ends at hi). When the quote ended its
 * own sentence (`“Will we win?” Haddad asked.`) the next sentence counts only if it is nothing
 * but the attribution, so `“We won.” He said the vote …` stays a separate report.
 */
export function attributionAfter(tokens: readonly Token[], k: number, hi: number, ownSentence: boolean): Attribution | null {
  const signed = signature(tokens, k, hi);
  if (signed) return signed;
  if (k <= hi && HEAD_GLUE.has(tokens[k]!.lower)) k++;
  if (k > hi) return null;
  // `“…” at the convention, he said.`: a short phrase of place or time before the attribution.
  const adjunct = adjunctThenComma(tokens, k, hi);
  if (adjunct > 0) return attributionAfter(tokens, adjunct, hi, true); // and nothing after it but its frame
  const closes = (next: number): boolean => !ownSentence || onlySourceLeft(tokens, next, hi) || tokens[next]?.lower === ',';
  const reads = documentReads(tokens, k, hi);
  if (reads) return closes(Math.max(reads.cue.last, reads.speaker[1]) + 1) ? { ...reads, channel: null, content: null } : null;
  const listed = cueAt(tokens, k, k, hi);
  const manner = listed ? null : invertedManner(tokens, k);
  const first = listed ?? manner;
  if (first) {
    const speaker = phraseStartingAt(tokens, first.last + 1, hi);
    if (!speaker || !(INVERTIBLE.has(first.lemma) || first.lemma === 'according to' || first === manner)) return null;
    const frame = skipFrame(tokens, speaker[1] + 1, hi, first.lemma);
    return closes(frame.next) ? { cue: first, speaker, channel: frame.channel, content: null } : null;
  }
  for (let c = k + 1; c <= hi && c <= k + TAIL_REACH; c++) {
    const cue = cueAt(tokens, c, k, hi, false, true);
    if (!cue) continue;
    const speaker = speakerEndingAt(tokens, skipBackToSpeaker(tokens, c - 1, k), k);
    if (!speaker || speaker[0] !== k) break;
    const frame = skipFrame(tokens, cue.last + 1, hi, cue.lemma);
    return closes(frame.next) ? { cue, speaker, channel: frame.channel, content: null } : null;
  }
  // `“…,” Anne Ilan, assistant secretary for refugees, migration and aid, said on Friday.`
  const speaker = phraseStartingAt(tokens, k, hi);
  if (!speaker) return null;
  let c = speaker[1] + 1;
  const opener = tokens[c]?.lower;
  if (opener === ',' || opener === '—' || opener === '–' || opener === '(') {
    const closer = opener === '(' ? ')' : opener;
    let end = c + 1;
    while (end <= hi && end - c <= APPOSITIVE_REACH && !(tokens[end]!.lower === closer && cueAfter(tokens, end + 1, hi))) end++;
    if (end > hi || end - c > APPOSITIVE_REACH) return null;
    c = end + 1;
  }
  while (c <= hi && isBetween(tokens[c]!)) c++;
  const cue = c <= hi ? cueAt(tokens, c, k, hi, false, true) : null;
  if (!cue) return null;
  const frame = skipFrame(tokens, cue.last + 1, hi, cue.lemma);
  return closes(frame.next) ? { cue, speaker, channel: frame.channel, content: null } : null;
}

const READ = new Set(['read', 'reads']);

/** `“…,” read the statement.` / `“…,” the email read.` / `“…,” it reads.`: what a text says, right after the mark at k. */
function documentReads(tokens: readonly Token[], k: number, hi: number): { cue: Cue; speaker: Range } | null {
  // "Read the rest at …": an imperative opening the next sentence is no attribution.
  if (READ.has(tokens[k]!.lower)) {
    if (tokens[k]!.isCapital) return null;
    const speaker = tokens[k + 1]?.isWord && !tokens[k + 1]!.isCapital ? phraseStartingAt(tokens, k + 1, hi) : null;
    return speaker ? { cue: { first: k, last: k, lemma: 'read' }, speaker } : null;
  }
  const phrase = phraseStartingAt(tokens, k, hi);
  if (!phrase) return null;
  // The phrase may have run on over the verb: "the email read".
  const c = READ.has(tokens[phrase[1]]!.lower) && phrase[1] > k ? phrase[1] : phrase[1] + 1;
  return c <= hi && READ.has(tokens[c]!.lower) ? { cue: { first: c, last: c, lemma: 'read' }, speaker: [phrase[0], c - 1] } : null;
}

// Words that open a phrase of place, time or circumstance after a closing mark.
const ADJUNCT_OPENERS = new Set(['at', 'in', 'on', 'before', 'after', 'during', 'for', 'about', 'to', 'with', 'from', 'when', 'while', 'last', 'this', 'earlier', 'later']);
const MAX_ADJUNCT = 12;

/** `” at the convention, he said`: the comma ending a short phrase of words that opens with ADJUNCT_OPENERS at k, or -1. */
function adjunctThenComma(tokens: readonly Token[], k: number, hi: number): number {
  if (!ADJUNCT_OPENERS.has(tokens[k]!.lower)) return -1;
  for (let c = k + 1; c <= hi && c - k <= MAX_ADJUNCT; c++) {
    const t = tokens[c]!;
    if (t.lower === ',') return c > k + 1 ? c : -1;
    if (!t.isWord || cueAt(tokens, c, k, hi) !== null) return -1;
  }
  return -1;
}

/**
 * `“Let’s win,” boomed Okafor`, `Okafor beamed: “…”`: right against a quote, a past tense that is
 * no cue elsewhere is the verb of saying (manner of speaking is open-ended: boomed, laughed, scoffed).
 */
function mannerCue(t: Token | undefined, at: number): Cue | null {
  if (!t?.isWord || t.isCapital || !/^[a-z]{2,}ed$/.test(t.lower) || CUE_LEMMA.has(t.lower) || NOT_MANNER.has(t.lower)) return null;
  return { first: at, last: at, lemma: pastLemma(t.lower) };
}

/** `“…!” beamed Dana Orlov`: a manner verb right after the closing mark, a name after it. */
function invertedManner(tokens: readonly Token[], k: number): Cue | null {
  return tokens[k + 1]?.isCapital ? mannerCue(tokens[k], k) : null;
}

/** `Okafor boomed: “…”` / `…, scoffed, “…”`: a manner verb at c, only a colon or comma before the mark. */
function mannerBefore(tokens: readonly Token[], c: number, open: number): Cue | null {
  if (c !== open - 1 && !HEAD_GLUE.has(tokens[c + 1]!.lower)) return null;
  // "whose rights were previously restored, “…”", "his father who wired “…”": a passive or a relative clause.
  let j = c - 1;
  while (j >= 0 && isAdverb(tokens[j]!)) j--;
  return NOT_BEFORE_MANNER.has(tokens[j]?.lower ?? '') ? null : mannerCue(tokens[c], c);
}

const SIGNATURE_DASHES = new Set(['―', '—', '–', '-']);
// What may follow a signature: the end, the next quote, a handle or a date in brackets.
const AFTER_SIGNATURE = new Set(['"', '“', "''", '(', '.', '[']);

/** `“He represents our greatest shame.” ― Dana Orlov`: a dash and a name signing the quote; the dash is the cue. */
export function signature(tokens: readonly Token[], k: number, hi: number): Attribution | null {
  if (k + 1 > hi || !SIGNATURE_DASHES.has(tokens[k]!.lower) || !tokens[k + 1]!.isCapital) return null;
  const speaker = phraseStartingAt(tokens, k + 1, hi);
  if (!speaker || !tokens[speaker[1]]!.isCapital || speaker[1] - speaker[0] > 4) return null;
  const after = tokens[speaker[1] + 1];
  return !after || speaker[1] >= hi || AFTER_SIGNATURE.has(after.lower) ? { cue: { first: k, last: k, lemma: 'say' }, speaker, channel: null, content: null } : null;
}

/** A cue at k, after any adverbs: "said", "also said", "later told". */
function cueAfter(tokens: readonly Token[], k: number, hi: number): boolean {
  while (k <= hi && isBetween(tokens[k]!)) k++;
  return k <= hi && cueAt(tokens, k, k - 1, hi) !== null;
}

// How far before a noun its light verb may stand: "made the following comment".
const LIGHT_REACH = 3;

/** "Okafor made the following comment: “…”": the light verb whose cue runs to the noun at k. */
function lightAround(tokens: readonly Token[], k: number, lo: number, hi: number): Cue | null {
  for (let j = k - 1; j >= lo && j >= k - LIGHT_REACH; j--) {
    const cue = mayStartLightCue(tokens[j]!) ? cueAt(tokens, j, lo, hi) : null;
    if (cue && cue.last >= k) return cue;
  }
  return null;
}

/**
 * Attribution ending just before an opening mark at token open, within the sentence from lo:
 * `Haddad said: “…”`, `According to Haddad, “…”`, and at a paragraph start `Haddad: “…”`.
 * `sentenceLo`: where the sentence starts, before any earlier quote in it, for the subject of "…, adding: “…”".
 */
export function attributionBefore(tokens: readonly Token[], open: number, lo: number, inherited: Range | null, paragraphStart: boolean, sentenceLo = lo): Attribution | null {
  if (paragraphStart) {
    // The colon sits just before the mark, so the search runs up to the mark itself.
    const title = titleSpeaker(tokens, lo, open);
    if (title && title.colon + 1 === open) return { cue: { first: open - 1, last: open - 1, lemma: 'say' }, speaker: title.speaker, channel: null, content: null };
  }
  const named = namedBeforeColon(tokens, open, lo);
  if (named) return { cue: { first: open - 1, last: open - 1, lemma: 'say' }, speaker: named, channel: null, content: null };
  const manner = mannerCopulaBeforeColon(tokens, open, lo);
  if (manner) return manner;
  const special = askedBefore(tokens, open, lo) ?? saidFirst(tokens, open, lo);
  if (special) return special;
  for (let c = open - 1; c >= lo && c >= open - HEAD_REACH; c--) {
    const found = cueAt(tokens, c, lo, open - 1) ?? (c >= open - 2 ? mannerBefore(tokens, c, open) : null);
    if (!found) continue;
    const cue = lightAround(tokens, c, lo, open - 1) ?? found;
    c = cue.first;
    const source = cue.lemma === 'according to' ? phraseStartingAt(tokens, cue.last + 1, open - 1) : null;
    const frame = skipFrame(tokens, source ? source[1] + 1 : cue.last + 1, open - 1, cue.lemma);
    let next = frame.next;
    while (next < open && HEAD_GLUE.has(tokens[next]!.lower)) next++;
    if (next !== open) return null;
    if (cue.lemma === 'according to') return source ? { cue, speaker: source, channel: frame.channel, content: null } : null;
    // "…, adding: “…”" (also after a partial quote: `a “breach,” adding: “…”`) borrows the speaker
    // of the sentence, not the phrase before an earlier comma ("Hours later, Haddad …, telling AFP: “…”").
    // "… went so far as to say: “…”": an infinitive of purpose speaks for the subject of its clause.
    if (cue.purpose) {
      const subject = inherited ?? sentenceSubject(tokens, sentenceLo, c - 1);
      return subject ? { cue, speaker: subject, channel: frame.channel, content: null } : null;
    }
    const participle = endsWithComma(tokens, c - 1) && tokens[c]!.lower.endsWith('ing');
    const before = skipBackToSpeaker(tokens, c - 1, lo);
    let speaker = (participle ? inherited ?? sentenceSubject(tokens, sentenceLo, c - 1) : null) ?? relativeThat(tokens, c - 1, c, lo) ?? whoClause(tokens, before, lo) ?? speakerEndingAt(tokens, before, lo);
    // "The senator emailed supporters saying: “…”": the writer, not the readers.
    if (speaker && tokens[c]!.lower.endsWith('ing')) speaker = authorOfDocument(tokens, speaker, sentenceLo) ?? speaker;
    // "… and added: “…”", "… and then predicted: “…”": the subject of the first verb.
    // "He began by saying, “…”": the subject of the verb before the preposition.
    // Unnamed here, the speaker is carried over from the attribution before (`settle.ts`).
    if (!speaker && GERUND_PREPOSITIONS.has(tokens[c - 1]?.lower ?? '') && tokens[c]!.lower.endsWith('ing')) return { cue, speaker: inherited, channel: frame.channel, content: null };
    const coordinated = skipBackToSpeaker(tokens, c - 1, sentenceLo);
    if (!speaker && COORDINATORS.has(tokens[coordinated]?.lower ?? '') && coordinated > sentenceLo) speaker = inherited ?? sentenceSubject(tokens, sentenceLo, coordinated - 1);
    return speaker ? { cue, speaker, channel: frame.channel, content: null } : null;
  }
  return null;
}

/**
 * `… – Pollster Dana Orlov: “…”`, `Rep. Ilsa Varn (D-Ash.): “…”`: a name ending right before a
 * colon and the opening mark, the name opening its clause (sentence start or after a dash or
 * bracket). The colon is the cue.
 */
function namedBeforeColon(tokens: readonly Token[], open: number, lo: number): Range | null {
  if (open - 2 < lo || tokens[open - 1]!.lower !== ':') return null;
  const end = skipBackToSpeaker(tokens, open - 2, lo);
  const head = tokens[end];
  if (!head?.isCapital || end < lo) return null;
  const phrase = phraseEndingAt(tokens, end, lo);
  if (!phrase) return null;
  const before = tokens[phrase[0] - 1];
  return phrase[0] === lo || (before && NAME_OPENERS.has(before.lower)) ? phrase : null;
}

/**
 * `Labour Minister Petra Hollin was blunt: “…”`, `Varn was emphatic: “…”`: the subject of the
 * sentence, a copula and a word of manner right before a colon and the opening mark. The copula
 * and the manner word are the cue.
 */
function mannerCopulaBeforeColon(tokens: readonly Token[], open: number, lo: number): Attribution | null {
  const word = open - 2, copula = open - 3;
  if (copula - 1 < lo || tokens[open - 1]!.lower !== ':' || !MANNER_OF_SPEAKING.has(tokens[word]!.lower) || !COPULAS.has(tokens[copula]!.lower)) return null;
  const speaker = speakerEndingAt(tokens, skipBackToSpeaker(tokens, copula - 1, lo), lo);
  if (!speaker || speaker[0] !== lo || !tokens[speaker[1]]!.isCapital) return null;
  return { cue: { first: copula, last: word, lemma: 'say' }, speaker, channel: null, content: null };
}

/** `Okafor was asked, “Would you …?”`: the question is attributed, its asker unnamed (no speaker). */
function askedBefore(tokens: readonly Token[], open: number, lo: number): Attribution | null {
  const glue = open - 1, asked = open - 2;
  if (asked - 1 < lo || !HEAD_GLUE.has(tokens[glue]!.lower) || tokens[asked]!.lower !== 'asked' || !PASSIVE_AUXILIARIES.has(tokens[asked - 1]!.lower)) return null;
  return { cue: { first: asked - 1, last: asked, lemma: 'ask' }, speaker: null, channel: null, content: null };
}

/** `Said Dana Orlov, who grew up in Velmora, “…”`: a verb of saying opening the sentence, then the speaker. */
function saidFirst(tokens: readonly Token[], open: number, lo: number): Attribution | null {
  const first = tokens[lo];
  if (!first?.isCapital || !HEAD_GLUE.has(tokens[open - 1]?.lower ?? '') || open - lo > APPOSITIVE_REACH) return null;
  const cue = cueAt(tokens, lo, lo, open - 1);
  if (!cue || cue.last !== lo || !INVERTIBLE.has(cue.lemma)) return null;
  const speaker = phraseStartingAt(tokens, lo + 1, open - 2);
  if (!speaker || !tokens[speaker[0]]!.isCapital || !HEAD_GLUE.has(tokens[speaker[1] + 1]?.lower ?? '')) return null;
  return { cue, speaker, channel: null, content: null };
}
