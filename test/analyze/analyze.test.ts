// The report over the project's fixture corpus: valid against the schema, with the
// invariants every consumer relies on, and the copies the corpus was written with.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticles } from '../../src/analyze/index.js';
import { Report, reportJsonSchema } from '../../src/report/schema.js';
import { reportToMarkdown } from '../../src/report/markdown.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';
import { ROOT } from '../helpers/cli.js';

let report: Report;
let bySource: Map<string, string>;
beforeAll(async () => {
  const { drafts } = await loadCorpus();
  const articles: Article[] = [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
  report = analyzeArticles(articles);
  bySource = new Map(report.articles.map((a) => [a.source, a.id]));
});

describe('analyzeArticles on the fixture corpus', () => {
  it('produces a report valid against the schema', () => {
    expect(() => Report.parse(report)).not.toThrow();
    expect(report.version).toBe(1);
  });

  it('storylines partition the articles; events partition each storyline', () => {
    const ids = report.articles.map((a) => a.id).sort();
    expect(report.storylines.flatMap((s) => s.articleIds).sort()).toEqual(ids);
    for (const s of report.storylines) {
      expect(s.events.flatMap((e) => e.articleIds).sort()).toEqual([...s.articleIds].sort());
      expect(s.independentReports).toBeLessThanOrEqual(s.articleIds.length);
    }
  });

  it('lists events on a timeline and counts known outlets only', () => {
    for (const s of report.storylines) {
      const starts = s.events.map((e) => e.start ?? '\uffff');
      expect(starts).toEqual([...starts].sort());
      const known = new Set(s.articleIds.map((id) => report.articles.find((a) => a.id === id)!.outlet).filter(Boolean));
      expect(s.outlets).toBe(known.size);
    }
  });

  it('passage offsets lie inside both texts', () => {
    const text = new Map(report.articles.map((a) => [a.id, a.text]));
    for (const d of report.derivations) {
      for (const p of d.passages) {
        expect(p.end).toBeLessThanOrEqual(text.get(d.articleId)!.length);
        expect(p.sourceEnd).toBeLessThanOrEqual(text.get(d.sourceArticleId)!.length);
        expect(p.start).toBeLessThan(p.end);
      }
    }
  });

  it('finds the copies the corpus was written with, and their direction', () => {
    const wire = bySource.get('jsonl/wire.jsonl:1')!;
    const of = (src: string) => report.derivations.find((d) => d.articleId === bySource.get(src));
    expect(of('html/calvaine-herald-talks-open.html')).toMatchObject({ sourceArticleId: wire, kind: 'exact' });
    expect(of('html/northgate-ledger-hall-of-tides.html')).toMatchObject({ sourceArticleId: wire, kind: 'near-duplicate' });
    expect(of('html/global-dispatch-talks-stall.html')).toMatchObject({ sourceArticleId: wire, kind: 'rewrite', direction: { basis: 'credit' } });
    expect(of('html/kaldera-tribune-dunmoor-attack.html')).toBeUndefined();
    const story = report.storylines.find((s) => s.articleIds.includes(wire))!;
    const group = [wire, ...['html/calvaine-herald-talks-open.html', 'html/northgate-ledger-hall-of-tides.html', 'html/global-dispatch-talks-stall.html'].map((s) => bySource.get(s)!)];
    // The wire story and its three reuses are one voice.
    expect(story.independentReports).toBeLessThanOrEqual(story.articleIds.length - 3);
    expect(group.every((id) => story.articleIds.includes(id))).toBe(true);
  });

  it('claims: offsets inside their articles, articles inside their event, omissions only of corroborated claims', () => {
    expect(report.claims.length).toBeGreaterThan(0);
    const text = new Map(report.articles.map((a) => [a.id, a.text]));
    const events = new Map(report.storylines.flatMap((s) => s.events.map((e) => [e.id, new Set(e.articleIds)] as const)));
    const storylines = new Map(report.storylines.map((s) => [s.id, new Set(s.articleIds)] as const));
    for (const c of report.claims) {
      for (const o of c.occurrences) {
        expect(o.end).toBeLessThanOrEqual(text.get(o.articleId)!.length);
        expect(o.start).toBeLessThan(o.end);
        expect((c.eventId === null ? storylines.get(c.storylineId) : events.get(c.eventId))!.has(o.articleId)).toBe(true);
      }
      if (c.status === 'corroborated') expect(c.independentReports).toBeGreaterThanOrEqual(2);
    }
    const status = new Map(report.claims.map((c) => [c.id, c.status]));
    for (const o of report.omissions) for (const m of o.missing) expect(status.get(m.claimId)).toBe('corroborated');
    expect(report.claims.some((c) => c.status === 'corroborated')).toBe(true);
    // Storylines of several events are also compared as a whole.
    expect(report.claims.some((c) => c.eventId === null)).toBe(true);
  });

  it('framing: the corpus outlets name the armed group and the people it holds differently', () => {
    const terms = (referent: string, outlet: string) => report.framing.find((f) => f.referent === referent)?.outlets.find((o) => o.outlet === outlet)?.terms.map((t) => t.term) ?? [];
    // The fixture corpus was written with these vocabularies (test/fixtures/README.md).
    expect(terms('armed group', 'Kaldera Tribune')).toContain('militants');
    expect(terms('armed group', 'The Ashfell Voice')).toContain('freedom fighters');
    expect(terms('people held', 'Kaldera Tribune')).toContain('hostages');
    expect(terms('people held', 'Meridian Press Agency')).toContain('detainees');
    for (const f of report.framing) for (const s of f.sentences) expect(s.end).toBeLessThanOrEqual(report.articles.find((a) => a.id === s.articleId)!.text.length);
  });

  it('renders Markdown naming every storyline', () => {
    const md = reportToMarkdown(report);
    for (const s of report.storylines) expect(md).toContain(s.title.replace(/\|/g, '\\|'));
    expect(md).toContain('## Copies and rewrites');
  });

  it('counts in its sentences with the noun in the right number', () => {
    const one = reportToMarkdown({ ...report, storylines: report.storylines.slice(0, 1), derivations: report.derivations.slice(0, 1) });
    expect(one).toContain(`${report.articles.length} articles, 1 storyline, 1 derivation.`);
    expect(reportToMarkdown({ ...report, storylines: [], derivations: [] })).toContain('articles, 0 storylines, 0 derivations.');
  });

  it('renders the claims of a storyline\'s events taken together under that storyline', () => {
    const md = reportToMarkdown(report);
    const s = report.storylines.find((x) => x.events.length > 1 && report.claims.some((c) => c.eventId === null && c.storylineId === x.id && c.status === 'corroborated'))!;
    const section = md.slice(md.indexOf(`## ${s.title.replace(/\|/g, '\\|')}`)).split('\n## ')[0]!;
    const across = section.slice(section.indexOf('#### Across its events'), section.indexOf('\n### '));
    expect(across).toContain('#### Across its events');
    // The list shows the statements most reports carry first.
    const claim = report.claims.filter((c) => c.eventId === null && c.storylineId === s.id && c.status === 'corroborated').sort((a, b) => b.independentReports - a.independentReports)[0]!;
    expect(across).toContain(claim.kind === 'statement' ? claim.text.slice(0, 40).replace(/\|/g, '\\|') : '**corroborated**');
  });
});

describe('docs/report.schema.json', () => {
  it('is the schema generated from src/report/schema.ts (run npm run schema)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'docs/report.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });
});
