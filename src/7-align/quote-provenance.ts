// Where a quote came from: its first publisher, and for each later occurrence whether the
// article credits that publisher (names its outlet, or carries it as a credited agency);
// the same words credited to different speakers; the verbs each outlet chose for them.
// Sample: MPA runs "We will not sign" (said); the Tribune reuses it without naming MPA
// (claimed) -> first MPA, Tribune uncredited, verbs say / claim. A later article that says the
// words were said to it ("the minister told the Ledger") without naming the first publisher is
// *firsthand*: its claim to its own interview, shown beside the earlier publication of the words
// (so is "told us" / "told this newspaper", the outlet speaking of itself).
// A date with no time of day is uncertain within its day: a small outlet dated "6 October" that
// credits the wire ("the Vessar Press Agency reported") is not first before the wire's 19:05 copy.
import { isPublicOccasion } from '../6-extract/quotes/model/channels.js';
import { creditOf, sameName } from '../4-derive/credit.js';
import { names, saidToItself, toldByFirst, toldOrigin } from './quote-origin.js';
import { timeAt } from './update-time.js';
import type { LiveUpdate } from '../core/types.js';
import type { Derivation } from '../core/analysis.js';

export { names } from './quote-origin.js';

export interface ProvenanceArticle {
  id: string;
  outlet: string | null;
  publishedAt: string | null;
  /** The date was estimated from dates in the text: a day at best. */
  dateEstimated?: boolean;
  byline?: string | null;
  text: string;
  agencies: string[];
  /** A live blog's updates: words in one were published at its time, not the page's. */
  updates?: ReadonlyArray<LiveUpdate>;
}

export interface ProvenanceOccurrence {
  articleId: string;
  lemma: string | null;
  verb: string | null;
  speaker: string | null;
  speakerEntityId: string | null;
  /** Where the words were said, when named: "AFP", "a statement", "the Ledger". */
  channel?: string | null;
  /** direct / partial (the words quoted) or reported (a paraphrase: "X said that …"). */
  kind?: 'direct' | 'partial' | 'reported';
  /** Offset of the words in the article's text (where the sentences before them are read from). */
  start?: number;
}

export type Credit = 'credited' | 'uncredited' | 'same-outlet' | 'firsthand' | 'public' | 'paraphrased' | 'unknown';

export interface QuoteProvenance {
  firstArticleId: string;
  firstOutlet: string | null;
  /**
   * Per later occurrence: credited (names the first publisher), same-outlet, firsthand (says the
   * words were said to itself: "told the Ledger"), public (the words were said where every reporter
   * could hear them: "told reporters", "in a statement"), paraphrased (it reports the statement in its
   * own words, quoting none), uncredited, or unknown (the first has no outlet).
   */
  reuse: Array<{ articleId: string; credit: Credit }>;
  /** Distinct attribution verbs (base forms) with the articles using each, most used first. */
  verbs: Array<{ lemma: string; articleIds: string[] }>;
  /** True when the occurrences name different speakers (resolved entities, else as written). */
  speakerDiffers: boolean;
  /**
   * Articles carrying the words with no publication date: the order is then uncertain (they
   * are put after the dated ones, unless they say the words were said to them).
   */
  undatedArticleIds: string[];
  /**
   * Articles of the first publisher's day whose order with it is not known, because one of the
   * two is dated by its day only (no time of day): the first is then one that credits no other
   * outlet for the words, where there is one.
   */
  sameDayArticleIds: string[];
}

const PRONOUN = /^(he|she|they|it|i|we|spokesman|spokeswoman|official|officials)$/;

/** A speaker as written that names no one by itself ("he", "the spokesman", "an official"): it stands in for whoever spoke. */
export const standsIn = (speaker: string) => PRONOUN.test(speaker.toLowerCase().split(/\s+/).pop() ?? '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DAY = 86_400_000;

/**
 * A date with no time of day: estimated from the text, or exactly midnight UTC, which is how
 * every date given as a day only ("Date: 6 October 2026", "2026-10-06") is stored. The store
 * keeps no precision, so an article really published at 00:00:00 UTC is taken as day-only too:
 * only its order within that day becomes uncertain.
 */
/** A date given without its time of day is stored at midnight UTC: it says the day only. */
export const dayOnlyIso = (iso: string): boolean => /T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/.test(iso);

export const dayOnly = (a: ProvenanceArticle | undefined): boolean => !!a?.publishedAt && (!!a.dateEstimated || dayOnlyIso(a.publishedAt));

/**
 * Does the article credit another outlet for what it reports: an agency it names that is not its
 * own ("told AFP", a dateline's agency), or a credit phrase naming one of `others`' outlets ("the
 * Vessar Press Agency reported")?
 */
function creditsAnother(a: ProvenanceArticle, others: readonly ProvenanceArticle[]): boolean {
  if (a.agencies.some((g) => !a.outlet || !sameName(g, a.outlet))) return true;
  const x = { ...a, title: null, byline: a.byline ?? null, language: null, contentHash: '' };
  return others.some((b) => b.id !== a.id && !!b.outlet && !(a.outlet && sameName(a.outlet, b.outlet)) && creditOf(x, { ...b, title: null, byline: null, language: null, contentHash: '' })?.via === 'credit');
}

/** Where words are said aloud before an audience any reporter could join: "told a rally", "at a news conference", "told supporters". */
const SPOKEN_AT = /\b(?:told|addressed|in front of|at|before|to|in|during)\s+((?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:rally|crowd|audience|supporters|reporters|journalists|press|conference|briefing|hearing|speech|address))(?![\p{L}\p{N}])/giu;

/**
 * Were these words said in public, by what the sentence holding them, or the one before it in
 * the same paragraph, says of the speaker: 'Braskov told a rally of supporters that he would ask
 * for a recount. "Thousands …," Braskov said.' The speaker as written (its last word) must be in
 * that sentence, or the sentence must open with he / she / they.
 */
export function saidInPublic(text: string, start: number, speaker: string | null): boolean {
  const para = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const sentences = para.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).slice(-2);
  const who = speaker && !standsIn(speaker) ? new RegExp(`(?<![\\p{L}\\p{N}])${escape(speaker.split(/\s+/).pop()!)}(?![\\p{L}\\p{N}])`, 'iu') : null;
  return sentences.some((s) => (!who || who.test(s) || /^["“‘]?(?:he|she|they)\b/i.test(s)) && [...s.matchAll(SPOKEN_AT)].some((m) => isPublicOccasion(m[1]!)));
}

/**
 * The articles `id` copies, directly or through a copy of a copy, by the derivations found
 * (src/4-derive): the Courier's near-duplicate of the wire copies the wire.
 */
export function copiedBy(id: string, derivations: ReadonlyArray<Pick<Derivation, 'articleId' | 'sourceArticleId'>>): Set<string> {
  const sources = sourcesOf(derivations);
  const seen = new Set<string>();
  const todo = [id];
  while (todo.length) {
    const x = todo.pop()!;
    for (const s of sources.get(x) ?? []) if (s !== id && !seen.has(s)) todo.push((seen.add(s), s));
  }
  return seen;
}

/** Each copy's sources, made once per list of derivations (asked for every reuse of every quote). */
const SOURCES = new WeakMap<object, Map<string, string[]>>();
function sourcesOf(derivations: ReadonlyArray<Pick<Derivation, 'articleId' | 'sourceArticleId'>>): Map<string, string[]> {
  let m = SOURCES.get(derivations);
  if (!m) {
    m = new Map();
    for (const d of derivations) (m.get(d.articleId) ?? m.set(d.articleId, []).get(d.articleId)!).push(d.sourceArticleId);
    SOURCES.set(derivations, m);
  }
  return m;
}

/**
 * `derivations`: who copies whom. Words in an article that copies the first publisher's article
 * (a near-duplicate of the wire) were taken from it, wherever the speaker said them: credited when
 * the copy names the first publisher, else uncredited, never "heard in public" or firsthand.
 */
export function quoteProvenance(occurrences: ProvenanceOccurrence[], byId: Map<string, ProvenanceArticle>, derivations: ReadonlyArray<Pick<Derivation, 'articleId' | 'sourceArticleId'>> = []): QuoteProvenance {
  // Said where every reporter could hear: the occurrence's channel ("told reporters"), or the sentence before says so ("told a rally").
  const heardInPublic = (x: ProvenanceOccurrence) => {
    if (x.channel && isPublicOccasion(x.channel)) return true;
    const a = byId.get(x.articleId);
    return !!a && x.start !== undefined && saidInPublic(a.text, x.start, x.speaker);
  };
  // An undated article goes after the dated ones, unless it says the words were said to it: an
  // interview is where the words first appeared ("Moraine told the Courier"), dated or not.
  // Words in a live blog's update were published at the update's time ("14:20"), not the page's.
  const when = (o: ProvenanceOccurrence) => {
    const a = byId.get(o.articleId);
    if (a && !a.publishedAt && saidToItself(o, a)) return -Infinity;
    const at = a ? timeAt(a, o.start) : null;
    return at ? Date.parse(at) : Infinity;
  };
  // Dated by its day only, unless the words are in a timed update.
  const dayOnlyAt = (o: ProvenanceOccurrence) => dayOnly(byId.get(o.articleId)) && timeAt(byId.get(o.articleId)!, o.start) === byId.get(o.articleId)!.publishedAt;
  const order = occurrences.map((o, i) => ({ o, i })).sort((a, b) => when(a.o) - when(b.o) || a.i - b.i);
  // Another outlet's article says the words were told to an outlet whose own article carries
  // them ('she told Station Nine this morning'): that article is the origin, even timed later.
  const origin = toldOrigin(order.map(({ o }) => o), byId);
  if (origin) order.unshift(...order.splice(order.findIndex(({ o }) => o.articleId === origin), 1));
  // The earliest dated by its day only: every article of that day may have come before it. The
  // first is then the earliest of them that credits no other outlet for the words.
  const sameDay: string[] = [];
  const earliest = byId.get(order[0]!.o.articleId);
  if (!origin && earliest && dayOnlyAt(order[0]!.o) && Number.isFinite(when(order[0]!.o))) {
    const t0 = when(order[0]!.o);
    const day = order.filter(({ o }) => when(o) >= t0 && when(o) < t0 + DAY);
    const articles = [...new Map(day.map(({ o }) => [o.articleId, byId.get(o.articleId)!])).values()];
    if (articles.length > 1) {
      const lead = day.find(({ o }) => !creditsAnother(byId.get(o.articleId)!, articles)) ?? day[0]!;
      order.splice(order.indexOf(lead), 1);
      order.unshift(lead);
      const chosen = byId.get(lead.o.articleId)!;
      // Timed articles are ordered among themselves: uncertain are those paired with a day-only date.
      for (const a of articles) if (a.id !== chosen.id && (dayOnly(chosen) || dayOnly(a))) sameDay.push(a.id);
    }
  }
  const first = byId.get(order[0]!.o.articleId);
  const firstOutlet = first?.outlet ?? null;
  // Whom the words came from: the first publisher, and the outlet it says they were told to
  // (not in the corpus): "she told Station Nine" in the first, "told local broadcaster Station Nine" later.
  const sources = firstOutlet ? [firstOutlet, ...toldByFirst(occurrences, first)] : [];
  const reuse: QuoteProvenance['reuse'] = [];
  for (const { o } of order.slice(1)) {
    const a = byId.get(o.articleId);
    if (!a || a.id === first?.id || reuse.some((r) => r.articleId === a.id)) continue;
    // Without the first publisher's outlet there is no name to look for.
    let credit: Credit = firstOutlet ? 'uncredited' : 'unknown';
    if (firstOutlet && a.outlet === firstOutlet) credit = 'same-outlet';
    else if (sources.some((n) => a.agencies.some((g) => sameName(g, n)) || names(a.text, n))) credit = 'credited';
    // A copy of the first publisher's article (or of another article of its outlet) lifted the words from it.
    else if (first && firstOutlet && [...copiedBy(a.id, derivations)].some((s) => s === first.id || byId.get(s)?.outlet === firstOutlet)) credit = 'uncredited';
    else if (occurrences.some((x) => x.articleId === a.id && saidToItself(x, a))) credit = 'firsthand';
    else if (firstOutlet && occurrences.some((x) => (x.articleId === a.id || x.articleId === first?.id) && heardInPublic(x))) credit = 'public';
    // It gives the statement in its own words ("Rendell said he would file a complaint"): no words lifted.
    else if (firstOutlet && occurrences.filter((x) => x.articleId === a.id).every((x) => x.kind === 'reported')) credit = 'paraphrased';
    reuse.push({ articleId: a.id, credit });
  }
  const verbs = new Map<string, Set<string>>();
  for (const o of occurrences) if (o.lemma) (verbs.get(o.lemma) ?? verbs.set(o.lemma, new Set()).get(o.lemma)!).add(o.articleId);
  // Each occurrence's speaker: its resolved entity, else the last word as written ("Haddad"), which
  // is the entity of a resolved occurrence written with the same last word ("Ana Ruiz" / "Ruiz");
  // "he" or "the spokesman" stands for whoever spoke. "Aid groups" beside a resolved ministry differ.
  const lastWord = (s: string) => s.toLowerCase().split(/\s+/).pop()!;
  const entityOfWord = new Map<string, string>();
  for (const o of occurrences) if (o.speakerEntityId && o.speaker) entityOfWord.set(lastWord(o.speaker), o.speakerEntityId);
  const speakers = new Set(occurrences.map((o) => o.speakerEntityId ?? (o.speaker && !standsIn(o.speaker) ? entityOfWord.get(lastWord(o.speaker)) ?? `w:${lastWord(o.speaker)}` : null)).filter((s): s is string => s !== null));
  return {
    firstArticleId: first?.id ?? order[0]!.o.articleId,
    firstOutlet,
    reuse,
    verbs: [...verbs].map(([lemma, ids]) => ({ lemma, articleIds: [...ids] })).sort((a, b) => b.articleIds.length - a.articleIds.length || (a.lemma < b.lemma ? -1 : 1)),
    speakerDiffers: speakers.size > 1,
    undatedArticleIds: [...new Set(occurrences.map((o) => o.articleId))].filter((id) => !byId.get(id)?.publishedAt),
    sameDayArticleIds: sameDay,
  };
}
