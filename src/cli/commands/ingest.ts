import type { Command } from 'commander';
import { ingest, type IngestSummary } from '../../pipeline/ingest.js';
import { printProblems } from '../problems.js';
import { IngestOptionsSchema, parseOptions } from '../options.js';
import { makeProgress } from '../progress.js';
import { EXIT } from '../exit-codes.js';
import { withStore, type GlobalOptions } from '../context.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles from files, directories, URLs or feeds into the store')
    .argument('<inputs...>', 'files (.txt .md .html .xml .rss .atom .json .jsonl), directories (recursive) or http(s) URLs')
    .option('--json', 'print the result as JSON (summary, one outcome per item, problems)')
    .option('--follow-links', 'fetch the full page of each feed item (default: only for feeds given as URLs)')
    .option('--no-follow-links', 'never fetch feed item links')
    .option('--allow-private', 'allow fetching loopback and private-network addresses')
    .option('--timeout <ms>', 'time limit per URL fetch in milliseconds', '15000')
    .option('--max-file-size <MB>', 'largest file or download accepted, in megabytes', '50')
    .option('--max-redirects <n>', 'redirects followed per URL', '5')
    .option('--no-extract', 'store only; leave the extraction (names, quotes, figures, dates) to the next analysis')
    .option('--quiet', 'print only the summary line')
    .addHelpText('after', '\nExit codes: 0 all ingested, 1 fatal error, 2 bad usage, 3 some inputs rejected.')
    .action(async (inputs: string[], raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(IngestOptionsSchema, raw);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const json = !!raw.json;
      const followLinks = raw.followLinks === undefined ? 'auto' : (raw.followLinks as boolean);
      const progress = makeProgress(!json && !raw.quiet);
      const report = await withStore(global, (store) =>
        ingest(store, inputs, {
          maxBytes: Math.round(opts.maxFileSize * 1024 * 1024),
          followLinks,
          extract: raw.extract !== false,
          fetch: { timeoutMs: opts.timeout, maxRedirects: opts.maxRedirects, allowPrivate: !!raw.allowPrivate },
          onProgress: (p) => progress.update(p),
        }),
      );
      progress.stop();
      const s = report.summary;
      if (json) {
        process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      } else {
        if (!raw.quiet) {
          for (const o of report.outcomes) {
            if (o.status === 'stored') console.log(`stored     ${o.id}  ${o.source}${o.title ? `  "${o.title}"` : ''}`);
            else if (o.status === 'new-version') console.log(`new v${o.version}     ${o.id}  ${o.source}  (content changed since the last ingest)`);
            else if (o.status === 'duplicate') console.log(`duplicate  ${o.id}  ${o.source}  (already stored as ${o.duplicateOf!.id} v${o.duplicateOf!.version})`);
          }
          printProblems(report.problems);
        }
        console.log(summaryLine(s));
      }
      process.exitCode = s.rejected > 0 ? EXIT.PARTIAL : EXIT.OK;
    });
}

/**
 * The closing line of an ingest. Files skipped for their type are counted too: a folder of
 * only unsupported files otherwise reads as an ingest that found nothing to do.
 */
export function summaryLine(s: IngestSummary): string {
  const reasons = Object.entries(s.rejectedByReason).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${s.items} item(s) from ${s.sources} source(s): ${s.stored} stored, ${s.newVersions} new version(s), ${s.duplicates} duplicate(s), ${s.rejected} rejected${reasons ? ` (${reasons})` : ''}${s.skippedFiles ? `, ${s.skippedFiles} skipped (unsupported type)` : ''}${s.warnings ? `, ${s.warnings} warning(s)` : ''}`;
}
