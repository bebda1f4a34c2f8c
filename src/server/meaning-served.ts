// The served analysis with the optional model (`parallax serve --vectors FILE`): every report the
// server hands out — the whole store's, or one storyline's in live mode — has its statement claims
// joined by meaning as `analyze --vectors` joins them (src/analyze/meaning.ts). The pass runs once
// per report made (kept by the report's identity), on the server's thread: used for the live
// storylines and for an embedder that cannot be shared; a shareable one (a word-vectors file)
// goes to the whole-store analysis thread instead (app.ts, analysis-worker.ts).
import type { SentenceEmbedder } from '../models/embedder.js';
import type { MeaningOptions } from '../7-align/meaning.js';
import { matchClaimsByMeaning } from '../analyze/meaning.js';
import type { Report } from '../report/schema.js';
import type { ServedAnalysis } from './served.js';

export interface ServedMeaning {
  embedder: SentenceEmbedder;
  options: MeaningOptions;
  /** Told how many claims each pass joined (the CLI logs it). */
  onPass?: (o: { joined: number; skippedScopes: number }) => void;
}

/** `inner` with every report it gives joined by meaning; the other views pass through. */
export function withMeaning(inner: ServedAnalysis, meaning: ServedMeaning): ServedAnalysis {
  const made = new WeakMap<Report, Promise<Report>>();
  const joined = (report: Report | null): Promise<Report | null> | null => {
    if (!report) return null;
    let p = made.get(report);
    if (!p) {
      p = matchClaimsByMeaning(report, meaning.embedder, meaning.options).then(({ report: out, joined, skippedScopes }) => {
        meaning.onPass?.({ joined, skippedScopes });
        return out;
      });
      // A failed pass is not kept: the next read tries again.
      p.catch(() => made.delete(report));
      made.set(report, p);
    }
    return p;
  };
  return {
    status: () => inner.status(),
    warm: inner.warm ? () => inner.warm!() : undefined,
    invalidate: () => inner.invalidate(),
    storylines: () => inner.storylines(),
    events: () => inner.events(),
    outlets: () => inner.outlets(),
    reportOf: async (id) => joined(await inner.reportOf(id)),
    reportOfArticle: async (id) => joined(await inner.reportOfArticle(id)),
    close: inner.close ? () => inner.close!() : undefined,
  };
}
