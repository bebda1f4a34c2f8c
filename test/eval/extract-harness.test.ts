// The extraction harness end to end on invented fixtures: rows when the system module is
// missing, lacks an export or throws, and the naive baselines.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineAttributions, baselineEntities, baselineMentions } from '../../eval/extract-baselines.js';
import { runExtract } from '../../eval/extract-run.js';

let root: string;
const TEXT = 'Big news today.\n\nThe mayor of Springfield spoke. “We will build the bridge soon,” Jane Doe said on Monday.';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'parallax-harness-'));
  const dir = path.join(root, 'polnear', 'data', 'dev');
  await mkdir(path.join(dir, 'text'), { recursive: true });
  await mkdir(path.join(dir, 'attributions'), { recursive: true });
  await writeFile(path.join(dir, 'text', 'x_2016-01-01_a.txt'), TEXT);
  const at = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length].join(' ');
  await writeFile(
    path.join(dir, 'attributions', 'x_2016-01-01_a_aa11.ann'),
    [`T1\tSource ${at('Jane Doe')}\tx`, `T2\tCue ${at('said')}\tx`, `T3\tContent ${at('We will build the bridge soon')}\tx`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'].join('\n'),
  );
  await writeFile(path.join(root, 'no-exports.mjs'), 'export const nothing = 1;\n');
  await writeFile(path.join(root, 'throws.mjs'), "export async function attributionsForEval() { throw new Error('boom | bang'); }\n");
  await writeFile(path.join(root, 'broken.mjs'), "import './does-not-exist.mjs';\n");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const run = (systemModule: string) =>
  runExtract(['polnear dev'], { roots: { polnear: path.join(root, 'polnear') }, systemModule, log: () => {} });

describe('runExtract', () => {
  it('prints "system: not available" cells when the module is missing, and still scores the baseline', async () => {
    const { rows, notes } = await run(path.join(root, 'missing-module.js'));
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r).toMatch(/^\| PolNeAR dev \| attribution (source|cue|content) \((exact|overlap)\) \| 1 \| 1 \| system: not available \(src\/analyze\/extract-eval\.ts missing\) \| – \| – \| – \| 100\.0 \| 100\.0 \| 100\.0 \|$/);
    expect(notes[0]).toMatch(/^PolNeAR dev: load/);
  });

  it('names a missing export, a load failure and a run-time error', async () => {
    expect((await run(path.join(root, 'no-exports.mjs'))).rows[0]).toContain('system: not available (src/analyze/extract-eval.ts has no attributionsForEval export)');
    expect((await run(path.join(root, 'broken.mjs'))).rows[0]).toContain('system: not available (src/analyze/extract-eval.ts failed to load:');
    expect((await run(path.join(root, 'throws.mjs'))).rows[0]).toContain('system: error (boom \\| bang)');
  });

  it('reports a missing dataset as skipped, and runs nothing for a non-matching filter', async () => {
    const lines: string[] = [];
    const out = await runExtract(['meantime'], { roots: { meantime: path.join(root, 'nowhere') }, systemModule: './nope.js', log: (l) => lines.push(l) });
    expect(out.rows).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^MEANTIME en: skipped \(.*not found\)$/)]);
    expect(await runExtract(['no-such-dataset'])).toEqual({ rows: [], notes: [] });
  });
});

describe('naive baselines', () => {
  const show = (text: string, s: [number, number] | null) => (s ? text.slice(s[0], s[1]) : null);
  it('attributions: quote as content, nearest said/says/told as cue, adjacent name or pronoun as source', () => {
    const text = 'Intro line.\n“It is a very fine day,” said Ann Lee. He told me “this is not true at all.” Later, “two words” appeared.';
    const got = baselineAttributions(text).map((a) => [show(text, a.source), show(text, a.cue), show(text, a.content)]);
    expect(got).toEqual([
      ['Ann Lee', 'said', 'It is a very fine day,'],
      ['He', 'told', 'this is not true at all.'],
    ]);
  });
  it('entities: capitalised runs not at sentence start, same string = same entity', () => {
    const text = 'Dr. Ann Lee met Bob in New York. Then Bob left for Paris.\nThe White House’s staff agreed.';
    expect(baselineMentions(text).map(([a, b]) => text.slice(a, b))).toEqual(['Ann Lee', 'Bob', 'New York', 'Bob', 'Paris', 'White House']);
    const ents = baselineEntities([
      { id: 'd1', text: 'I saw Bob.' },
      { id: 'd2', text: 'Then Bob ran.' },
    ]);
    expect(ents.map((e) => [e.docId, e.entityId])).toEqual([
      ['d1', 'Bob'],
      ['d2', 'Bob'],
    ]);
  });
});
