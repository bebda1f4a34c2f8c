// An analyze interrupted by SIGINT or SIGTERM removes its temporary store and exits as a shell
// reports a signal (130 / 143), instead of leaving the store in the temporary directory.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startCli, tempDir } from '../helpers/cli.js';

const TOWNS = ['Kelmoor', 'Drayfield', 'Osterby', 'Pennock', 'Wrayhurst', 'Calloway', 'Tarnwick', 'Bexholm'];

/** Enough invented articles that the analysis is still running when the signal comes. */
function bigInput(dir: string): string {
  const lines = Array.from({ length: 2500 }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const text = `${town} council met on Tuesday to discuss item ${i}. The mayor said the budget for roads and schools would rise by ${i % 90} percent next year, and residents asked about bus routes, parking and a new library. Officials promised a vote in the spring after a second public hearing on case ${i}.`;
    return JSON.stringify({ title: `${town} council weighs item ${i}`, text, outlet: `${town} Courier`, publishedAt: '2026-03-0' + ((i % 9) + 1) + 'T10:00:00Z' });
  });
  const file = path.join(dir, 'big.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('analyze interrupted', () => {
  const dir = tempDir();
  const input = bigInput(dir);
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s removes the temporary store', async (signal, code) => {
    const tmp = path.join(dir, `tmp-${signal}`);
    mkdirSync(tmp);
    const child = startCli(['analyze', input, '--out', path.join(dir, `r-${signal}.json`)], { TMPDIR: tmp, PARALLAX_DB: '' });
    const exited = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    // Wait for the temporary store to appear, then interrupt.
    for (let i = 0; i < 600 && !readdirSync(tmp).some((f) => f.startsWith('parallax-analyze-')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(tmp).some((f) => f.startsWith('parallax-analyze-'))).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readdirSync(tmp).filter((f) => f.startsWith('parallax-analyze-'))).toEqual([]);
  }, 60_000);
});
