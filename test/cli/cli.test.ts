// End-to-end: the real command on the fixture corpus and the seed articles.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Report } from '../../src/report/schema.js';
import { runCli, tempDir, SHARED } from '../helpers/cli.js';
import { CORPUS } from '../fixtures/golden.js';

describe('parallax CLI', () => {
  it('--help on every command', async () => {
    for (const cmd of [[], ['ingest'], ['articles'], ['show'], ['compare']]) {
      const r = await runCli([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: parallax/);
    }
  });

  it.skipIf(!existsSync(path.join(SHARED, 'seeds')))('ingests the five seeds, then nothing new on a second run', async () => {
    const db = path.join(tempDir(), 'seeds.db');
    const first = await runCli(['--db', db, 'ingest', path.join(SHARED, 'seeds'), '--json']);
    expect(first.code).toBe(0);
    const a = JSON.parse(first.stdout);
    expect(a.summary).toMatchObject({ sources: 5, stored: 5, duplicates: 0, rejected: 0 });
    const second = await runCli(['--db', db, 'ingest', path.join(SHARED, 'seeds')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 stored, 0 new version\(s\), 5 duplicate\(s\), 0 rejected/);
    const list = JSON.parse((await runCli(['--db', db, 'articles', '--json'])).stdout);
    expect(list.total).toBe(5);
    expect(list.items.every((x: Record<string, unknown>) => !('text' in x) && typeof x.id === 'string')).toBe(true);
  });

  it('ingests the fixture corpus, reports each bad file, and exits 3', async () => {
    const db = path.join(tempDir(), 'corpus.db');
    const r = await runCli(['--db', db, 'ingest', CORPUS]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\/empty\.txt: file is empty/);
    expect(r.stderr).toMatch(/bad\/broken\.jsonl:2: line 2: expected one JSON object per line/);
    expect(r.stdout).toMatch(/rejected \(.*malformed-json 1.*\)/);
    const page = JSON.parse((await runCli(['--db', db, 'articles', '--limit', '3', '--offset', '2', '--json'])).stdout);
    expect(page).toMatchObject({ limit: 3, offset: 2 });
    expect(page.items).toHaveLength(3);
    const shown = await runCli(['--db', db, 'show', page.items[0].id.slice(0, 8)]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(page.items[0].id);
    const json = JSON.parse((await runCli(['--db', db, 'show', page.items[0].id, '--json'])).stdout);
    expect(json.text.length).toBeGreaterThan(100);
    const search = JSON.parse((await runCli(['--db', db, 'articles', '--search', 'Dunmoor', '--json'])).stdout);
    expect(search.total).toBeGreaterThan(2);
  });

  it('new content at a known URL becomes version 2, visible in show', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'v.db');
    const file = path.join(dir, 'a.jsonl');
    const line = (n: number) => JSON.stringify({ title: 'Levee update', url: 'https://courier.example/levee', outlet: 'Courier', text: `Engineers counted ${n} breaches along the levee on Monday, officials said.` });
    writeFileSync(file, line(3));
    expect((await runCli(['--db', db, 'ingest', file])).stdout).toMatch(/1 stored/);
    writeFileSync(file, line(4));
    const r = await runCli(['--db', db, 'ingest', file, '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ stored: 0, newVersions: 1 });
    const id = out.outcomes[0].id;
    const shown = JSON.parse((await runCli(['--db', db, 'show', id, '--json'])).stdout);
    expect(shown).toMatchObject({ version: 2, versions: 2 });
    expect(shown.versionList).toHaveLength(2);
    const v1 = JSON.parse((await runCli(['--db', db, 'show', `${id}@1`, '--json'])).stdout);
    expect(v1.text).toContain('3 breaches');
    const v1b = JSON.parse((await runCli(['--db', db, 'show', id, '--article-version', '1', '--json'])).stdout);
    expect(v1b.version).toBe(1);
  });

  it('analyze writes a schema-valid report (temporary store); report reads a store', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'report.json');
    const r = await runCli(['analyze', path.join(CORPUS, 'html'), path.join(CORPUS, 'jsonl/wire.jsonl'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote .*report\.json: 10 articles, \d+ storylines?, \d+ events?, \d+ derivations?$/m);
    const report = Report.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.derivations.length).toBeGreaterThanOrEqual(3);
    const db = path.join(dir, 'r.db');
    await runCli(['--db', db, 'ingest', path.join(CORPUS, 'text')]);
    const md = await runCli(['--db', db, 'report', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Parallax report\n\n4 articles/);
    const bad = await runCli(['--db', db, 'report', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format: expected json or md/);
  });

  it('ingest keeps each new article\'s extraction in the store; --no-extract leaves it to the analysis', async () => {
    const dir = tempDir();
    const count = (db: string) => new Database(db, { readonly: true }).prepare("SELECT count(*) FROM article_derived WHERE kind = 'extraction'").pluck().get();
    const withRows = path.join(dir, 'with.db');
    expect((await runCli(['--db', withRows, 'ingest', '--quiet', path.join(CORPUS, 'text')])).code).toBe(0);
    expect(count(withRows)).toBe(4);
    const without = path.join(dir, 'without.db');
    expect((await runCli(['--db', without, 'ingest', '--quiet', '--no-extract', path.join(CORPUS, 'text')])).code).toBe(0);
    expect(count(without)).toBe(0);
    // The first report makes and keeps them.
    expect((await runCli(['--db', without, 'report', '--out', path.join(dir, 'r.json')])).code).toBe(0);
    expect(count(without)).toBe(4);
  });

  it('compare lists the ids, then compares one storyline outlet by outlet (md and json)', async () => {
    const db = path.join(tempDir(), 'c.db');
    await runCli(['--db', db, 'ingest', path.join(CORPUS, 'html'), path.join(CORPUS, 'jsonl/wire.jsonl')]);
    const list = await runCli(['--db', db, 'compare']);
    expect(list.code).toBe(0);
    const id = /\| (s-[0-9a-f]+) \|/.exec(list.stdout)![1]!;
    const md = await runCli(['--db', db, 'compare', id]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`# Storyline ${id}`);
    expect(md.stdout).toMatch(/## Claims × outlets/);
    const json = JSON.parse((await runCli(['--db', db, 'compare', id, '--format', 'json'])).stdout);
    expect(json.id).toBe(id);
    expect(json.claims.every((c: { storylineId: string }) => c.storylineId === id)).toBe(true);
    const missing = await runCli(['--db', db, 'compare', 's-nothing']);
    expect(missing.code).toBe(4); // does not exist, as show gives
    expect(missing.stderr).toMatch(/no storyline or event with id "s-nothing"/);
  });

  // Ten runs of the command, three of them analyses: more than the default 30 s on a loaded machine.
  it('outlets --init writes a registry to edit; compare --group-by groups the columns by its attribute', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const db = path.join(dir, 'o.db');
    const file = path.join(dir, 'outlets.json');
    await runCli(['--db', db, 'ingest', path.join(CORPUS, 'html')]);
    const init = await runCli(['--db', db, 'outlets', '--init', file]);
    expect(init.code).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.outlets.map((o: { name: string }) => o.name)).toContain('The Calvaine Herald');
    // Each outlet's domains are the web hosts of its articles ("www." dropped).
    expect(written.outlets.find((o: { name: string }) => o.name === 'The Calvaine Herald').domains).toEqual(['calvaineherald.example']);
    expect((await runCli(['--db', db, 'outlets', '--init', file])).code).toBe(2); // no overwrite without --force
    for (const o of written.outlets) o.attributes.region = /Calvaine|Global/.test(o.name) ? 'abroad' : 'home';
    writeFileSync(file, JSON.stringify(written));
    const listed = await runCli(['--db', db, '--outlets', file, 'outlets']);
    expect(listed.stdout).toMatch(/The Calvaine Herald {2}\[region=abroad\]/);
    const rows = [...(await runCli(['--db', db, 'compare'])).stdout.matchAll(/\| (s-[0-9a-f]+) \| (\d+) \|/g)];
    const id = rows.sort((a, b) => Number(b[2]) - Number(a[2]))[0]![1]!;
    const grouped = JSON.parse((await runCli(['--db', db, '--outlets', file, 'compare', id, '--group-by', 'region', '--format', 'json'])).stdout);
    expect(grouped.outlets.sort()).toEqual(['abroad', 'home']);
    const bad = await runCli(['--db', db, '--outlets', file, 'compare', id, '--group-by', 'stance']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no outlet in the registry has the attribute "stance"; it has: region/);
    writeFileSync(file, '{"outlets": [{"name": "A", "domains": ["http://a.example"]}]}');
    const invalid = await runCli(['--db', db, '--outlets', file, 'compare']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/outlets\.json: outlets\.0\.domains\.0: expected a host name/);
  });

  it.each([
    [['articles', '--limit', 'ten'], 2, /--limit: expected a number/],
    [['articles', '--limit', '0'], 2, /--limit: expected at least 1/],
    [['show', 'ffffffffffff'], 4, /no article with id "ffffffffffff"/],
    [['show', 'ffffffffffff@x'], 2, /ffffffffffff@x: expected ID@N with N a version number/],
    [['ingest', '/nonexistent/path.txt'], 3, /no such file or directory/],
    [['frobnicate'], 2, /unknown command/],
    [['worker', '--queue', 'http://127.0.0.1:6379'], 2, /--queue: expected a redis:\/\/ URL/],
    [['worker', '--queue', 'redis://127.0.0.1:6379', '--concurrency', '0'], 2, /--concurrency: expected at least 1/],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const db = path.join(tempDir(), 'e.db');
    if (code === 4) new Database(db).close(); // an existing (empty) file: the store exists, the article does not
    const r = await runCli(['--db', db, ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toMatch(message);
  });
});
