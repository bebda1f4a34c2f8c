// The framing harness end to end on invented mini datasets (temp dir) with a stand-in system,
// its scoring helpers and baselines, and the system adapter (src/analyze/frame-eval.ts) on
// invented sentences.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyAfinn, binaryCounts, coveredSentences, frameRow, macroPrf, overlapBaseline, plainWords, runFrame, strongAfinn } from '../../eval/frame-run.js';
import type { BasilArticle } from '../../eval/datasets/basil.js';
import { BIAS_THRESHOLD, biasCues, biasedSentenceForEval, biasScore, informationalSpansForEval, loadedSentenceForEval } from '../../src/analyze/frame-eval.js';

let root: string;
const HEADER = 'text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'parallax-frame-'));
  const basil = path.join(root, 'basil');
  await mkdir(path.join(basil, 'articles', '2013'), { recursive: true });
  await mkdir(path.join(basil, 'annotations', '2013'), { recursive: true });
  const write = async (n: number, source: string, paragraphs: string[][], spans: object[]) => {
    const article = { source, 'main-event': 'e', title: 't', date: '2013-05-06', 'triplet-uuid': 'tri', uuid: `u${n}`, 'body-paragraphs': paragraphs };
    await writeFile(path.join(basil, 'articles', '2013', `tri_${n}.json`), JSON.stringify(article));
    await writeFile(path.join(basil, 'annotations', '2013', `tri_${n}_ann.json`), JSON.stringify({ 'phrase-level-annotations': spans }));
  };
  await write(1, 'fox', [['Rain fell all night.', 'The river rose fast.'], ['Mayor Pell blamed the dam.']], [
    { bias: 'inf', id: 'p2', start: 0, end: 26, txt: 'Mayor Pell blamed the dam.' },
    { bias: 'lex', id: 'p1', start: 15, end: 19, txt: 'fast' },
  ]);
  await write(2, 'nyt', [['Rain fell all night in town.'], ['Engineers checked the dam gates.']], []);
  await write(3, 'hpo', [['The dam held.']], [{ bias: 'lex', id: 'p0', start: 8, end: 12, txt: 'held' }]);
  const babe = path.join(root, 'babe_mbic');
  await mkdir(babe, { recursive: true });
  const line = (text: string, label: string) => `${text};https://example.org/x;outlet;topic;center;${label};Entirely factual;[]`;
  await writeFile(
    path.join(babe, 'final_labels_SG1.csv'),
    [HEADER, line('What an awful, terrible plan!', 'Biased'), line('The council met on Monday.', 'Non-biased'), line('The dog barked at the good mailman.', 'Non-biased'), line('Who knows', 'No agreement')].join('\n'),
  );
  // SG2: one sentence SG1 also labels (another label here), one of its own.
  await writeFile(path.join(babe, 'final_labels_SG2.csv'), [HEADER, line('The council met on Monday.', 'Biased'), line('An awful lot of rain fell.', 'Non-biased')].join('\r\n'));
  await mkdir(path.join(root, 'sg1-only'), { recursive: true });
  await writeFile(path.join(root, 'sg1-only', 'final_labels_SG1.csv'), [HEADER, line('Fine.', 'Biased')].join('\n'));
  // Stand-in system: "blamed" sentences are informational, "fast" is loaded, "awful" is biased.
  await writeFile(
    path.join(root, 'system.mjs'),
    [
      'export async function informationalSpansForEval(arts) {',
      '  return arts.flatMap((a) => [...a.text.matchAll(/[^.\\n]*blamed[^.]*\\./g)].map((m) => ({ articleId: a.id, start: m.index, end: m.index + m[0].length })));',
      '}',
      "export const loadedSentenceForEval = (s) => s.includes('fast');",
      "export const biasedSentenceForEval = (s) => s.includes('awful');",
    ].join('\n'),
  );
  await writeFile(path.join(root, 'throws.mjs'), "export function biasedSentenceForEval() { throw new Error('no | way'); }\n");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const run = (filters: string[], systemModule: string, log: (l: string) => void = () => {}) =>
  runFrame(filters, { roots: { basil: path.join(root, 'basil'), babe: path.join(root, 'babe_mbic') }, systemModule, log });

describe('runFrame', () => {
  it('scores BASIL sentences for the system and both baselines', async () => {
    const { rows, notes } = await run(['basil'], path.join(root, 'system.mjs'));
    expect(rows).toEqual([
      // gold inf: 1 of 6 sentences; overlap baseline: "river rose fast", "Mayor … dam", "Engineers … gates".
      '| BASIL | informational (sentence) | 3 | 1 | 100.0 | 100.0 | 100.0 | 1 | 33.3 | 100.0 | 50.0 |',
      // gold lex: "rose fast", "dam held"; AFINN baseline: "rose" (+1), "blamed" (-2).
      '| BASIL | lexical (sentence) | 3 | 2 | 100.0 | 50.0 | 66.7 | 1 | 50.0 | 50.0 | 50.0 |',
    ]);
    expect(notes[0]).toMatch(/^BASIL: 1 triplets, 6 sentences; 3 inf\/lex spans, 0 not located/);
  });

  it('scores BABE per group with a macro-F1 row, and SG2 without the sentences SG1 labels', async () => {
    const { rows, notes } = await run(['babe'], path.join(root, 'system.mjs'));
    expect(rows).toEqual([
      '| BABE SG1 | biased sentences | 3 | 1 | 100.0 | 100.0 | 100.0 | 1 | 50.0 | 100.0 | 66.7 |',
      '| BABE SG1 | biased sentences (macro-F1) | 3 | 1 | 100.0 | 100.0 | 100.0 | 1 | 75.0 | 75.0 | 66.7 |',
      // SG2: the system calls only "An awful lot…" biased (wrong), the baseline too ("awful").
      '| BABE SG2 | biased sentences | 2 | 1 | 0.0 | 0.0 | 0.0 | 1 | 0.0 | 0.0 | 0.0 |',
      '| BABE SG2 | biased sentences (macro-F1) | 2 | 1 | 0.0 | 0.0 | 0.0 | 1 | 0.0 | 0.0 | 0.0 |',
      '| BABE SG2 not in SG1 | biased sentences | 1 | 0 | 0.0 | 0.0 | 0.0 | 1 | 0.0 | 0.0 | 0.0 |',
      '| BABE SG2 not in SG1 | biased sentences (macro-F1) | 1 | 0 | 0.0 | 0.0 | 0.0 | 1 | 0.0 | 0.0 | 0.0 |',
    ]);
    expect(notes[0]).toMatch(/^BABE SG1: 3 sentences \(1 "No agreement" skipped\)/);
    expect(notes[2]).toMatch(/^BABE SG2 not in SG1: 1 sentences \(0 "No agreement" skipped, 1 also labelled in SG1 left out\)/);
  });

  it('skips a missing BABE group with a one-line reason, also for the part that needs it', async () => {
    const lines: string[] = [];
    const out = await runFrame(['babe'], { roots: { babe: path.join(root, 'sg1-only') }, systemModule: path.join(root, 'system.mjs'), log: (l) => lines.push(l) });
    expect(out.rows).toHaveLength(2);
    expect(lines).toEqual([expect.stringMatching(/^BABE SG2: skipped \(.*final_labels_SG2\.csv not found\)$/), expect.stringMatching(/^BABE SG2 not in SG1: skipped \(.*final_labels_SG2\.csv not found\)$/)]);
    expect(out.notes).toContain(lines[0]);
  });

  it('reports a missing system, a missing export and a run-time error in the system cells', async () => {
    const missing = await run(['sg1'], path.join(root, 'nope.js'));
    expect(missing.rows[0]).toBe('| BABE SG1 | biased sentences | 3 | 1 | system: not available (src/analyze/frame-eval.ts missing) | – | – | – | 50.0 | 100.0 | 66.7 |');
    const partial = await run(['basil'], path.join(root, 'throws.mjs'));
    expect(partial.rows[0]).toContain('system: not available (src/analyze/frame-eval.ts has no informationalSpansForEval export)');
    expect((await run(['mbic'], path.join(root, 'throws.mjs'))).rows[0]).toContain('system: error (no \\| way)');
  });

  it('skips a missing BASIL folder and runs nothing for a non-matching filter', async () => {
    const lines: string[] = [];
    const out = await runFrame(['basil'], { roots: { basil: path.join(root, 'nowhere') }, systemModule: path.join(root, 'system.mjs'), log: (l) => lines.push(l) });
    expect(out.rows).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^BASIL: skipped \(folder .*nowhere.* not found\)$/)]);
    expect(await runFrame(['ecb'])).toEqual({ rows: [], notes: [] });
  });
});

describe('scoring helpers and baselines', () => {
  it('counts the positive class and macro-averages both classes', () => {
    const gold = [true, true, false, false];
    const pred = [true, false, true, false];
    expect(binaryCounts(gold, pred)).toEqual({ tp: 1, pred: 2, gold: 2 });
    expect(macroPrf(gold, pred)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(macroPrf([true, false], [true, true]).f1).toBeCloseTo((2 / 3 + 0) / 2);
  });

  it('formats a row, escaping pipes in a reason', () => {
    expect(frameRow('D', 'lvl', 2, 1, { prf: { precision: 1, recall: 0.5, f1: 2 / 3 }, count: 1 }, { precision: 0, recall: 0, f1: 0 })).toBe('| D | lvl | 2 | 1 | 100.0 | 50.0 | 66.7 | 1 | 0.0 | 0.0 | 0.0 |');
    expect(frameRow('D', 'lvl', 2, 1, 'system: error (a|b)', { precision: 0, recall: 0, f1: 0 })).toContain('| system: error (a\\|b) | – | – | – |');
  });

  it('marks a dataset sentence positive when predicted spans cover at least half of it', () => {
    const sents = [
      { start: 0, end: 10 },
      { start: 11, end: 21 },
      { start: 22, end: 30 },
    ];
    expect(coveredSentences(sents, [{ start: 0, end: 5 }, { start: 15, end: 18 }, { start: 17, end: 19 }, { start: 25, end: 40 }])).toEqual([true, false, true]);
  });

  it('overlap baseline: a sentence is positive when under half of its content words occur in the other articles', () => {
    expect(plainWords('The Big dog ran to a park, 2 by 2.')).toEqual(['big', 'dog', 'ran', 'park']);
    const art = (text: string): BasilArticle => ({ id: text, source: '', year: '', publishedAt: null, text, spans: [], sentences: [{ start: 0, end: text.length, inf: false, lex: false }] });
    // 2 of 5 shared -> positive; 2 of 3 -> not; no content words -> not.
    expect(overlapBaseline([art('Dogs chase red balls quickly'), art('Dogs chase cats'), art('It is here')]).flat()).toEqual([true, false, false]);
  });

  it('AFINN baselines: any rated word / a word rated at least 2', () => {
    expect(anyAfinn('The rose bloomed')).toBe(true); // rose: +1
    expect(strongAfinn('The rose bloomed')).toBe(false);
    expect(strongAfinn('An awful day')).toBe(true);
    expect(anyAfinn('The table stood')).toBe(false);
  });
});

describe('system adapter (src/analyze/frame-eval.ts)', () => {
  it('calls a sentence with a loaded word loaded', () => {
    expect(loadedSentenceForEval('The so-called council met.')).toBe(true);
    expect(loadedSentenceForEval('The council met on Monday.')).toBe(false);
  });

  it('scores general subjectivity cues, a loaded word counting once', () => {
    expect(biasCues('The regime met.').map((c) => c.kind)).toEqual(['loaded']);
    const kinds = biasCues('Why would you ever trust this utterly absurd plan?').map((c) => c.kind).sort();
    expect(kinds).toEqual(['intensifier', 'mild', 'question', 'second person', 'superlative']); // mild: "trust" (AFINN +1)
    expect(biasScore('The council met on Monday to discuss the budget.')).toBe(0);
    expect(biasedSentenceForEval('You really must see this utterly disgraceful stunt!')).toBe(true);
    expect(biasedSentenceForEval('The council met on Monday to discuss the budget.')).toBe(false);
    expect(BIAS_THRESHOLD).toBeGreaterThan(0);
  });

  it('returns the sentences of statements only one outlet of the event carries', async () => {
    const shared = 'The city council approved the new river bridge budget on Tuesday after a long debate.';
    const spans = await informationalSpansForEval([
      { id: 'a', outlet: 'A', text: `${shared} Critics warned that the contractor had missed earlier deadlines twice.`, publishedAt: '2020-01-01T00:00:00.000Z' },
      { id: 'b', outlet: 'B', text: `After a long debate, the city council approved the river bridge budget on Tuesday.`, publishedAt: '2020-01-01T00:00:00.000Z' },
      { id: 'c', outlet: 'C', text: 'Local farmers celebrated the harvest festival with music and dancing downtown.', publishedAt: null },
    ]);
    const texts = (id: string, t: string) => spans.filter((s) => s.articleId === id).map((s) => t.slice(s.start, s.end));
    expect(texts('a', `${shared} Critics warned that the contractor had missed earlier deadlines twice.`)).toEqual(['Critics warned that the contractor had missed earlier deadlines twice.']);
    expect(spans.filter((s) => s.articleId === 'b')).toEqual([]);
    expect(spans.filter((s) => s.articleId === 'c')).toHaveLength(1);
  });
});
