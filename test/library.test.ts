// The engine as a library (src/index.ts, the package's entry point): the README's sample runs
// as written, and the package exports name the built entry.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openStore, ingest, analyzeStored, Report, reportToMarkdown, selectComparison, comparisonToMarkdown, ExtractionCache, LiveAnalysis, storeLoader } from '../src/index.js';
import { tempDir, ROOT } from './helpers/cli.js';
import { CORPUS } from './fixtures/golden.js';

describe('parallax as a library', () => {
  it('opens a store, ingests, analyses and reads the report as the README shows', async () => {
    const store = await openStore(path.join(tempDir(), 'news.db'));
    try {
      const run = await ingest(store, [path.join(CORPUS, 'text')]);
      expect(run.summary.stored).toBe(4);
      const report = await analyzeStored(store, await store.getArticles());
      expect(Report.safeParse(report).success).toBe(true);
      expect(report.storylines.length).toBeGreaterThan(0);
      expect(reportToMarkdown(report)).toMatch(/^# Parallax report/);
      const comparison = selectComparison(report, report.storylines[0]!.id);
      if ('error' in comparison) throw new Error(comparison.error);
      expect(comparisonToMarkdown(comparison, report)).toContain(report.storylines[0]!.title);
    } finally {
      await store.close();
    }
  });

  it('keeps a live analysis of a growing store, storyline by storyline, as src/index.ts shows', async () => {
    const store = await openStore(path.join(tempDir(), 'news.db'));
    try {
      await ingest(store, [path.join(CORPUS, 'text')], { extract: true });
      const [first, ...rest] = await store.getArticles();
      const cache = new ExtractionCache();
      const live = new LiveAnalysis({ load: storeLoader(store, cache), extractionCache: cache });
      live.add([first!]);
      expect(await live.refresh()).toEqual({ storylines: 1, articles: 1 });
      live.add(rest);
      await live.refresh();
      const listed = live.storylines();
      expect(listed.reduce((n, s) => n + s.articles, 0)).toBe(rest.length + 1);
      const report = await live.report(listed[0]!.key);
      expect(Report.safeParse(report).success).toBe(true);
      expect(report!.storylines.map((s) => s.id)).toEqual([listed[0]!.id]);
    } finally {
      await store.close();
    }
  });

  it('the package entry point is the built src/index.ts', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    const build = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8'));
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' }); // src/index.ts -> dist/index.js
    // The README's sample uses only what the entry point exports.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const sample = /```js\n(import \{([^}]+)\} from 'parallax';[\s\S]*?)```/.exec(readme);
    expect(sample, 'a js sample importing from parallax in the README').not.toBeNull();
    const source = readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8');
    for (const name of sample![2]!.split(',').map((s) => s.trim()).filter(Boolean)) expect(source, name).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
