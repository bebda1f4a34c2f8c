// Expanding the inputs given: one unreadable folder is one rejected input, never the end of
// the batch; a string where a list belongs is refused before anything is walked.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expandInputs, type DirectoryReader } from '../../src/1-ingest/sources.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { generateArticle } from '../helpers/generate.js';
import { tempDir } from '../helpers/cli.js';

const entry = (name: string, dir: boolean) => ({ name, isDirectory: () => dir, isFile: () => !dir, isSymbolicLink: () => false });
const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

/** A tree in memory: folder -> its entries, or an error code for a folder that cannot be listed. */
function fakeTree(tree: Record<string, Array<[string, boolean]> | string>): DirectoryReader {
  return {
    stat: async (p) => ({ isDirectory: () => p in tree }),
    readdir: async (p) => {
      const t = tree[p];
      if (typeof t === 'string') throw errno(t);
      return (t ?? []).map(([n, d]) => entry(n, d));
    },
  };
}

describe('expandInputs with a folder that cannot be listed', () => {
  it.each([
    ['EACCES', 'unreadable', /permission denied/],
    ['EPERM', 'unreadable', /permission denied/],
    ['EIO', 'unreadable', /cannot read \(EIO\)/],
    ['ENOENT', 'not-found', /no such file/], // removed between listing its parent and reading it
  ])('%s -> rejected as %s, the other files kept', async (code, reason, message) => {
    const io = fakeTree({ news: [['ok', true], ['locked', true]], 'news/ok': [['quarry.txt', false]], 'news/locked': code });
    const r = await expandInputs(['news'], io);
    expect(r.sources.map((s) => s.kind === 'file' && s.given)).toEqual(['news/ok/quarry.txt']);
    expect(r.rejected).toEqual([expect.objectContaining({ source: 'news/locked', code: reason, severity: 'error' })]);
    expect(r.rejected[0]!.message).toMatch(message);
  });
});

describe('inputs must be a list', () => {
  it.each([
    ['a string', '/tmp/harrow-news', /wrap it in \[ \]/],
    ['a number', 7, /got number/],
    ['a list with a number', ['a.txt', 3], /non-string item/],
  ])('%s -> TypeError', async (_what, inputs, detail) => {
    const store = new SqliteStore(path.join(tempDir(), 'list.db'));
    await expect(ingest(store, inputs as string[])).rejects.toThrow(TypeError);
    await expect(ingest(store, inputs as string[])).rejects.toThrow(detail);
    await expect(expandInputs(inputs as string[])).rejects.toThrow(/expandInputs: inputs must be an array of paths or URLs/);
    await store.close();
  });
});

// Root reads any folder whatever its mode, so the real permission check runs only as a user.
describe.skipIf(process.getuid?.() === 0)('ingest of a folder with an unreadable sub-folder', () => {
  it('stores the readable files and rejects the locked folder by name', async () => {
    const root = path.join(tempDir(), 'perm');
    mkdirSync(path.join(root, 'ok'), { recursive: true });
    mkdirSync(path.join(root, 'locked'));
    const a = generateArticle(1);
    writeFileSync(path.join(root, 'ok', 'a1.txt'), `${a.title}\n\n${a.text}`);
    writeFileSync(path.join(root, 'locked', 'a2.txt'), `${a.title}\n\n${a.text}`);
    chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const store = new SqliteStore(path.join(tempDir(), 'perm.db'));
      const run = await ingest(store, [root], { extractThread: null });
      expect(run.summary.stored).toBe(1);
      expect(run.summary.rejected).toBe(1);
      expect(run.problems).toEqual([expect.objectContaining({ source: path.join(root, 'locked'), code: 'unreadable' })]);
      await store.close();
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});
