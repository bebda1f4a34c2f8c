// Where a reported clause ends: the sentence end, or before a new attribution that starts inside
// it (", adding …", ", according to …", "… and said …", ", while 9 percent said …"), at the
// comma of an opening subordinate clause, never at a comma grouping digits ("2,400").
import type { Token } from './tokens.js';
import { isBetween, phraseEndingAt, skipBackToSpeaker } from './phrases.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { isVerbCue, pastClosingMarks } from './ranges.js';
import { EVIDENCE_NOUNS, FINITE_AUXILIARIES } from './model/words.js';
import { INVERTIBLE, NOUN_HOMOGRAPHS } from './model/cue-rules.js';
import { subjectAfterOpener } from './subject.js';

export const COORDINATORS = new Set(['and', 'but', 'then']);
const HEDGES = new Set(['only', 'just', 'nearly', 'about', 'almost', 'roughly', 'some', 'even']);
const CONTRASTS = new Set(['though', 'although', 'whereas', 'while']);
const DASHES = new Set(['—', '–', '-']);
const CLAUSE_BREAKS = new Set(['—', '–', '-', ';', 'while', 'whereas', 'but', 'with']);
// "as" and a subject pronoun open a clause of their own ("…, as he urges farmers to …"); not "as many", "as secretary".
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * End of a reported clause starting at `from`: the sentence end, or before ", adding …",
 * ", according to …" and a coordinated cue ("… and said …"); at the first comma if asked.
 */
export function clauseEnd(tokens: readonly Token[], from: number, hi: number, stopAtComma: boolean): number {
  for (let k = from; k <= hi; k++) {
    const w = tokens[k]!.lower;
    if (w === ',' && digitGroup(tokens, k)) continue; // "2,400"
    // `the plan was “overblown,” adding that …`: the comma sits inside the closing mark.
    const next = tokens[w === ',' ? pastClosingMarks(tokens, k) : k + 1];
    // `know that ''…,'' Ms. Tempel said`: the speaker follows the closing mark.
    if (w === ',' && (stopAtComma || participleAfterComma(tokens, pastClosingMarks(tokens, k)) || next?.lower === 'according' || speakerFollows(tokens, pastClosingMarks(tokens, k) - 1, hi) || mainVerbFollows(tokens, pastClosingMarks(tokens, k)))) return k - 1;
    if ((CLAUSE_BREAKS.has(w) || (w === 'as' && PRONOUN_SUBJECTS.has(tokens[k + 1]?.lower ?? '') && !comparedAs(tokens, k, from))) && k > from && speakerFollows(tokens, k, hi)) return k - 1; // "…, while 9 percent said …"
    // "Okafor — who once said he would … — said on Friday that …": the dash closes an aside.
    if (DASHES.has(w) && k > from && mainVerbFollows(tokens, k + 1, true)) return k - 1;
    // "asked for a photo and Clinton said, …": "and" opens a clause of saying with its own speaker.
    if (w === 'and' && k > from && speakerFollows(tokens, k, hi, true)) return k - 1;
    // "voiced concerns but has said she …": also right at the start, where the first cue has no clause.
    // ("derided and insulted the plan" shares its object: at the start only before an auxiliary.)
    if (COORDINATORS.has(w) && (k > from || /^(?:has|have|had)$/.test(tokens[k + 1]?.lower ?? '')) && coordinatedCue(tokens, k)) return k - 1;
    // "… Rubio responded before adding that …": a gerund cue after "before/after" is an attribution of its own.
    if ((w === 'before' || w === 'after') && k > from && isVerbCue(next) && next!.lower.endsWith('ing')) return k - 1;
    // "… distanced himself from the movement by saying …": "by" before a gerund of speech ("by adding" is mostly arithmetic).
    if (w === 'by' && k > from && isVerbCue(next) && gerundOfSpeechAt(tokens, k)) return k - 1;
  }
  return hi;
}

/** "as high as he feared", "as much as they hoped": the second "as" of a comparison at k. */
function comparedAs(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 2; j >= Math.max(from, k - 4); j--) if (tokens[j]!.lower === 'as') return true;
  return false;
}

const GERUND_LEADS = new Set(['by', 'before', 'after']);
// "by adding" is mostly arithmetic and "by calling" naming, not speech.
const NOT_BY = new Set(['add', 'call']);

/** "by saying", "before insisting" at j: a preposition, then a gerund of speech. */
export function gerundOfSpeechAt(tokens: readonly Token[], j: number): boolean {
  const lead = tokens[j]?.lower ?? '';
  const gerund = tokens[j + 1]?.lower ?? '';
  const lemma = CUE_LEMMA.get(gerund) ?? '';
  return GERUND_LEADS.has(lead) && gerund.endsWith('ing') && SPEECH_LEMMAS.has(lemma) && !(lead === 'by' && NOT_BY.has(lemma));
}

/**
 * A participle of saying opens a clause of its own at j (just after a comma): "…, adding that",
 * "…, even suggesting he …" (an adverb or two between), "…, warning that" (a form usually a noun,
 * then "that").
 */
function participleAfterComma(tokens: readonly Token[], j: number): boolean {
  let v = j;
  while (v - j < 2 && tokens[v] && tokens[v]!.isWord && !tokens[v]!.lower.endsWith('ing') && isBetween(tokens[v]!) && !FINITE_AUXILIARIES.has(tokens[v]!.lower)) v++;
  const t = tokens[v];
  if (!t || !t.lower.endsWith('ing') || t.isCapital) return false;
  return isVerbCue(t) || (CUE_LEMMA.has(t.lower) && tokens[v + 1]?.lower === 'that');
}

/** The comma at k groups digits: "2,400" (no space either side, digits around it). */
function digitGroup(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1], b = tokens[k + 1], c = tokens[k]!;
  return !!a && !!b && a.end === c.start && b.start === c.end && /\d$/.test(a.lower) && /^\d{3}/.test(b.lower);
}

/** "… and said", "… but did note": a cue after the coordinator at k; after an auxiliary also a form that is usually a noun. */
function coordinatedCue(tokens: readonly Token[], k: number): boolean {
  const v = pastAuxiliaries(tokens, k + 1);
  const t = tokens[v];
  return isVerbCue(t) || (v > k + 1 && !!t && !t.isCapital && CUE_LEMMA.has(t.lower) && FINITE_AUXILIARIES.has(tokens[v - 1]!.lower));
}

/** "… but did not suggest …", "and also said": past up to three auxiliaries and adverbs after a coordinator. */
function pastAuxiliaries(tokens: readonly Token[], k: number): number {
  const from = k;
  while (k - from < 3 && tokens[k] && isBetween(tokens[k]!)) k++;
  return k;
}

/**
 * "Kasich, a Republican who refused to endorse Trump, said …", "Trump warned …, said an aide":
 * a finite verb of saying right after a comma is the sentence's main verb, so the clause before
 * it (an aside, or what the aide said) ends at that comma. `at` is the token after the comma;
 * `invertible`: only a verb like "say" (not "propose") counts.
 */
function mainVerbFollows(tokens: readonly Token[], at: number, invertible = false): boolean {
  const t = tokens[pastAuxiliaries(tokens, at)];
  const lemma = t ? CUE_LEMMA.get(t.lower) ?? '' : '';
  return !!t && isVerbCue(t) && !/ing$/.test(t.lower) && SPEECH_LEMMAS.has(lemma) && (!invertible || INVERTIBLE.has(lemma));
}

/**
 * After the comma a new attribution begins: "Asked if …, Clinton said …", also past a short
 * bracket after the name ("…, Gov. Mary Fallin (R-Okla.) said …").
 */
function speakerFollows(tokens: readonly Token[], comma: number, hi: number, saying = false): boolean {
  // After a word of contrast ("while", "as") a past form usually a noun is the verb too; after a bare comma it may be a fronted phrase's.
  const pastToo = CONTRASTS.has(tokens[comma]!.lower) || tokens[comma]!.lower === 'as' || (tokens[comma]!.lower === ',' && CONTRASTS.has(tokens[comma + 1]?.lower ?? ''));
  // "…, and aides say …": a coordinator may open the new clause.
  // "…, though Fiorina said …": so may a subordinator of contrast.
  if (tokens[comma]!.lower === ',' && (COORDINATORS.has(tokens[comma + 1]?.lower ?? '') || CONTRASTS.has(tokens[comma + 1]?.lower ?? ''))) comma++;
  // "…, while only 49 percent of Republicans say …": a degree word may open the speaker.
  if (HEDGES.has(tokens[comma + 1]?.lower ?? '')) comma++;
  // "…, but late Saturday he announced …": a time phrase or an adverb before a pronoun subject.
  else comma = subjectAfterOpener(tokens, comma + 1, hi) - 1;
  for (let c = comma + 1; c <= hi && c <= comma + 10; c++) {
    const t = tokens[c]!;
    if (t.lower === '(' && c > comma + 1) {
      const close = closingBracket(tokens, c, Math.min(hi, c + 6));
      if (close < 0) return false;
      c = close;
      continue;
    }
    if (!t.isWord) return false;
    if (!(isVerbCue(t) || (pastToo && pastHomograph(t)) || evidenceShows(tokens, c)) || c === comma + 1) continue;
    if (saying && !SPEECH_LEMMAS.has(CUE_LEMMA.get(t.lower) ?? '')) return false;
    const speaker = phraseEndingAt(tokens, skipBackToSpeaker(tokens, c - 1, comma + 1), comma + 1);
    return !!speaker && speaker[0] === comma + 1;
  }
  return false;
}

/** A past form of a cue that is a noun as often in its other forms: "while most men supported Okafor", "… as they pledged". */
function pastHomograph(t: Token): boolean {
  return !t.isCapital && t.lower.endsWith('ed') && CUE_LEMMA.has(t.lower) && NOUN_HOMOGRAPHS.has(t.lower);
}

/** "…, records show.", "…, the reports found": a verb of evidence after a noun of evidence. */
function evidenceShows(tokens: readonly Token[], c: number): boolean {
  const lemma = CUE_LEMMA.get(tokens[c]!.lower);
  return (lemma === 'show' || lemma === 'find') && EVIDENCE_NOUNS.has(tokens[c - 1]?.lower ?? '');
}

/** Index of the ")" closing the "(" at `open`, with only words, hyphens and full stops between ("(D-Va.)"), or -1. */
function closingBracket(tokens: readonly Token[], open: number, to: number): number {
  for (let k = open + 1; k <= to; k++) {
    const w = tokens[k]!.lower;
    if (w === ')') return k > open + 1 ? k : -1;
    if (!tokens[k]!.isWord && w !== '-' && w !== '.') return -1;
  }
  return -1;
}

const SUBORDINATORS = new Set(['since', 'when', 'after', 'because', 'although', 'though', 'while', 'before', 'until', 'once', 'if', 'whereas']);

/** "Ever since she endorsed Reyes, Okafor has …": the cue at k sits in a clause opening the sentence at lo, which ends at its comma. */
export function openingSubordinate(tokens: readonly Token[], lo: number, k: number): boolean {
  let i = lo;
  if (/^(?:and|but|ever|even|just|only)$/.test(tokens[i]?.lower ?? '')) i++;
  if (!SUBORDINATORS.has(tokens[i]?.lower ?? '')) return false;
  for (let j = i + 1; j < k; j++) if (!tokens[j]!.isWord && tokens[j]!.lower !== '.') return false;
  return true;
}
