// The served analysis with the optional model (src/server/meaning-served.ts): a tiny generated
// word-vectors model; two invented outlets word one seizure differently. Without the model the
// storyline's matrix has two single-source rows; with it, one corroborated row marked by meaning,
// over the whole-store analysis (on its thread and in-process) and the live one. On the analysis
// thread the model is shared with it and the pass runs there.
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { createApp, type ParallaxApp } from '../../src/server/app.js';
import { loadEmbedder } from '../../src/models/load.js';
import type { SentenceEmbedder } from '../../src/models/embedder.js';
import { DEFAULT_MEANING } from '../../src/7-align/meaning.js';
import { draft } from '../helpers/draft.js';
import { tempDir } from '../helpers/cli.js';
import { writeTinyVectors } from '../helpers/tiny-vectors.js';

const dir = tempDir();
const HERALD = 'Gunmen seized forty captives near the crossing.';
const VANTRA = 'Militants took 40 hostages close to the bridge.';
const stories = [
  { outlet: 'Dunmore Herald', at: '2026-05-02T08:00:00Z', text: `${HERALD} The Dunmore council met in an emergency session on Friday evening to discuss the seizure at the river. Police chief Ana Ruiz said the army had sealed every road around Dunmore by nightfall.` },
  { outlet: 'Vantra News', at: '2026-05-02T10:00:00Z', text: `${VANTRA} Dunmore's council held an emergency session late on Friday about the seizure at the river. Ana Ruiz, the police chief, said army units had sealed the roads around Dunmore before nightfall.` },
];
const apps: ParallaxApp[] = [];
const stores: SqliteStore[] = [];
afterAll(async () => {
  for (const a of apps) await a.close();
  for (const s of stores) await s.close();
});

type Row = { label: string; status: string; independentReports: number; byMeaning: { embedder: string; score: number } | null };

async function matrix(name: string, opts: Parameters<typeof createApp>[1]): Promise<{ rows: Row[]; passes: number[] }> {
  const store = new SqliteStore(path.join(dir, `${name}.db`));
  stores.push(store);
  await store.putArticles(stories.map((s, i) => draft({ source: `s${i}.txt`, title: `Seizure at Dunmore river (${s.outlet})`, outlet: s.outlet, publishedAt: s.at, text: s.text })));
  const passes: number[] = [];
  const meaning = opts?.meaning && { ...opts.meaning, onPass: (o: { joined: number }) => passes.push(o.joined) };
  const px = createApp(store, { webDir: path.join(dir, 'no-web'), ...opts, meaning });
  apps.push(px);
  const list = await (await px.app.request('/api/v1/storylines')).json();
  expect(list.items).toHaveLength(1);
  const view = await (await px.app.request(`/api/v1/storylines/${list.items[0].id}`)).json();
  // A second read is served from the same pass.
  await px.app.request(`/api/v1/storylines/${list.items[0].id}`);
  return { rows: view.matrix.rows, passes };
}

describe('serve with word vectors', () => {
  it('without a model: the two wordings are two single-source rows, nothing by meaning', async () => {
    const { rows } = await matrix('plain', {});
    for (const text of [HERALD, VANTRA]) expect(rows.find((r) => r.label === text)).toMatchObject({ status: 'single-source', byMeaning: null });
  });

  it.each([
    ['the whole-store analysis on its thread', { analysisThread: true }],
    ['the whole-store analysis in-process', {}],
    ['the live analysis', { live: true }],
  ])('with the model, over %s: one corroborated row in the first wording, joined once', async (name, opts) => {
    const embedder = await loadEmbedder(writeTinyVectors(path.join(dir, 'tiny.vec')));
    const { rows, passes } = await matrix(name.replace(/\W+/g, '-'), { ...opts, meaning: { embedder, options: DEFAULT_MEANING } });
    const row = rows.find((r) => r.label === HERALD)!;
    expect(row).toMatchObject({ status: 'corroborated', independentReports: 2 });
    expect(row.byMeaning).toMatchObject({ embedder: 'vectors:tiny.vec' });
    expect(rows.some((r) => r.label === VANTRA)).toBe(false);
    expect(passes).toEqual([1]);
  });

  it('on its thread the pass runs there (the main thread embeds nothing); an embedder that cannot be shared runs here', async () => {
    const embedder = await loadEmbedder(writeTinyVectors(path.join(dir, 'tiny.vec')));
    const counting = (e: SentenceEmbedder, shareable: boolean) => {
      const calls = { n: 0 };
      const counted: SentenceEmbedder = { name: e.name, dimensions: e.dimensions, embed: (texts) => ((calls.n += texts.length), e.embed(texts)), ...(shareable ? { share: () => e.share!() } : {}) };
      return { counted, calls };
    };
    for (const [name, shareable, onMain] of [['thread-shared', true, false], ['thread-unshared', false, true]] as const) {
      const { counted, calls } = counting(embedder, shareable);
      const { rows, passes } = await matrix(name, { analysisThread: true, meaning: { embedder: counted, options: DEFAULT_MEANING } });
      expect(rows.find((r) => r.label === HERALD)).toMatchObject({ status: 'corroborated', byMeaning: { embedder: 'vectors:tiny.vec' } });
      expect(passes).toEqual([1]);
      expect(calls.n > 0).toBe(onMain);
    }
  });
});
