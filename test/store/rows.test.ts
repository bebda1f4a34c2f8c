// Stored article data read back through zod: a live blog's updates round-trip, and articles
// stored before updates were kept (no `updates` key) still load (flood review 12).
import { describe, expect, it } from 'vitest';
import { dataOf, rowToArticle, type VersionRow } from '../../src/store/rows.js';
import type { ArticleDraft } from '../../src/core/types.js';

const draft: ArticleDraft = {
  source: 'blog.html', format: 'html', url: null, title: 'Live: storm over Hollin Bay', outlet: 'Ferrow Live', outletFrom: 'metadata', byline: null,
  publishedAt: '2026-05-12T06:10:00.000Z', publishedAtFrom: 'metadata', dateEstimated: false, modifiedAt: null, language: 'en',
  text: 'Ferries stopped.\n\nWater reached the square.', dateline: null, agencies: [],
  boilerplate: { captions: [], credits: [], related: [], notes: ['14:20', '06:10'], bylines: [] }, contentHash: 'h', diagnostics: [],
};
const row = (data: string): VersionRow => ({
  article_id: 'a-1', version: 1, versions: 1, content_hash: 'h', source: draft.source, format: draft.format, url: null, title: draft.title, outlet: draft.outlet,
  outlet_from: 'metadata', byline: null, published_at: draft.publishedAt, published_at_from: 'metadata', date_estimated: 0, modified_at: null, language: 'en', text: draft.text, data, ingested_at: '2026-05-12T22:00:00.000Z',
});

describe('stored article data', () => {
  it.each([
    ['with updates', [{ start: 0, at: '2026-05-12T14:20:00.000Z' }, { start: 18, at: '2026-05-12T06:10:00.000Z' }]],
    ['without', undefined],
  ])('round-trips a draft %s', (_n, updates) => {
    const a = rowToArticle(row(dataOf({ ...draft, ...(updates ? { updates } : {}) })));
    expect(a.updates).toEqual(updates);
    expect(a.publishedAt).toBe(draft.publishedAt);
  });

  it('loads data stored before updates were kept', () => {
    const old = JSON.stringify({ dateline: null, agencies: [], boilerplate: draft.boilerplate, diagnostics: [] });
    expect(rowToArticle(row(old)).updates).toBeUndefined();
  });

  it('rejects malformed updates as corrupt', () => {
    const bad = JSON.stringify({ dateline: null, agencies: [], boilerplate: draft.boilerplate, diagnostics: [], updates: [{ start: -1, at: 5 }] });
    expect(() => rowToArticle(row(bad))).toThrow(/updates/);
  });
});
