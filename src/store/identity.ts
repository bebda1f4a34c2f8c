// Which stored article an item without a URL is, shared by every driver. Without a URL the
// content is the identity, but the same text published by two outlets is two articles: a wire
// story and a newspaper's verbatim reprint of it have one content hash, and keeping only the one
// ingested first would lose the other's outlet and time (and with them who published first).
// So an item without a URL duplicates a stored version with its content hash only when the
// outlets agree: the same name (case, a leading "The" and punctuation aside), or either unknown
// (nothing tells them apart). Re-ingesting the same file or feed item gives the same outlet, so
// it stays a duplicate. The publication time is no part of the identity: the same item's date
// can drift between fetches (a feed's pubDate touched by an edit), and a rerun must add nothing.
import { createHash } from 'node:crypto';
import type { ArticleDraft } from '../core/types.js';
import { nameKey } from '../outlets/registry.js';

/** Stable id from the article's identity: its URL, else its content hash (and outlet, see hashIds). */
export function articleId(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

/** An outlet name as identities compare it, or null when unknown. */
export const outletKey = (outlet: string | null | undefined): string | null => (outlet ? nameKey(outlet) || null : null);

/** A stored version with the draft's content hash. */
export interface SameContent {
  id: string;
  version: number;
  outlet: string | null;
}

/**
 * The stored version an item without a URL duplicates, of those with its content hash (given in
 * id, version order): one of the same outlet first, else one whose outlet (or the item's) is
 * unknown; none when every one is another known outlet's.
 */
export function duplicateOf(d: Pick<ArticleDraft, 'outlet'>, stored: readonly SameContent[]): { id: string; version: number } | undefined {
  const mine = outletKey(d.outlet);
  const pick = (x: SameContent | undefined) => (x ? { id: x.id, version: x.version } : undefined);
  if (mine === null) return pick(stored[0]);
  return pick(stored.find((x) => outletKey(x.outlet) === mine)) ?? pick(stored.find((x) => outletKey(x.outlet) === null));
}

/**
 * Ids a new article without a URL may take, in order: over its content hash (what every such
 * article got before outlets were compared, so ids already stored stay valid), else, when another
 * outlet's article with the same text holds that id, over the hash and the outlet's name.
 */
export function hashIds(d: Pick<ArticleDraft, 'contentHash' | 'outlet'>): string[] {
  const base = articleId(`hash:${d.contentHash}`);
  const key = outletKey(d.outlet);
  return key === null ? [base] : [base, articleId(`hash:${d.contentHash}\noutlet:${key}`)];
}

/** The first of ids not taken; an error when all are (not expected: the same outlet's copy would be a duplicate). */
export function freeId(ids: readonly string[], taken: (id: string) => boolean, d: Pick<ArticleDraft, 'contentHash' | 'source'>): string {
  const id = ids.find((x) => !taken(x));
  if (!id) throw new Error(`no free article id for ${d.source} (content ${d.contentHash.slice(0, 12)}): every id its content and outlet give is taken`);
  return id;
}
