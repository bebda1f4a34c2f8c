import type { Command } from 'commander';
import { z } from 'zod';
import { parseOptions } from '../options.js';
import { dbSpec, meaningOptions, outletRegistry, type GlobalOptions } from '../context.js';

const ServeOptions = z.object({
  host: z.string().min(1, '--host: expected a host name or address').default('127.0.0.1'),
  port: z.coerce.number({ error: '--port: expected a number' }).int('--port: expected a whole number').min(0, '--port: expected 0–65535').max(65535, '--port: expected 0–65535').default(8080),
  token: z.string().min(16, '--token: expected at least 16 characters').optional(),
  queue: z.string().regex(/^rediss?:\/\/\S+$/, '--queue: expected a redis:// URL').optional(),
  maxBody: z.coerce.number({ error: '--max-body: expected a number of megabytes' }).positive('--max-body: expected a positive number').default(50),
});

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API and web pages over the store (default http://127.0.0.1:8080)')
    .option('--host <host>', 'address to listen on; beyond loopback, writes need a token', '127.0.0.1')
    .option('--port <port>', 'port (0: any free port)', '8080')
    .option('--token <token>', 'bearer token for ingest (env PARALLAX_TOKEN; made up and printed when listening beyond loopback)')
    .option('--max-body <MB>', 'largest request body accepted, in megabytes', '50')
    .option('--allow-private', 'let ingest fetch loopback and private-network URLs')
    .option('--live', 'live analysis for large stores: storylines kept incrementally, each analysed when viewed or changed (a read after new articles costs them, not the store)')
    .option('--queue <url>', 'redis://… : enqueue ingest jobs for parallax worker processes instead of running them here (env PARALLAX_QUEUE)')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(ServeOptions, { ...raw, token: raw.token ?? process.env.PARALLAX_TOKEN, queue: raw.queue ?? process.env.PARALLAX_QUEUE });
      const global = cmd.optsWithGlobals() as GlobalOptions;
      // The model is loaded (and a bad file refused) before the server listens.
      const model = await meaningOptions(global);
      const meaning = model.embedder ? { embedder: model.embedder, options: model.meaning!, onPass: model.onMeaning } : undefined;
      const { startServer } = await import('../../server/node.js');
      const db = dbSpec(global);
      const server = await startServer({ db, host: opts.host, port: opts.port, token: opts.token ?? null, maxBodyBytes: Math.round(opts.maxBody * 1024 * 1024), allowPrivate: !!raw.allowPrivate, outlets: outletRegistry(global), queueUrl: opts.queue, live: !!raw.live, meaning });
      console.error(`parallax: serving ${db} at ${server.url} (API: ${server.url}/api/v1/openapi.json)${raw.live ? '; live analysis' : ''}${meaning ? `; claims also joined by meaning (${meaning.embedder.name})` : ''}${opts.queue ? `; ingest jobs go to ${opts.queue} for parallax worker` : ''}`);
      if (server.token && !opts.token) console.error(`parallax: writes need the header "Authorization: Bearer ${server.token}"`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
