// Claims matched by meaning (src/analyze/meaning.ts) with a tiny generated word-vectors model:
// three invented outlets cover one seizure; two of them say who took how many people in words
// that share nothing, which the word alignment leaves as two single-source claims.
import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { analyzeStored } from '../../src/analyze/stored.js';
import { matchClaimsByMeaning } from '../../src/analyze/meaning.js';
import { loadEmbedder } from '../../src/models/load.js';
import { Report } from '../../src/report/schema.js';
import { reportToMarkdown } from '../../src/report/markdown.js';
import { comparisonToMarkdown, selectComparison } from '../../src/report/compare.js';
import { draft } from '../helpers/draft.js';
import { writeTinyVectors } from '../helpers/tiny-vectors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-meaning-'));
const HERALD = 'Gunmen seized forty captives near the crossing.';
const VANTRA = 'Militants took 40 hostages close to the bridge.';
const stories = [
  { outlet: 'Dunmore Herald', at: '2026-05-02T08:00:00Z', text: `${HERALD} The Dunmore council met in an emergency session on Friday evening to discuss the seizure at the river. Police chief Ana Ruiz said the army had sealed every road around Dunmore by nightfall. Families of the missing gathered outside the town hall, where the mayor promised daily briefings.` },
  { outlet: 'Vantra News', at: '2026-05-02T10:00:00Z', text: `${VANTRA} Dunmore's council held an emergency session late on Friday about the seizure at the river. Ana Ruiz, the police chief, said army units had sealed the roads around Dunmore before nightfall. Traders in the market square closed early as rumours spread through the town.` },
  { outlet: 'Velmora Times', at: '2026-05-02T12:00:00Z', text: `The Dunmore council gathered for an emergency session on Friday evening over the seizure at the river. Police chief Ana Ruiz said soldiers had sealed the roads around Dunmore by nightfall. A regional governor is expected to visit Dunmore on Saturday to meet the families.` },
];

async function analysed(withVectors: boolean) {
  const store = new SqliteStore(path.join(dir, `s-${withVectors}.db`));
  try {
    await store.putArticles(stories.map((s, i) => draft({ source: `s${i}.txt`, title: `Seizure at Dunmore river (${s.outlet})`, outlet: s.outlet, publishedAt: s.at, text: s.text })));
    const outcomes: Array<{ joined: number; skippedScopes: number }> = [];
    const embedder = withVectors ? await loadEmbedder(writeTinyVectors(path.join(dir, 'tiny.vec'))) : undefined;
    const report = await analyzeStored(store, await store.getArticles(), { embedder, onMeaning: (o) => outcomes.push(o) });
    return { report, outcomes };
  } finally {
    await store.close();
  }
}

/** The claims holding the sentence `sentence` of the article of `outlet`. */
function claimsWith(report: Report, outlet: string, sentence: string) {
  const a = report.articles.find((x) => x.outlet === outlet)!;
  const start = a.text.indexOf(sentence);
  return report.claims.filter((c) => c.kind === 'statement' && c.occurrences.some((o) => o.articleId === a.id && o.start <= start && o.end >= start + sentence.length));
}

describe('claims matched by meaning', () => {
  it('without an embedder, the two wordings are two single-source claims and nothing says "byMeaning"', async () => {
    const { report, outcomes } = await analysed(false);
    expect(report.storylines).toHaveLength(1);
    const [h, v] = [claimsWith(report, 'Dunmore Herald', HERALD), claimsWith(report, 'Vantra News', VANTRA)];
    expect(h.map((c) => c.status)).toEqual(['single-source']);
    expect(v.map((c) => c.status)).toEqual(['single-source']);
    expect(h[0]!.id).not.toBe(v[0]!.id);
    expect(report.claims.some((c) => c.byMeaning)).toBe(false);
    expect(outcomes).toEqual([]);
  });

  it('with the tiny model, they are one corroborated claim in the Herald’s words, and the outlet without it omits it', async () => {
    const { report, outcomes } = await analysed(true);
    expect(() => Report.parse(report)).not.toThrow();
    const [h, v] = [claimsWith(report, 'Dunmore Herald', HERALD), claimsWith(report, 'Vantra News', VANTRA)];
    expect(h).toHaveLength(1);
    expect(v.map((c) => c.id)).toEqual([h[0]!.id]);
    const claim = h[0]!;
    expect(claim).toMatchObject({ status: 'corroborated', independentReports: 2, text: HERALD, byMeaning: { embedder: 'vectors:tiny.vec' } });
    expect(claim.byMeaning!.score).toBeGreaterThanOrEqual(0.85);
    expect(outcomes[0]!.joined).toBeGreaterThanOrEqual(1);
    const velmora = report.omissions.find((o) => o.outlet === 'Velmora Times' && o.eventId === claim.eventId)!;
    expect(velmora.missing.map((m) => m.claimId)).toContain(claim.id);
    // People see it too: the Markdown report and the comparison of the event.
    expect(reportToMarkdown(report)).toContain(`${HERALD} — 2 independent reports (joined by meaning)`);
    const event = selectComparison(report, claim.eventId!);
    if ('error' in event) throw new Error(event.error);
    expect(comparisonToMarkdown(event, report)).toMatch(/\| Gunmen seized forty captives near the crossing\. \| corroborated \(2\), by meaning \|/);
    // Every claim id an omission names is a claim of the report (joined claims are gone from both).
    const ids = new Set(report.claims.map((c) => c.id));
    expect(report.omissions.flatMap((o) => o.missing.map((m) => m.claimId)).every((id) => ids.has(id))).toBe(true);
  });

  it('joins nothing at a threshold no pair reaches, and leaves the report as it was', async () => {
    const { report } = await analysed(false);
    const embedder = await loadEmbedder(writeTinyVectors(path.join(dir, 'tiny.vec')));
    const out = await matchClaimsByMeaning(report, embedder, { threshold: 1.01, maxClaims: 4000 });
    expect(out.joined).toBe(0);
    expect(out.report).toBe(report);
  });

  it('leaves a scope with more statements than maxClaims alone and counts it', async () => {
    const { report } = await analysed(false);
    const embedder = await loadEmbedder(writeTinyVectors(path.join(dir, 'tiny.vec')));
    const out = await matchClaimsByMeaning(report, embedder, { threshold: 0.85, maxClaims: 1 });
    expect(out.joined).toBe(0);
    expect(out.skippedScopes).toBeGreaterThan(0);
  });
});
