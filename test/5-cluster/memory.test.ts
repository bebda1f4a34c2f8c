// A session outlives the articles it clustered: what it keeps (vocabulary, word memos, titles and
// leads, the "why") must not be views into their texts, which would keep every text in memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ClusterSession } from '../../src/5-cluster/index.js';
import type { AnalysisArticle } from '../../src/core/analysis.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Article n of a run: long words and names of its own (13+ letters, which V8 would slice), `words` words. */
function article(run: string, n: number, words: number): AnalysisArticle {
  const own = `Reconstitution${run}${n.toString(36)}ville`;
  const body = Array.from({ length: words }, (_, i) => (i % 7 === 0 ? `${own} harbourmastership${run}${n} ` : `talk${i % 40} said `));
  const text = `Officials of ${own} met on Tuesday. ${body.join('')}`;
  return { id: `${run}${n}`, title: n % 2 ? `Talks in ${own} resume` : null, text, outlet: null, byline: null, publishedAt: `2026-03-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00Z`, language: 'en', agencies: [], contentHash: `${run}${n}` };
}

/** Heap bytes a session still holds after clustering 400 articles of `words` words, and their text bytes. */
function held(run: string, words: number): { kept: number; textBytes: number; session: ClusterSession } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const session = new ClusterSession();
  let textBytes = 0;
  for (let b = 0; b < 8; b++) {
    const batch = Array.from({ length: 50 }, (_, i) => article(run, b * 50 + i, words));
    textBytes += batch.reduce((k, a) => k + a.text.length, 0);
    session.add(batch);
  }
  gc();
  return { kept: process.memoryUsage().heapUsed - before, textBytes, session };
}

describe('what a clustering session keeps of its articles', () => {
  it('does not grow with the length of their texts once the articles are gone', () => {
    held('w', 300); // code compiled, module memos sized
    const short = held('s', 300);
    const long = held('l', 3000);
    expect(long.session.storylines().flatMap((s) => s.articleIds)).toHaveLength(400);
    expect(long.textBytes).toBeGreaterThan(short.textBytes * 9);
    // Ten times the text, about the same memory: before leads, memo words and vocabulary were
    // copied out of the texts, the long run kept about its texts more (17 MB); a few texts stay in V8's regexp caches.
    expect(long.kept - short.kept).toBeLessThan(long.textBytes / 5);
  });
});
