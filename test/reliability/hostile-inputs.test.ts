// Hostile inputs through the whole pipeline (read, clean, store, analyse): nothing crashes or
// hangs, what cannot be read is rejected with a reason, and the report of what was stored is
// valid against its schema with every span inside its article.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { analyzeArticles } from '../../src/analyze/index.js';
import { Report } from '../../src/report/schema.js';
import { tempDir } from '../helpers/cli.js';
import { reportSpanProblems } from '../helpers/report-spans.js';
import type { Article } from '../../src/core/types.js';

const lead = 'Harbour pilots in Port Alden walked out on Monday, and the ferry to Tarnbridge stayed in port, the authority said. ';
const latin1 = Buffer.concat([Buffer.from(lead), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0, 0x2e])]); // "Café déjà." in Latin-1
const HOSTILE: Array<[string, string | Buffer, 'stored' | 'rejected']> = [
  ['long-line.txt', lead.repeat(5000).replace(/\n/g, ' '), 'stored'], // 575,000 characters on one line
  ['too-long.txt', 'word '.repeat(2_100_000), 'rejected'], // 10.5 MB, over the body cap
  ['nested.html', `<html><body>${'<div>'.repeat(20_000)}<article><h1>Pilots strike</h1><p>${lead.repeat(4)}</p></article>${'</div>'.repeat(20_000)}</body></html>`, 'stored'],
  ['nul.txt', `${lead}\u0000\u0000${lead}`, 'rejected'],
  ['latin1.txt', latin1, 'stored'],
  ['rtl.txt', `قال المتحدث باسم الميناء إن الإضراب سينتهي يوم الاثنين\u200f، وأضاف أن السفن ستبحر إلى تارنبريدج. ${'\u200d'.repeat(3)}הנמל ייפתח מחדש ביום שני, אמר הדובר.\u200b\u200c ${lead}`, 'stored'],
  ['quotes.txt', `“We will not go back, ” said the pilots' leader. « Never » he added, "and then “ the talks "stalled. ${lead} ” ” “`, 'stored'],
  ['entities.xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>T</title><item><title>&c;</title><description>${lead.repeat(3)}</description></item></channel></rss>`, 'rejected'], // entity definitions: refused, not expanded
  ['binary.jsonl', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x03]), 'rejected'],
];

describe('hostile inputs through the whole pipeline', () => {
  it('reads, rejects with reasons, stores and analyses within time bounds', async () => {
    const dir = tempDir();
    const files = HOSTILE.map(([name, content]) => {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    });
    const store = new SqliteStore(path.join(dir, 'h.db'));
    const t0 = performance.now();
    const run = await ingest(store, files);
    const ingestMs = performance.now() - t0;
    for (const [name, , expected] of HOSTILE) {
      const outcomes = run.outcomes.filter((o) => path.basename(o.source.replace(/:\d+$/, '')) === name);
      expect(outcomes.length, name).toBeGreaterThan(0);
      if (expected === 'rejected') expect(outcomes.every((o) => o.status === 'rejected' && o.reason), name).toBe(true);
      else expect(outcomes.some((o) => o.status === 'stored'), `${name}: ${JSON.stringify(outcomes)}`).toBe(true);
    }
    const t1 = performance.now();
    const report = analyzeArticles(await store.getArticles());
    const analyzeMs = performance.now() - t1;
    const parsed = Report.safeParse(report);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(reportSpanProblems(report)).toEqual([]);
    expect(ingestMs + analyzeMs).toBeLessThan(60_000); // no hang: a few seconds on this machine
    await store.close();
  });
});

// Random texts assembled from hostile pieces, analysed together: valid reports, spans inside.
const piece = fc.constantFrom('“', '”', '"', '«', '»', "'", '\u200b', '\u200d', '\u200f', '\u202e', 'قال', 'אמר', ' said ', ' told AFP ', 'At least 40 people', '12,000', '$25 million', 'on Tuesday', 'Port Alden', 'Qasim al-Zubaydi', '. ', '\n\n', '—', 'so-called', '(', ')', '%', '0', '🙂', '\ud800');
const text = fc.array(piece, { minLength: 10, maxLength: 120 }).map((xs) => xs.join(''));

const article = (id: string, body: string, i: number): Article => ({
  id, version: 1, versions: 1, ingestedAt: '2025-06-01T00:00:00.000Z', source: `${id}.txt`, format: 'text', url: null, title: `Report ${i}`,
  outlet: `Outlet ${i % 3}`, outletFrom: 'input', byline: null, publishedAt: `2025-06-0${1 + (i % 5)}T08:00:00.000Z`, publishedAtFrom: 'input',
  dateEstimated: false, modifiedAt: null, language: 'en', text: body, contentHash: `h-${id}`, dateline: null, agencies: [],
  boilerplate: { captions: [], credits: [], related: [], notes: [], bylines: [] }, diagnostics: [],
});

describe('property: any mix of hostile pieces', () => {
  it('gives a schema-valid report with every span inside its article', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (bodies) => {
        const report = analyzeArticles(bodies.map((b, i) => article(`a${i}`, b, i)));
        expect(Report.safeParse(report).success).toBe(true);
        expect(reportSpanProblems(report)).toEqual([]);
      }),
      { seed: 8, numRuns: 40 },
    );
  });
});
