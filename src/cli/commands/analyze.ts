import type { Command } from 'commander';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ingest } from '../../pipeline/ingest.js';
import { analyzeStored } from '../../analyze/stored.js';
import { reportToMarkdown } from '../../report/markdown.js';
import { counted } from '../../report/md-cells.js';
import type { Report } from '../../report/schema.js';
import { printProblems } from '../problems.js';
import { checkOutPath, parseOptions } from '../options.js';
import { meaningOptions, outletRegistry, withStore, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';

const OutputOptions = z.object({ format: z.enum(['json', 'md'], { error: '--format: expected json or md' }).default('json'), out: z.string().optional() });

function write(report: Report, opts: z.infer<typeof OutputOptions>): void {
  const body = opts.format === 'md' ? reportToMarkdown(report) : JSON.stringify(report, null, 2);
  if (opts.out) {
    // Write then rename: a reader never sees half a report.
    const tmp = `${opts.out}.tmp-${process.pid}`;
    writeFileSync(tmp, body + '\n');
    renameSync(tmp, opts.out);
    const s = report.storylines;
    console.error(`wrote ${opts.out}: ${counted(report.articles.length, 'article')}, ${counted(s.length, 'storyline')}, ${counted(s.reduce((n, x) => n + x.events.length, 0), 'event')}, ${counted(report.derivations.length, 'derivation')}`);
  } else process.stdout.write(body + '\n');
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('ingest the given inputs (into --db, or a temporary store) and write the analysis report of those articles')
    .argument('<inputs...>', 'files, directories or http(s) URLs, as for ingest')
    .option('--out <file>', 'write the report here (default: standard output)')
    .option('--format <format>', 'json (the documented report, docs/report.schema.json) or md', 'json')
    .option('--allow-private', 'allow fetching loopback and private-network addresses')
    .addHelpText('after', '\nExit codes: 0 done, 1 fatal error, 2 bad usage, 3 done but some inputs were rejected.')
    .action(async (inputs: string[], raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(OutputOptions, raw);
      checkOutPath(opts.out);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const meaning = await meaningOptions(global);
      const temp = global.db || process.env.PARALLAX_DB ? null : mkdtempSync(path.join(tmpdir(), 'parallax-analyze-'));
      const keep = temp ? removedOnSignal(temp) : () => {};
      try {
        const { report, rejected } = await withStore(temp ? { db: path.join(temp, 'store.db') } : global, async (store) => {
          const run = await ingest(store, inputs, { fetch: { allowPrivate: !!raw.allowPrivate } });
          printProblems(run.problems);
          const ids = [...new Set(run.outcomes.flatMap((o) => (o.id ? [o.id] : [])))];
          return { report: await analyzeStored(store, await store.getArticles(ids), { outlets: outletRegistry(global), ...meaning }), rejected: run.summary.rejected };
        });
        write(report, opts);
        process.exitCode = rejected ? EXIT.PARTIAL : EXIT.OK;
      } finally {
        keep();
        if (temp) rmSync(temp, { recursive: true, force: true });
      }
    });
}

/**
 * An interrupted analyze (Ctrl-C, a pipeline's timeout sending SIGTERM) removes its temporary
 * store before it exits (130 / 143, as a shell reports a signal), instead of leaving it in the
 * temporary directory. Returns the function that takes the handlers off again.
 */
function removedOnSignal(dir: string): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the analysis report of every article in the store')
    .option('--out <file>', 'write the report here (default: standard output)')
    .option('--format <format>', 'json or md', 'json')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(OutputOptions, raw);
      checkOutPath(opts.out);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const outlets = outletRegistry(global);
      const meaning = await meaningOptions(global);
      const report = await withStore(global, async (store) => analyzeStored(store, await store.getArticles(), { outlets, ...meaning }), { existing: true });
      write(report, opts);
    });
}
