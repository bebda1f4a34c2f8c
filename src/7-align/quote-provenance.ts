// Where a quote came from: its first publisher, and for each later occurrence whether the
// article credits that publisher (names its outlet, or carries it as a credited agency);
// the same words credited to different speakers; the verbs each outlet chose for them.
// Sample: MPA runs "We will not sign" (said); the Tribune reuses it without naming MPA
// (claimed) -> first MPA, Tribune uncredited, verbs say / claim. A later article that says the
// words were said to it ("the minister told the Ledger") without naming the first publisher is
// *firsthand*: its claim to its own interview, shown beside the earlier publication of the words
// (so is "told us" / "told this newspaper", the outlet speaking of itself).
import { isPublicOccasion, isSelfReference } from '../6-extract/quotes/model/channels.js';
import { sameName } from '../4-derive/credit.js';

export interface ProvenanceArticle {
  id: string;
  outlet: string | null;
  publishedAt: string | null;
  text: string;
  agencies: string[];
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
}

const PRONOUN = /^(he|she|they|it|i|we|spokesman|spokeswoman|official|officials)$/;

/** A speaker as written that names no one by itself ("he", "the spokesman", "an official"): it stands in for whoever spoke. */
export const standsIn = (speaker: string) => PRONOUN.test(speaker.toLowerCase().split(/\s+/).pop() ?? '');
const time = (a: ProvenanceArticle | undefined) => (a?.publishedAt ? Date.parse(a.publishedAt) : Infinity);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the text name the outlet ("Meridian Press Agency", or its initials "MPA" as a word)? */
export function names(text: string, outlet: string): boolean {
  if (new RegExp(`\\b${escape(outlet)}\\b`, 'i').test(text)) return true;
  const words = outlet.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]).join('');
  return initials.length >= 2 && new RegExp(`\\b${escape(initials)}\\b`).test(text);
}

/** Does this occurrence say the words were said to its own outlet ("told the Ledger", "told us")? */
const saidToItself = (o: ProvenanceOccurrence, a: ProvenanceArticle | undefined) => !!(a && o.channel && (isSelfReference(o.channel) || (a.outlet && names(o.channel, a.outlet))));

export function quoteProvenance(occurrences: ProvenanceOccurrence[], byId: Map<string, ProvenanceArticle>): QuoteProvenance {
  // An undated article goes after the dated ones, unless it says the words were said to it: an
  // interview is where the words first appeared ("Moraine told the Courier"), dated or not.
  const when = (o: ProvenanceOccurrence) => {
    const a = byId.get(o.articleId);
    return a && !a.publishedAt && saidToItself(o, a) ? -Infinity : time(a);
  };
  const order = occurrences.map((o, i) => ({ o, i })).sort((a, b) => when(a.o) - when(b.o) || a.i - b.i);
  const first = byId.get(order[0]!.o.articleId);
  const firstOutlet = first?.outlet ?? null;
  const reuse: QuoteProvenance['reuse'] = [];
  for (const { o } of order.slice(1)) {
    const a = byId.get(o.articleId);
    if (!a || a.id === first?.id || reuse.some((r) => r.articleId === a.id)) continue;
    // Without the first publisher's outlet there is no name to look for.
    let credit: Credit = firstOutlet ? 'uncredited' : 'unknown';
    if (firstOutlet && a.outlet === firstOutlet) credit = 'same-outlet';
    else if (firstOutlet && (a.agencies.some((g) => sameName(g, firstOutlet)) || names(a.text, firstOutlet))) credit = 'credited';
    else if (occurrences.some((x) => x.articleId === a.id && saidToItself(x, a))) credit = 'firsthand';
    else if (firstOutlet && occurrences.some((x) => (x.articleId === a.id || x.articleId === first?.id) && x.channel && isPublicOccasion(x.channel))) credit = 'public';
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
  };
}
