// Builds ArticleDrafts for store tests without running the clean stage.
import type { ArticleDraft } from '../../src/core/types.js';
import { contentHash } from '../../src/2-clean/hash.js';

export function draft(over: Partial<ArticleDraft> & { text: string }): ArticleDraft {
  const title = over.title ?? 'Flood barrier fails in Riverton';
  return {
    source: 'test.txt',
    format: 'text',
    url: null,
    title,
    outlet: 'The Valley Courier',
    outletFrom: 'input',
    byline: null,
    publishedAt: '2025-03-18T09:00:00.000Z',
    publishedAtFrom: 'input',
    dateEstimated: false,
    modifiedAt: null,
    language: 'en',
    dateline: null,
    agencies: [],
    boilerplate: { captions: [], credits: [], related: [], notes: [], bylines: [] },
    diagnostics: [],
    ...over,
    contentHash: contentHash(title, over.text),
  };
}
