// The project's invented corpus (test/fixtures/README.md): MPA's wire story jsonl/wire.jsonl:1 is
// reprinted verbatim by the Calvaine Herald, reprinted with a new headline and a trimmed ending by
// the Northgate Daily Ledger, and rewritten (crediting MPA) by the Global Dispatch.
import { describe, it, expect } from 'vitest';
import { derive, findDerivations, independentReports } from '../../src/4-derive/index.js';
import { findDuplicates } from '../../src/3-dedupe/index.js';
import { loadCorpus } from './corpus.js';

const corpus = loadCorpus();
const get = (id: string) => corpus.find((a) => a.id === id)!;
const WIRE = 'jsonl/wire.jsonl:1';
const HERALD = 'html/calvaine-herald-talks-open.html';
const NORTHGATE = 'html/northgate-ledger-hall-of-tides.html';
const DISPATCH = 'html/global-dispatch-talks-stall.html';

describe('fixture corpus', () => {
  it('loads every text, JSON and HTML article', () => {
    expect(corpus.length).toBe(18);
    expect(get(HERALD).text.startsWith('PORT ALDEN, March 18 (MPA)')).toBe(true);
  });

  it.each([
    ['Herald: verbatim copy', HERALD, 'near-duplicate', 0.95, 0.95],
    ['Northgate: trimmed copy', NORTHGATE, 'near-duplicate', 0.95, 0.8],
    ['Global Dispatch: rewrite crediting MPA', DISPATCH, 'rewrite', 0.1, 0.1],
  ])('%s', (_n, id, kind, reused, sourceReused) => {
    const d = derive(get(id), get(WIRE))!;
    expect(d).toMatchObject({ articleId: id, sourceArticleId: WIRE, kind, direction: { basis: 'credit', detail: 'credits Meridian Press Agency' } });
    expect(d.reusedFraction).toBeGreaterThanOrEqual(reused);
    expect(d.sourceReusedFraction).toBeGreaterThanOrEqual(sourceReused);
  });

  it.each([
    ['Kaldera Tribune quotes the same statements', 'html/kaldera-tribune-dunmoor-attack.html', WIRE],
    ['Ashfell Voice quotes the same statement', 'html/ashfell-voice-dunmoor-shelling.html', WIRE],
    ["MPA's second-round story repeats names and the desk note", 'text/mpa-second-round.txt', WIRE],
    ['MPA follow-up on the same talks', 'jsonl/wire.jsonl:2', WIRE],
    ['The Dispatch credits MPA but wire:2 came out later', DISPATCH, 'jsonl/wire.jsonl:2'],
  ])('not derived: %s', (_n, x, y) => {
    expect(derive(get(x), get(y))).toBeNull();
  });

  it('one duplicate group: the wire story and its two reprints', () => {
    expect(findDuplicates(corpus)).toEqual([{ ids: [HERALD, NORTHGATE, WIRE], kind: 'near-duplicate', representative: WIRE }]);
  });

  it('findDerivations links exactly the three reuses, and 18 articles are 15 voices', () => {
    const ds = findDerivations(corpus);
    expect(ds.map((d) => [d.articleId, d.sourceArticleId])).toEqual([
      [HERALD, WIRE],
      [DISPATCH, WIRE],
      [NORTHGATE, WIRE],
    ]);
    expect(independentReports(corpus.map((a) => a.id), ds)).toBe(15);
  });
});
