// Coverage grouped by a registry attribute, over the invented fixture corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { analyzeArticles } from '../../src/analyze/index.js';
import { OutletRegistry } from '../../src/outlets/registry.js';
import { groupReport, ungrouped } from '../../src/outlets/group.js';
import { comparisonToMarkdown, selectComparison } from '../../src/report/compare.js';
import { Report } from '../../src/report/schema.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import type { Article } from '../../src/core/types.js';

const registry = OutletRegistry.parse({
  outlets: [
    { name: 'The Calvaine Herald', domains: ['calvaineherald.example'], attributes: { country: 'Calvaine' } },
    // Two names of one outlet: after the registry they are one outlet, and one voice.
    { name: 'Northgate Daily Ledger', aliases: ['The Global Dispatch'], attributes: { country: 'Northgate' } },
    { name: 'Kaldera Tribune', domains: ['kalderatribune.example'], attributes: { country: 'Norvessa' } },
    { name: 'The Ashfell Voice', attributes: { country: 'Norvessa' } },
  ],
});

let articles: Article[];
beforeAll(async () => {
  const store = new SqliteStore(path.join(tempDir(), 'g.db'));
  const dir = path.join(ROOT, 'test/fixtures/corpus');
  await ingest(store, ['text', 'html'].flatMap((d) => readdirSync(path.join(dir, d)).map((f) => path.join(dir, d, f))));
  articles = await store.getArticles();
  await store.close();
});

describe('analysis with an outlet registry', () => {
  it('merges the names of one outlet and lists every outlet with its attributes', () => {
    const plain = analyzeArticles(articles);
    const merged = analyzeArticles(articles, { outlets: registry });
    expect(Report.safeParse(merged).success).toBe(true);
    expect(merged.outlets.map((o) => o.name)).not.toContain('The Global Dispatch');
    const ledger = merged.outlets.find((o) => o.name === 'Northgate Daily Ledger')!;
    expect(ledger.articleIds).toHaveLength(plain.outlets.filter((o) => ['Northgate Daily Ledger', 'The Global Dispatch'].includes(o.name)).flatMap((o) => o.articleIds).length);
    expect(ledger).toMatchObject({ registered: true, attributes: { country: 'Northgate' } });
    expect(merged.outlets.find((o) => o.name === 'Meridian Press Agency')).toMatchObject({ registered: false, attributes: {} });
    const outletsOf = (r: Report) => r.storylines.reduce((n, s) => n + s.outlets, 0);
    expect(outletsOf(merged)).toBe(outletsOf(plain) - 1);
  });
});

describe('groupReport', () => {
  it('columns are the attribute values; omissions are the corroborated claims no article of the group carries', () => {
    const r = analyzeArticles(articles, { outlets: registry });
    const g = groupReport(r, 'country', registry);
    const groups = new Set(g.articles.map((a) => a.outlet));
    expect([...groups].sort()).toEqual(['Calvaine', 'Northgate', 'Norvessa', ungrouped('country')].sort());
    const largest = [...g.storylines].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
    const c = selectComparison(g, largest.id);
    if ('error' in c) throw new Error(c.error);
    expect(c.outlets.every((o) => groups.has(o))).toBe(true);
    const groupOf = new Map(g.articles.map((a) => [a.id, a.outlet]));
    for (const o of g.omissions) {
      const scope = g.claims.filter((x) => x.storylineId === o.storylineId && x.eventId === o.eventId && x.status === 'corroborated');
      const uncarried = scope.filter((x) => !x.occurrences.some((occ) => groupOf.get(occ.articleId) === o.outlet));
      const missing = new Set(o.missing.map((m) => m.claimId));
      // Every omission is a corroborated claim none of the group's articles has a sentence in …
      expect([...missing].every((id) => uncarried.some((x) => x.id === id))).toBe(true);
      // … and every such claim is one, unless it is a statement the group carries by its quote or a credit (omission-carriers.ts).
      expect(uncarried.filter((x) => !missing.has(x.id)).every((x) => x.kind === 'statement')).toBe(true);
    }
  });

  it('the Markdown names the attribute, not outlets, in its counts and headers', () => {
    const g = groupReport(analyzeArticles(articles, { outlets: registry }), 'country', registry);
    const largest = [...g.storylines].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
    const c = selectComparison(g, largest.id);
    if ('error' in c) throw new Error(c.error);
    const md = comparisonToMarkdown(c, g, undefined, undefined, 'country');
    expect(md).toContain(`grouped by country: ${c.outlets.length} value`);
    expect(md).toContain('## Claims × country');
    expect(md).not.toContain('known outlet');
    if (md.includes('## Left out')) expect(md).toContain('| country | corroborated claims not carried |');
  });

  it('framing counts are kept, only regrouped', () => {
    const r = analyzeArticles(articles, { outlets: registry });
    const g = groupReport(r, 'country', registry);
    const total = (rows: Report['framing']) => rows.map((f) => f.outlets.reduce((n, o) => n + o.terms.reduce((k, t) => k + t.count, 0), 0));
    expect(total(g.framing)).toEqual(total(r.framing));
    expect(g.framing.flatMap((f) => f.outlets.map((o) => o.outlet)).every((o) => ['Calvaine', 'Northgate', 'Norvessa', ungrouped('country')].includes(o))).toBe(true);
  });
});
