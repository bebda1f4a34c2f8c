// The `parallax` command line: a thin layer over the pipeline and the store.
import { Command, CommanderError } from 'commander';
import { registerIngest } from './commands/ingest.js';
import { registerArticles } from './commands/articles.js';
import { registerShow } from './commands/show.js';
import { registerAnalyze, registerReport } from './commands/analyze.js';
import { registerCompare } from './commands/compare.js';
import { registerServe } from './commands/serve.js';
import { registerOutlets } from './commands/outlets.js';
import { registerWorker } from './commands/worker.js';
import { registerWatch } from './commands/watch.js';
import { CliError, EXIT } from './exit-codes.js';
import { StoreError } from '../store/types.js';

export function buildProgram(): Command {
  const program = new Command()
    .name('parallax')
    .description('Compare how news outlets cover the same story, down to the sentence.')
    .version('0.1.0')
    .option('--db <path>', 'store: a SQLite file (default ./parallax.db, or $PARALLAX_DB)')
    .option('--outlets <file>', 'outlet registry, JSON (default ./outlets.json when present, or $PARALLAX_OUTLETS)')
    .option('--vectors <file>', 'word vectors (word2vec, GloVe or fastText text format; or $PARALLAX_VECTORS): claims worded differently are also matched by meaning')
    .option('--meaning-threshold <cosine>', 'with --vectors: the cosine at which two claims are one (default 0.85)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerIngest(program);
  registerArticles(program);
  registerShow(program);
  registerAnalyze(program);
  registerReport(program);
  registerCompare(program);
  registerServe(program);
  registerOutlets(program);
  registerWorker(program);
  registerWatch(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    if (e instanceof CliError) {
      console.error(`parallax: ${e.message}`);
      return e.exitCode;
    }
    if (e instanceof StoreError) {
      console.error(`parallax: ${e.message}`);
      // An id prefix that matches several articles is a value the user gave, not a store fault.
      return e.code === 'ambiguous-id' ? EXIT.USAGE : EXIT.FATAL;
    }
    console.error(`parallax: ${(e as Error).message ?? e}`);
    return EXIT.FATAL;
  }
}
