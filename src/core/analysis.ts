// Plain data produced by the analysis stages (dedupe, derive, cluster) and put in the report.
// Offsets are UTF-16 positions in the article's cleaned `text`.

import type { LiveUpdate } from './types.js';

/** What the analysis stages need of an article (a stored Article satisfies it). */
export interface AnalysisArticle {
  id: string;
  title: string | null;
  text: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** True when publishedAt was estimated from dates in the text (a lower bound, not a fact). */
  dateEstimated?: boolean;
  language: string | null;
  /** Wire agencies the article credits (dateline, "told AFP", desk notes). */
  agencies: string[];
  contentHash: string;
  /** A live blog's updates, each with its own time (see ArticleDraft). */
  updates?: ReadonlyArray<LiveUpdate>;
}

/** A run of words one article shares with another. */
export interface Passage {
  /** Offsets in the derived article (the copy). */
  start: number;
  end: number;
  /** Offsets in the source article. */
  sourceStart: number;
  sourceEnd: number;
  /** Number of words in the shared run. */
  words: number;
}

export type DerivationKind = 'exact' | 'near-duplicate' | 'rewrite';

export interface Derivation {
  /** The copy. */
  articleId: string;
  sourceArticleId: string;
  kind: DerivationKind;
  /** Share of the copy's words found in the source (0..1). */
  reusedFraction: number;
  /** Share of the source's words found in the copy (0..1). */
  sourceReusedFraction: number;
  passages: Passage[];
  /** Why this direction: which signal decided who copied whom. */
  direction: { basis: 'date' | 'credit' | 'byline' | 'containment' | 'order'; detail: string };
}

/** Why an article joined a cluster: the shared terms and names that decided it. */
export interface MembershipWhy {
  articleId: string;
  score: number;
  terms: string[];
  names: string[];
  /** The article it matched best, or null for the first article of a cluster. */
  matched: string | null;
}

/** Why an event belongs to its storyline: how it joined, the score and the shared features. */
export interface EventWhy {
  /** 'first': it opened the storyline; 'joined': its first article matched the storyline;
   *  'merged': its storyline was merged into this one after a batch. */
  via: 'first' | 'joined' | 'merged';
  score: number;
  terms: string[];
  names: string[];
}

export interface EventCluster {
  id: string;
  title: string;
  articleIds: string[];
  start: string | null;
  end: string | null;
  why: MembershipWhy[];
  storylineWhy: EventWhy;
}

export interface Storyline {
  id: string;
  title: string;
  articleIds: string[];
  /** Derivation chains collapsed: how many independent voices the storyline has. */
  independentReports: number;
  outlets: number;
  events: EventCluster[];
}
