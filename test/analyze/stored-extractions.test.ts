// Extractions kept in the store: made once (at ingest or by the first analysis), read back by
// later analyses, and never trusted when stale or damaged. The report is the same either way.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { analyzeArticles } from '../../src/analyze/index.js';
import { analyzeStored } from '../../src/analyze/stored.js';
import { ExtractionCache } from '../../src/analyze/extraction.js';
import { extractionKey, loadExtractions, parseStoredExtraction, storedExtractionOk, StoredExtraction, storeExtractions } from '../../src/analyze/stored-extractions.js';
import fc from 'fast-check';
import { extractArticle } from '../../src/6-extract/index.js';
import { encodeExtraction } from '../../src/analyze/extraction-row.js';
import type { ExtractionLoad } from '../../src/analyze/stored-extractions.js';
import { CORPUS } from '../fixtures/golden.js';

const TEXT_DIR = path.join(CORPUS, 'text');
const openStore = () => new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'parallax-derived-')), 'store.db'));

describe('extractions kept in the store', () => {
  it('an ingest with extract keeps one row per new article; analyses then read them and extract nothing', async () => {
    const store = openStore();
    const run = await ingest(store, [TEXT_DIR], { extract: true });
    const ids = run.outcomes.filter((o) => o.status === 'stored').map((o) => o.id!);
    expect(ids.length).toBeGreaterThan(3);
    const articles = await store.getArticles();
    const rows = await store.getDerived('extraction', ids);
    expect(rows.size).toBe(ids.length);
    for (const a of articles) expect(rows.get(a.id)!.key).toBe(extractionKey(a));
    let load: ExtractionLoad | null = null;
    const report = await analyzeStored(store, articles, { onLoad: (l) => (load = l) });
    expect(load).toEqual({ cached: 0, stored: articles.length, extracted: 0, damaged: 0 });
    expect(report).toEqual(analyzeArticles(articles));
    // Ingesting the same files again stores nothing new and extracts nothing.
    expect(await storeExtractions(store, articles)).toBe(0);
    await store.close();
  });

  it('without extract, the first analysis extracts and keeps; the second reads', async () => {
    const store = openStore();
    await ingest(store, [TEXT_DIR]);
    const articles = await store.getArticles();
    expect((await store.getDerived('extraction', articles.map((a) => a.id))).size).toBe(0);
    const first = await loadExtractions(store, articles, new ExtractionCache());
    expect(first).toEqual({ cached: 0, stored: 0, extracted: articles.length, damaged: 0 });
    const cache = new ExtractionCache();
    const second = await loadExtractions(store, articles, cache);
    expect(second).toEqual({ cached: 0, stored: articles.length, extracted: 0, damaged: 0 });
    // What was read back is what the extractor makes.
    for (const a of articles) expect(cache.get({ ...a, byline: null, agencies: [] } as never)).toEqual(extractArticle(a.text, a.publishedAt));
    expect(await loadExtractions(store, articles, cache)).toEqual({ cached: articles.length, stored: 0, extracted: 0, damaged: 0 });
    await store.close();
  });

  it('a damaged or stale row is extracted again and rewritten', async () => {
    const store = openStore();
    await ingest(store, [TEXT_DIR], { extract: true });
    const [a, b, c] = await store.getArticles();
    await store.putDerived('extraction', [
      { id: a!.id, key: extractionKey(a!), data: '{"sentences": [' }, // cut short
      { id: b!.id, key: extractionKey(b!), data: encodeExtraction({ ...extractArticle(b!.text, b!.publishedAt), sentences: [{ start: 0, end: b!.text.length + 5 }] }, b!.text) },
      { id: c!.id, key: 'x0|an older extractor', data: '{}' },
    ]);
    const load = await loadExtractions(store, [a!, b!, c!], new ExtractionCache());
    expect(load).toEqual({ cached: 0, stored: 0, extracted: 3, damaged: 2 });
    const again = await loadExtractions(store, [a!, b!, c!], new ExtractionCache());
    expect(again).toEqual({ cached: 0, stored: 3, extracted: 0, damaged: 0 });
    await store.close();
  });
});

describe('parseStoredExtraction', () => {
  const text = 'The ferry sailed from Dunmore at noon on Monday with 40 people aboard. "We are late," the captain, Ana Ruiz, said.';
  const good = extractArticle(text, null);
  const row = encodeExtraction(good, text);
  // The row with one value changed: `edit` gets the parsed row and changes it in place.
  const edited = (edit: (r: Record<string, any>) => void) => {
    const r = JSON.parse(row);
    edit(r);
    return JSON.stringify(r);
  };
  const cases: Array<[string, string, boolean]> = [
    ['what the extractor made', row, true],
    ['not JSON', 'not json', false],
    ['JSON but not an object', '[1,2]', false],
    ['the plain JSON of an extraction (an older row format)', JSON.stringify(good), false],
    ['another row format', edited((r) => (r.v = 3)), false],
    ['a missing section', edited((r) => delete r.dates), false],
    ['sentence offsets not in pairs', edited((r) => r.s.push(3)), false],
    ['an offset past the text', edited((r) => (r.s[1] = text.length + 1)), false],
    ['a span ending before it starts', edited((r) => (r.s = [9, 3])), false],
    ['a negative offset', edited((r) => (r.figures = [{ start: -1, end: 2, text: 0 }])), false],
    ['a span text that is neither 0 nor a string', edited((r) => (r.quotes[0].content.text = 7)), false],
    ['a mention cut short', edited((r) => r.m.pop()), false],
    ['a quote without its content span', edited((r) => (r.quotes = [{ speakerEntity: null }])), false],
  ];
  it.each(cases)('%s', (_name, json, ok) => {
    const parsed = parseStoredExtraction(json, text);
    if (ok) expect(parsed).toEqual(good);
    else expect(parsed).toBeNull();
  });

  it('gives back what the extractor made, key order included, for every fixture article; rows are under 70 % of the plain JSON', async () => {
    const store = openStore();
    await ingest(store, [TEXT_DIR]);
    let plain = 0;
    let compact = 0;
    for (const a of await store.getArticles()) {
      const x = extractArticle(a.text, a.publishedAt);
      const json = encodeExtraction(x, a.text);
      expect(JSON.stringify(parseStoredExtraction(json, a.text))).toBe(JSON.stringify(x));
      plain += JSON.stringify(x).length;
      compact += json.length;
    }
    expect(compact).toBeLessThan(0.7 * plain);
    await store.close();
  });

  it('has every section to damage', () => {
    for (const list of [good.entities.mentions, good.quotes, good.figures, good.dates]) expect(list.length).toBeGreaterThan(0);
  });

  it('keeps a span text that is not the characters at its offsets', () => {
    const odd = { ...good, figures: [{ ...good.figures[0], start: 0, end: 3, text: 'noon' } as never] };
    expect(parseStoredExtraction(encodeExtraction(odd, text), text)).toEqual(odd);
  });
});

describe('storedExtractionOk', () => {
  // The reference: the schema, then every span inside the text (what parseStoredExtraction did before the check by hand).
  const reference = (raw: unknown, length: number): boolean => {
    const parsed = StoredExtraction.safeParse(raw);
    if (!parsed.success) return false;
    const x = parsed.data;
    return [...x.sentences, ...x.entities.mentions, ...x.quotes.map((q) => q.content), ...x.figures, ...x.dates].every((s) => s.start <= s.end && s.end <= length);
  };
  const text = 'Officials said on Monday that 40 people were rescued, including 12 children. "The river rose overnight," the mayor, Ana Ruiz, told reporters in Dunmore. At least 300 homes were flooded, the council said.';
  const good = extractArticle(text, '2025-03-03T10:00:00Z');
  const paths: Array<Array<string | number>> = [];
  const walk = (x: unknown, at: Array<string | number>) => {
    paths.push(at);
    if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...at, Array.isArray(x) ? Number(k) : k]);
  };
  walk(good, []);
  const odd = [null, undefined, -1, 0, 1.5, text.length, text.length + 1, 2 ** 53, 'x', true, [], {}, [{ start: 0, end: 1 }], { start: 2, end: 1 }];

  it('has sections of every kind to mutate', () => {
    expect(good.quotes.length).toBeGreaterThan(0);
    expect(good.figures.length).toBeGreaterThan(0);
    expect(good.dates.length).toBeGreaterThan(0);
    expect(storedExtractionOk(good, text.length)).toBe(true);
  });

  it('agrees with the schema and the offset check on mutated rows', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), fc.nat(odd.length - 1)), { minLength: 1, maxLength: 3 }), fc.oneof(fc.constant(text.length), fc.nat(text.length + 2)), (edits, length) => {
        const x = structuredClone(good) as unknown as Record<string, unknown>;
        let root: unknown = x;
        for (const [p, v] of edits) {
          const path = paths[p]!;
          if (!path.length) {
            root = structuredClone(odd[v]);
            continue;
          }
          let at: unknown = root;
          for (const k of path.slice(0, -1)) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[k] : undefined;
          if (at && typeof at === 'object') (at as Record<string, unknown>)[path.at(-1)!] = structuredClone(odd[v]);
        }
        expect(storedExtractionOk(root, length)).toBe(reference(root, length));
      }),
      { numRuns: 2000 },
    );
  });
});
