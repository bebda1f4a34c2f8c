// Framing: which words each outlet uses for the same referents, with counts and sentences.
// Descriptive only: no score for an outlet. Sample: outlet A writes "militants", outlet B
// "resistance fighters" -> one row "armed group" listing both terms per article and per outlet.
import { scareQuotes } from '../6-extract/quotes/index.js';
import type { Span } from '../6-extract/text/sentences.js';
import { type PhraseIndex } from './match.js';
import { DEFAULT_LOADED, type LoadedWord } from './model/loaded.js';
import { loadedTerms } from './loaded-terms.js';
import { insideAny, quotedSpans } from './quoted.js';
import { economyStory } from './model/economy.js';
import { labourDispute, referentTerms, type ReferentTerm } from './terms.js';

export { labourDispute, referentTerms, type ReferentTerm, type TermContext } from './terms.js';
export { loadedTerms, type LoadedTerm } from './loaded-terms.js';
export { loadedWord, loadedLexicon, type LoadedWord } from './model/loaded.js';
export { REFERENTS, type ReferentCategory } from './model/referents.js';

export interface FrameArticle {
  id: string;
  text: string;
  outlet: string | null;
  /** The text's splitSentences, when the caller has them (the analysis has them from extraction). */
  sentences?: readonly Span[];
}

export interface FramingRow {
  referent: string;
  /** Null for lexicon referents; reserved for entity-based rows. */
  entityId: string | null;
  terms: Array<{ articleId: string; term: string; count: number }>;
  outlets: Array<{ outlet: string; terms: Array<{ term: string; count: number }> }>;
  /** One entry per occurrence: the span of the sentence it stands in. */
  sentences: Array<{ articleId: string; term: string; start: number; end: number }>;
}

export interface FramingResult {
  framing: FramingRow[];
  loaded: Array<{ articleId: string; words: Array<{ word: string; count: number; valence: number | null }> }>;
  scareQuotes: Array<{ articleId: string; text: string; start: number; end: number }>;
}

export interface FrameOptions {
  /** Distinct outlets that must use a category for it to get a row (default 2). */
  minOutlets?: number;
  /** Loaded-word lexicon (default: the built-in one, see model/loaded.ts). */
  loadedLexicon?: PhraseIndex<LoadedWord>;
}

interface Occurrence extends ReferentTerm {
  articleId: string;
  outlet: string;
}

// Plain code-unit order, not locale order, so output is the same on every machine.
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCountThenTerm = (a: { term: string; count: number }, b: { term: string; count: number }): number => b.count - a.count || byString(a.term, b.term);

export function frameArticles(articles: readonly FrameArticle[], opts: FrameOptions = {}): FramingResult {
  const minOutlets = Math.max(1, Math.floor(opts.minOutlets ?? 2));
  const lexicon = opts.loadedLexicon ?? DEFAULT_LOADED;
  // Articles in id order so the result does not depend on input order.
  const sorted = [...articles].sort((a, b) => byString(a.id, b.id));

  const byReferent = new Map<string, Occurrence[]>();
  // A storyline half of whose articles are about a labour dispute is one: its short articles
  // ("The dock strike is over.") are read as its other articles are.
  // So is one about the economy: a tabloid's "RATE HIKE MISERY" names only the central bank.
  const own = sorted.map((a) => articleContext(a));
  const storyline = (count: number): boolean => count > 0 && count * 2 >= sorted.length;
  const storylineLabour = storyline(own.filter((c) => c.labour).length);
  const storylineEconomy = storyline(own.filter((c) => c.economy).length);
  const reads = new Map(sorted.map((a, i) => [a, readArticle(a, lexicon, own[i]!.labour || storylineLabour, own[i]!.economy || storylineEconomy)]));
  for (const a of sorted) {
    // An article without outlet is an outlet of its own, keyed by its id.
    const outlet = a.outlet ?? a.id;
    for (const t of reads.get(a)!.terms) {
      const list = byReferent.get(t.referent) ?? [];
      list.push({ ...t, articleId: a.id, outlet });
      byReferent.set(t.referent, list);
    }
  }

  const framing: FramingRow[] = [];
  for (const [referent, occurrences] of byReferent) {
    if (new Set(occurrences.map((o) => o.outlet)).size < minOutlets) continue;
    framing.push(row(referent, occurrences));
  }
  const distinctTerms = (r: FramingRow): number => new Set(r.terms.map((t) => t.term)).size;
  framing.sort((a, b) => distinctTerms(b) - distinctTerms(a) || byString(a.referent, b.referent));

  const loaded = sorted.map((a) => ({ articleId: a.id, words: reads.get(a)!.loaded }));
  const quotes = sorted.flatMap((a) => reads.get(a)!.scare.map((q) => ({ articleId: a.id, ...q })));
  return { framing, loaded, scareQuotes: quotes };
}

/** What framing reads from one article alone: its referent terms, loaded words and scare quotes. */
interface ArticleRead {
  text: string;
  lexicon: PhraseIndex<LoadedWord>;
  /** Whether its referent terms were read as those of a labour dispute (of an economy story). */
  labour: boolean;
  economy: boolean;
  terms: ReferentTerm[];
  loaded: Array<{ word: string; count: number; valence: number | null }>;
  scare: Array<{ text: string; start: number; end: number }>;
}

// Kept by the article's sentence list, which the extraction cache keeps between analyses: a
// storyline framed again after it grew reads only its new articles (a live analysis's case).
const readCache = new WeakMap<readonly Span[], ArticleRead>();
const contextCache = new WeakMap<readonly Span[], { text: string; labour: boolean; economy: boolean }>();

/** labourDispute and economyStory of the article's own text, kept like its read. */
function articleContext(a: FrameArticle): { labour: boolean; economy: boolean } {
  const hit = a.sentences && contextCache.get(a.sentences);
  if (hit && hit.text === a.text) return hit;
  const context = { text: a.text, labour: labourDispute(a.text), economy: economyStory(a.text) };
  if (a.sentences) contextCache.set(a.sentences, context);
  return context;
}

function readArticle(a: FrameArticle, lexicon: PhraseIndex<LoadedWord>, labour: boolean, economy: boolean): ArticleRead {
  const hit = a.sentences && readCache.get(a.sentences);
  if (hit && hit.text === a.text && hit.lexicon === lexicon && hit.labour === labour && hit.economy === economy) return hit;
  const read: ArticleRead = {
    text: a.text,
    lexicon,
    labour,
    economy,
    terms: ownTerms(a.text, referentTerms(a.text, a.sentences, { labour, economy })),
    loaded: countLoaded(a.text, lexicon),
    scare: scareQuotes(a.text, a.sentences).map((q) => ({ text: q.text, start: q.start, end: q.end })),
  };
  if (a.sentences) readCache.set(a.sentences, read);
  return read;
}

/**
 * The referent terms the outlet writes in its own voice: a speaker's words in a quotation are the
 * speaker's ('The minister said: "They are not protesters, they are rioters paid from abroad."'
 * gives the paper neither word), as for loaded words. Scare quotes (under four words) stay.
 */
function ownTerms(text: string, terms: ReferentTerm[]): ReferentTerm[] {
  if (terms.length === 0) return terms;
  const quoted = quotedSpans(text);
  return quoted.length === 0 ? terms : terms.filter((t) => !insideAny(quoted, t.start, t.end));
}

/** Occurrences arrive grouped by article (in id order) and in text order within an article. */
function row(referent: string, occurrences: readonly Occurrence[]): FramingRow {
  const perArticle = new Map<string, Map<string, number>>();
  const perOutlet = new Map<string, Map<string, number>>();
  for (const o of occurrences) {
    bump(perArticle, o.articleId, o.term);
    bump(perOutlet, o.outlet, o.term);
  }
  const terms = [...perArticle].flatMap(([articleId, counts]) => toTerms(counts).map((t) => ({ articleId, ...t })));
  const outlets = [...perOutlet.keys()].sort(byString).map((outlet) => ({ outlet, terms: toTerms(perOutlet.get(outlet)!) }));
  const sentences = occurrences.map((o) => ({ articleId: o.articleId, term: o.term, start: o.sentenceStart, end: o.sentenceEnd }));
  return { referent, entityId: null, terms, outlets, sentences };
}

function bump(map: Map<string, Map<string, number>>, key: string, term: string): void {
  const counts = map.get(key) ?? new Map<string, number>();
  counts.set(term, (counts.get(term) ?? 0) + 1);
  map.set(key, counts);
}

function toTerms(counts: ReadonlyMap<string, number>): Array<{ term: string; count: number }> {
  return [...counts].map(([term, count]) => ({ term, count })).sort(byCountThenTerm);
}

function countLoaded(text: string, lexicon: PhraseIndex<LoadedWord>): Array<{ word: string; count: number; valence: number | null }> {
  const counts = new Map<string, { word: string; count: number; valence: number | null }>();
  const quoted = quotedSpans(text);
  // Someone's quoted words are theirs: the outlet's loaded words are those of its own prose.
  for (const w of loadedTerms(text, lexicon)) {
    if (insideAny(quoted, w.start, w.end)) continue;
    const entry = counts.get(w.word) ?? { word: w.word, count: 0, valence: w.valence };
    entry.count++;
    counts.set(w.word, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || byString(a.word, b.word));
}
