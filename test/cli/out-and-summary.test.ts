// The ingest summary line counts skipped files; --out is checked before any work is done.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summaryLine } from '../../src/cli/commands/ingest.js';
import type { IngestSummary } from '../../src/pipeline/ingest.js';
import { runCli, tempDir } from '../helpers/cli.js';

const none: IngestSummary = { sources: 0, items: 0, stored: 0, newVersions: 0, duplicates: 0, rejected: 0, rejectedByReason: {}, warnings: 0, skippedFiles: 0 };

describe('ingest summary line', () => {
  it.each([
    ['only unsupported files', { skippedFiles: 2 }, '0 item(s) from 0 source(s): 0 stored, 0 new version(s), 0 duplicate(s), 0 rejected, 2 skipped (unsupported type)'],
    ['nothing skipped: no mention', { sources: 1, items: 1, stored: 1 }, '1 item(s) from 1 source(s): 1 stored, 0 new version(s), 0 duplicate(s), 0 rejected'],
    ['rejected, skipped and warned', { sources: 2, items: 2, stored: 1, rejected: 1, rejectedByReason: { empty: 1 }, skippedFiles: 1, warnings: 3 }, '2 item(s) from 2 source(s): 1 stored, 0 new version(s), 0 duplicate(s), 1 rejected (empty 1), 1 skipped (unsupported type), 3 warning(s)'],
  ])('%s', (_what, over, line) => expect(summaryLine({ ...none, ...over })).toBe(line));
});

describe('--out into a missing directory fails before any work, naming --out', () => {
  const dir = tempDir();
  const input = path.join(dir, 'in', 'story.txt');
  mkdirSync(path.dirname(input));
  writeFileSync(input, 'Kelmoor quarry reopens\n\nThe Kelmoor quarry reopened on Monday after a two-week safety inspection, the county said.');
  const missing = path.join(dir, 'no-such-dir', 'r.json');
  it.each([
    ['analyze', ['analyze', input, '--out', missing]],
    ['report', ['report', '--out', missing]],
    ['compare', ['compare', '--out', missing]],
    ['report into a directory', ['report', '--out', dir]],
  ])('%s', async (what, args) => {
    const db = path.join(dir, `${what.replace(/\W/g, '-')}.db`);
    const r = await runCli(['--db', db, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`parallax: --out ${args.at(-1)}: `);
    expect(r.stderr).toMatch(what.includes('directory') ? /is a directory; expected a file name/ : /the directory .*no-such-dir does not exist/);
    expect(existsSync(db)).toBe(false); // no store opened, nothing ingested
  });
});
