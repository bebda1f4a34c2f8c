// `--vectors FILE` / PARALLAX_VECTORS on analyze, report, compare and serve: a word-vectors model the
// user supplies (here a tiny one the test generates) joins claims worded differently.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeTinyVectors } from '../helpers/tiny-vectors.js';

const dir = tempDir();
const vectors = writeTinyVectors(path.join(dir, 'tiny.vec'));
const lines = [
  { title: 'Seizure at Dunmore river', outlet: 'Dunmore Herald', publishedAt: '2026-05-02T08:00:00Z', text: 'Gunmen seized forty captives near the crossing. The Dunmore council met in an emergency session on Friday evening to discuss the seizure at the river. Police chief Ana Ruiz said the army had sealed every road around Dunmore by nightfall.' },
  { title: 'Hostages taken at Dunmore river', outlet: 'Vantra News', publishedAt: '2026-05-02T10:00:00Z', text: "Militants took 40 hostages close to the bridge. Dunmore's council held an emergency session late on Friday about the seizure at the river. Ana Ruiz, the police chief, said army units had sealed the roads around Dunmore before nightfall." },
];
const input = path.join(dir, 'stories.jsonl');
writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

describe('parallax --vectors', () => {
  it('analyze joins the two wordings into one claim and says so', { timeout: 60_000 }, async () => {
    const out = path.join(dir, 'report.json');
    const r = await runCli(['--vectors', vectors, 'analyze', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/vectors:tiny\.vec: \d+ claims? joined by meaning/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const joined = report.claims.filter((c: { byMeaning?: unknown }) => c.byMeaning);
    expect(joined.map((c: { text: string; status: string }) => [c.text, c.status])).toContainEqual(['Gunmen seized forty captives near the crossing.', 'corroborated']);
  });

  it('reads PARALLAX_VECTORS when --vectors is not given', { timeout: 60_000 }, async () => {
    const r = await runCli(['analyze', input], { PARALLAX_VECTORS: vectors });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).claims.some((c: { byMeaning?: unknown }) => c.byMeaning)).toBe(true);
  });

  it.each([
    ['a missing file', ['--vectors', path.join(dir, 'missing.vec'), 'analyze', input], /word vectors .*missing\.vec: no such file/],
    ['a short line', ['--vectors', writeBad(), 'analyze', input], /word vectors .*bad\.vec:3: expected a word and 2 numbers, found 1 values/],
    ['a threshold above 1', ['--vectors', vectors, '--meaning-threshold', '1.5', 'analyze', input], /--meaning-threshold: expected a cosine above 0 and at most 1/],
    ['a threshold that is not a number', ['--vectors', vectors, '--meaning-threshold', 'high', 'analyze', input], /--meaning-threshold: expected a number/],
    ['a threshold without vectors', ['--meaning-threshold', '0.9', 'analyze', input], /--meaning-threshold needs word vectors/],
    // serve loads the model before it listens: a bad file never gives a server without it.
    ['a bad model for serve', ['--vectors', writeBad(), 'serve', '--port', '0'], /word vectors .*bad\.vec:3: expected a word and 2 numbers/],
  ])('refuses %s with a usage error naming the problem', { timeout: 60_000 }, async (_, args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

function writeBad(): string {
  const f = path.join(dir, 'bad.vec');
  writeFileSync(f, 'the 0.1 0.2\nhostages 0.3 0.4\ncaptives 0.5\n');
  return f;
}
