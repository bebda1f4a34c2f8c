// What a batch changed (ClusterSession.takeChanges): every storyline not reported as changed or
// removed is exactly as it was, every batch article lies in a changed storyline, and removed
// storylines are gone (a small generated corpus in small batches, where early splits merge). A live analysis relies on it to redo only what changed.
// Twice: with copies joined to their originals (a copy in a later batch changes its original's
// storyline only), and with copies weighed as articles (then early splits of this corpus merge).
import { describe, expect, it } from 'vitest';
import { ClusterSession, DEFAULT_SETTINGS } from '../../src/5-cluster/index.js';
import { Corpus } from '../../bench/corpus.js';

describe('ClusterSession.takeChanges', () => {
  it.each([
    { copies: 'joined', copySimilarity: DEFAULT_SETTINGS.copySimilarity },
    { copies: 'weighed', copySimilarity: 2 },
  ])('reports every storyline a batch changed, and only those differ (copies $copies)', { timeout: 60_000 }, ({ copySimilarity }) => {
    const corpus = new Corpus(2000, 10);
    // The generated corpus gives articles outlets by position (p % 40), not by day, so one outlet's
    // articles of an event's several days are no daily dispatches: without the dispatch penalty
    // (dispatch.ts) the early splits this test needs still happen and merge.
    const session = new ClusterSession({ ...DEFAULT_SETTINGS, copySimilarity, outletDayPenalty: 0 });
    let merged = 0;
    let laterCopies = 0;
    for (const batch of corpus.batches(0, 2000, 20)) {
      const before = new Map(session.keyedStorylines().map((s) => [s.key, s]));
      session.add(batch);
      const { changed, removed } = session.takeChanges();
      const after = new Map(session.keyedStorylines().map((s) => [s.key, s]));
      const changedKeys = new Set(changed.map((s) => s.key));
      // Removed: gone now (a storyline made and merged within the batch is removed too).
      for (const key of removed) {
        expect(after.has(key)).toBe(false);
        if (before.has(key)) merged++;
      }
      for (const s of changed) expect(after.get(s.key)).toEqual(s);
      for (const [key, s] of after) if (!changedKeys.has(key)) expect(s).toEqual(before.get(key));
      for (const key of before.keys()) if (!after.has(key)) expect(removed).toContain(key);
      const storyOf = new Map(changed.flatMap((s) => s.articleIds.map((id) => [id, s.key] as const)));
      for (const a of batch) expect(storyOf.has(a.id)).toBe(true);
      const earlier = new Set(before.size ? [...before.values()].flatMap((s) => s.articleIds) : []);
      laterCopies += changed.flatMap((s) => s.events.flatMap((e) => e.why)).filter((w) => w.terms.length === 0 && w.matched && earlier.has(w.matched) && batch.some((a) => a.id === w.articleId)).length;
      expect(session.takeChanges()).toEqual({ changed: [], removed: [] });
    }
    // Storylines split at first are merged later (only when copies weigh: joined, they no longer split this corpus).
    if (copySimilarity > 1) expect(merged).toBeGreaterThan(0);
    else expect(laterCopies).toBeGreaterThan(0); // copies of an article of an earlier batch
  });
});
