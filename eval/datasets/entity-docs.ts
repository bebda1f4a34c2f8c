// The shape both entity corpora (MEANTIME, NewsWCL50) are loaded into.
import type { Frag } from '../spans.js';

export interface GoldMention {
  frags: Frag[];
  /** Gold coreference chain, unique across the corpus. */
  chain: string;
  /** The corpus's own type label (PER, ORG, ACTOR, COUNTRY, ...). */
  type: string;
  /** Counted in the scores; the others only excuse predictions that overlap them (see spans.ts). */
  scored: boolean;
}

export interface EntityDoc {
  id: string;
  topic: string;
  text: string;
  mentions: GoldMention[];
  /**
   * Mention detection is scored only in text[0, detectUntil) when the corpus annotates all
   * mentions only there (whole text when absent); resolution uses all gold mentions.
   */
  detectUntil?: number;
}

export interface EntityCorpus {
  docs: EntityDoc[];
  /** One line on what was left out while loading, for the run notes. */
  note: string;
}

/** Sentences of each document from conll-like token rows: doc -> sentence -> token id -> token. */
export function sentencesByDoc(rows: ReadonlyArray<{ doc: string; sent: number; tok: number; token: string }>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const r of rows) {
    if (!Number.isInteger(r.sent) || !Number.isInteger(r.tok) || r.sent < 0 || r.tok < 0) continue;
    let doc = out.get(r.doc);
    if (!doc) out.set(r.doc, (doc = []));
    const sent = (doc[r.sent] ??= []);
    sent[r.tok] = r.token;
  }
  // Fill gaps so positions equal token ids.
  for (const doc of out.values())
    for (let s = 0; s < doc.length; s++) {
      const sent = (doc[s] ??= []);
      for (let t = 0; t < sent.length; t++) sent[t] ??= '';
    }
  return out;
}
