import type { Command } from 'commander';
import { renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { analyzeStored } from '../../analyze/stored.js';
import { comparisonIndex, comparisonToMarkdown, selectComparison } from '../../report/compare.js';
import { checkOutPath, parseOptions } from '../options.js';
import { meaningOptions, outletRegistry, withStore, type GlobalOptions } from '../context.js';
import { groupReport } from '../../outlets/group.js';
import { CliError, EXIT } from '../exit-codes.js';

const Options = z.object({
  format: z.enum(['json', 'md'], { error: '--format: expected json or md' }).default('md'),
  out: z.string().optional(),
  groupBy: z.string().trim().min(1, '--group-by: expected an attribute name of the outlet registry').optional(),
});

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare the outlets of one storyline or event: claims × outlets, omissions, figures over time, framing, quotes')
    .argument('[id]', 'a storyline or event id (s-… / e-…) or a unique prefix; without it, the list of ids')
    .option('--format <format>', 'md (for people) or json', 'md')
    .option('--out <file>', 'write here (default: standard output)')
    .option('--group-by <attribute>', 'columns are the values of this outlet-registry attribute (country, stance…), not outlets')
    .action(async (id: string | undefined, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(Options, raw);
      checkOutPath(opts.out);
      const global = cmd.optsWithGlobals() as GlobalOptions;
      const outlets = outletRegistry(global);
      if (opts.groupBy && !outlets) throw new CliError('--group-by needs an outlet registry: --outlets FILE (or ./outlets.json); see parallax outlets --help', EXIT.USAGE);
      if (opts.groupBy && outlets && !outlets.attributeNames().includes(opts.groupBy)) {
        throw new CliError(`--group-by: no outlet in the registry has the attribute "${opts.groupBy}"; it has: ${outlets.attributeNames().join(', ') || 'none'}`, EXIT.USAGE);
      }
      const meaning = await meaningOptions(global);
      const analysed = await withStore(global, async (store) => analyzeStored(store, await store.getArticles(), { outlets, ...meaning }), { existing: true });
      const report = opts.groupBy && outlets ? groupReport(analysed, opts.groupBy, outlets) : analysed;
      let body: string;
      if (!id) body = comparisonIndex(report);
      else {
        const c = selectComparison(report, id);
        // No match is "does not exist" (as in show); several matches is an invalid value.
        if ('error' in c) throw new CliError(c.error, c.error.startsWith('no storyline') ? EXIT.NOT_FOUND : EXIT.USAGE);
        body = opts.format === 'json' ? JSON.stringify(c, null, 2) : comparisonToMarkdown(c, report, undefined, undefined, opts.groupBy && outlets ? opts.groupBy : null);
      }
      if (opts.out) {
        const tmp = `${opts.out}.tmp-${process.pid}`;
        writeFileSync(tmp, body + '\n');
        renameSync(tmp, opts.out);
      } else process.stdout.write(body + '\n');
    });
}
