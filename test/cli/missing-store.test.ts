// A read-only command on a SQLite path that does not exist (a mistyped --db) fails naming it,
// and leaves no empty store behind; ingest still creates the store.
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';

describe('read-only commands need an existing store', () => {
  const dir = tempDir();
  it.each([
    ['articles', ['articles']],
    ['show', ['show', 'abc123']],
    ['report', ['report']],
    ['compare', ['compare']],
    ['outlets', ['outlets']],
  ])('%s', async (what, args) => {
    const db = path.join(dir, `typo-${what}.db`);
    const r = await runCli(['--db', db, ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`no store at ${db}`);
    expect(existsSync(db)).toBe(false);
  });

  it('ingest creates it, and then articles reads it', async () => {
    const db = path.join(dir, 'new.db');
    const input = path.join(dir, 'story.txt');
    writeFileSync(input, 'Kelmoor quarry reopens\n\nThe Kelmoor quarry reopened on Monday after a two-week safety inspection, the county said.');
    expect((await runCli(['--db', db, 'ingest', input])).code).toBe(0);
    const listed = await runCli(['--db', db, 'articles']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Kelmoor quarry reopens');
  });
});
