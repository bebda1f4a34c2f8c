import type { Command } from 'commander';
import { z } from 'zod';
import { parseOptions } from '../options.js';
import { dbSpec, type GlobalOptions } from '../context.js';
import { openStore, redact } from '../../store/open.js';

const WorkerOptions = z.object({
  queue: z.string({ error: '--queue: expected a redis:// URL (or PARALLAX_QUEUE)' }).regex(/^rediss?:\/\/\S+$/, '--queue: expected a redis:// URL'),
  extractThread: z.boolean({ error: '--no-extract-thread takes no value' }).default(true),
  concurrency: z.coerce.number({ error: '--concurrency: expected a number' }).int('--concurrency: expected a whole number').min(1, '--concurrency: expected at least 1').max(64, '--concurrency: at most 64').default(1),
});

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run ingest jobs from the queue into the store (--db; PostgreSQL when several machines share it) until stopped')
    .option('--queue <url>', 'redis://… (env PARALLAX_QUEUE)')
    .option('--concurrency <n>', 'jobs run at once by this process', '1')
    .option('--no-extract-thread', 'extract on the job\'s thread (with as many worker processes as cores, a thread each only competes with the others)')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(WorkerOptions, { ...raw, queue: raw.queue ?? process.env.PARALLAX_QUEUE });
      const db = dbSpec(cmd.optsWithGlobals() as GlobalOptions);
      const store = await openStore(db);
      const { startWorker } = await import('../../queue/bullmq.js');
      const worker = startWorker(store, opts.queue, { concurrency: opts.concurrency, extractThread: opts.extractThread });
      worker.on('completed', (job, r) => console.error(`job ${job.id}: ${r.summary.stored} stored, ${r.summary.newVersions} new versions, ${r.summary.duplicates} duplicates, ${r.summary.rejected} rejected`));
      worker.on('failed', (job, e) => console.error(`job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${e.message}`));
      console.error(`parallax worker: jobs from ${redact(opts.queue)} into ${redact(db)}, ${opts.concurrency} at a time${opts.extractThread ? '' : ', extracting on the job\'s thread'}`);
      await new Promise<void>((resolve) => {
        const stop = () => void worker.close().then(() => store.close()).then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
