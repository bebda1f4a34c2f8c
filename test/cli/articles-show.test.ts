// How `articles` explains its date column and order, and how `show` prints a date and its origin.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { dateLegend } from '../../src/cli/commands/articles.js';
import { publishedLine, requestedVersion } from '../../src/cli/commands/show.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { articleId } from '../../src/store/sqlite/index.js';
import { canonicalUrl } from '../../src/2-clean/index.js';

const dated = { publishedAt: '2023-06-02T10:00:00.000Z', dateEstimated: false };
const estimated = { publishedAt: '2023-06-01T00:00:00.000Z', dateEstimated: true };
const undated = { publishedAt: null, dateEstimated: false };

describe('articles: legend for the date column', () => {
  it.each([
    ['all dated: no legend', [dated, dated], null],
    ['an estimated date', [dated, estimated], '~ date estimated from the text'],
    ['no date', [undated, dated], '? no date'],
    ['both', [estimated, undated], '~ date estimated from the text; ? no date'],
    ['empty page', [], null],
  ])('%s', (_n, items, legend) => {
    expect(dateLegend(items)).toBe(legend);
  });
});

describe('show: the published line', () => {
  it.each([
    ['estimated: the day only', { ...estimated, publishedAtFrom: 'text', format: 'text' }, '2023-06-01 (estimated from dates in the text)'],
    ['from a feed item', { ...dated, publishedAtFrom: 'input', format: 'feed' }, '2023-06-02T10:00:00.000Z (from feed)'],
    ['from a JSON field', { ...dated, publishedAtFrom: 'input', format: 'json' }, '2023-06-02T10:00:00.000Z (from input)'],
    ['from page metadata', { ...dated, publishedAtFrom: 'metadata', format: 'html' }, '2023-06-02T10:00:00.000Z (from metadata)'],
    ['none', { ...undated, publishedAtFrom: 'unknown', format: 'text' }, 'unknown'],
  ] as const)('%s', (_n, a, line) => {
    expect(publishedLine(a)).toBe(line);
  });
});

describe('articles and show on a stored feed and text (CLI)', () => {
  it('help states the real order; the list has a legend; show names the feed and an estimated day', { timeout: 60_000 }, async () => {
    const help = await runCli(['articles', '--help']);
    expect(help.stdout).not.toMatch(/newest first/);
    expect(help.stdout).toMatch(/most recently stored first/);

    const dir = tempDir();
    const db = path.join(dir, 'a.db');
    const feed = path.join(dir, 'quay.xml');
    const body = 'The lighthouse keepers of Quillby Point repainted the tower over three calm days, the harbour board said, and the lamp will shine again from Friday after a season dark.';
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>Quillby Quay Post</title>
<item><title>Quillby lamp relit</title><link>https://quay.example/lamp</link><pubDate>Fri, 02 Jun 2023 10:00:00 +0000</pubDate><description>&lt;p&gt;${body}&lt;/p&gt;</description></item></channel></rss>`);
    const text = path.join(dir, 'note.txt');
    writeFileSync(text, `The ferry from Quillby Point to the outer isles ran its first crossing of the summer on June 1, 2023, the operator said, with every seat sold and a second boat added for the afternoon.`);
    expect((await runCli(['--db', db, 'ingest', feed, text])).code).toBe(0);
    const list = await runCli(['--db', db, 'articles']);
    expect(list.stdout).toMatch(/2023-06-01~/);
    expect(list.stdout).toContain('\n~ date estimated from the text\n');
    const items = JSON.parse((await runCli(['--db', db, 'articles', '--json'])).stdout).items as Array<{ id: string; format: string }>;
    const show = async (format: string) => (await runCli(['--db', db, 'show', items.find((a) => a.format === format)!.id])).stdout;
    expect(await show('feed')).toMatch(/published {4}2023-06-02T10:00:00.000Z \(from feed\)/);
    expect(await show('text')).toMatch(/published {4}2023-06-01 \(estimated from dates in the text\)/);
  });
});

describe('show: an id prefix that matches several articles (CLI)', () => {
  it('is an invalid value (exit 2), not a fatal error', { timeout: 60_000 }, async () => {
    // Two invented URLs whose article ids share their first four characters, found by search
    // (the id is a hash of the canonical URL), so the prefix is ambiguous in this store.
    const urls = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let n = 0; !pair; n++) {
      const url = canonicalUrl(`https://quillmere.example/news/${n}`)!;
      const prefix = articleId(url).slice(0, 4);
      const other = urls.get(prefix);
      if (other) pair = [other, url];
      else urls.set(prefix, url);
    }
    const dir = tempDir();
    const text = (place: string) => `The ferry service to ${place} was cut to two sailings a day on Tuesday after one of the island's two vessels failed an inspection, the harbour board said. Repairs are expected to take a month.`;
    writeFileSync(path.join(dir, 'two.jsonl'), pair.map((url, i) => JSON.stringify({ title: `Ferry cut ${i}`, url, text: text(i ? 'Dunhollow' : 'Brackwater') })).join('\n') + '\n');
    const db = path.join(dir, 'ambiguous.db');
    expect((await runCli(['--db', db, 'ingest', path.join(dir, 'two.jsonl')])).code).toBe(0);
    const r = await runCli(['--db', db, 'show', articleId(pair[0]).slice(0, 4)]);
    expect(r.stderr).toMatch(/matches several articles/);
    expect(r.code).toBe(2);
  });
});

describe('show: the version asked for', () => {
  it.each([
    ['a1b2c3d4', undefined, { id: 'a1b2c3d4', version: undefined }],
    ['a1b2c3d4@2', undefined, { id: 'a1b2c3d4', version: 2 }],
    ['a1b2c3d4', '3', { id: 'a1b2c3d4', version: 3 }],
  ])('%s with --article-version %s', (arg, option, want) => expect(requestedVersion(arg, option)).toEqual(want));

  it.each([
    ['a1b2c3d4@2', '1', /a1b2c3d4@2 and --article-version 1 both ask for a version; give one of them/],
    ['a1b2c3d4@x', undefined, /^a1b2c3d4@x: expected ID@N with N a version number/],
    ['a1b2c3d4@0', undefined, /^a1b2c3d4@0: expected ID@N/],
    ['a1b2c3d4', 'x', /^--article-version: expected a number/],
  ])('%s with --article-version %s -> usage error', (arg, option, message) => {
    expect(() => requestedVersion(arg, option)).toThrow(message);
    try {
      requestedVersion(arg, option);
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(2);
    }
  });
});
