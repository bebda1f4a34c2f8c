// Golden test: every fixture article read, cleaned and compared with expected.json.
import { describe, it, expect, beforeAll } from 'vitest';
import type { ArticleDraft } from '../../src/core/types.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { expected, expectedRejections, loadCorpus, sameAgency } from '../fixtures/golden.js';

let drafts: Map<string, ArticleDraft>;
let rejected: Map<string, Diagnostic>;
beforeAll(async () => {
  ({ drafts, rejected } = await loadCorpus());
});

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('fixture corpus: golden metadata', () => {
  it('reads exactly the expected items and rejections', () => {
    expect([...drafts.keys()].sort()).toEqual(Object.keys(expected).sort());
    expect([...rejected.keys()].sort()).toEqual(Object.keys(expectedRejections).sort());
  });

  describe.each(Object.entries(expected))('%s', (source, exp) => {
    const get = () => {
      const d = drafts.get(source);
      if (!d) throw new Error(`${source} was not ingested: ${rejected.get(source)?.message ?? 'missing'}`);
      return d;
    };
    it('title, outlet, byline, url, language', () => {
      const d = get();
      expect(d.title).toBe(exp.title);
      if ('outlet' in exp) expect(d.outlet).toBe(exp.outlet);
      if ('byline' in exp) expect(d.byline).toBe(exp.byline);
      if ('url' in exp) expect(d.url).toBe(exp.url);
      if (exp.language) expect(d.language).toBe(exp.language);
    });
    it('dates', () => {
      const d = get();
      if ('publishedAt' in exp) expect(d.publishedAt).toBe(exp.publishedAt);
      if ('modifiedAt' in exp) expect(d.modifiedAt).toBe(exp.modifiedAt);
      if ('dateEstimated' in exp) expect(d.dateEstimated).toBe(exp.dateEstimated);
    });
    it('body keeps the article and nothing else', () => {
      const d = get();
      const body = squash(d.text);
      if (exp.bodyStartsWith) expect(body.startsWith(squash(exp.bodyStartsWith))).toBe(true);
      for (const s of exp.bodyContains ?? []) expect(body).toContain(squash(s));
      for (const s of exp.bodyExcludes ?? []) expect(body).not.toContain(squash(s));
    });
    it('boilerplate kept as metadata', () => {
      const d = get();
      if ('dateline' in exp) {
        if (exp.dateline === null) expect(d.dateline).toBeNull();
        else {
          expect(d.dateline?.place?.toLowerCase()).toBe(exp.dateline!.place.toLowerCase());
          if (exp.dateline!.agency) expect(sameAgency(d.dateline?.agency ?? '', exp.dateline!.agency)).toBe(true);
        }
      }
      for (const c of exp.captions ?? []) expect(d.boilerplate.captions.map(squash)).toContain(squash(c));
      for (const c of exp.credits ?? []) expect(d.boilerplate.credits).toContain(c);
      for (const a of exp.agencies ?? []) expect(d.agencies.some((x) => sameAgency(x, a))).toBe(true);
      if (exp.decodeWarning) expect(d.diagnostics.some((x) => x.code === 'charset-fallback')).toBe(true);
    });
  });

  describe.each(Object.entries(expectedRejections))('rejects %s', (source, exp) => {
    it(`with code ${exp.code} and a message naming the problem`, () => {
      const d = rejected.get(source);
      expect(d, `${source} should be rejected`).toBeDefined();
      expect(d!.code).toBe(exp.code);
      if (exp.line) expect(d!.line).toBe(exp.line);
      for (const m of exp.mentions) expect(d!.message.toLowerCase()).toContain(m.toLowerCase());
    });
  });
});
