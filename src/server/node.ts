// The Node adapter: opens the store, serves the app, closes both on close(). Beyond loopback a
// token is mandatory for writes; when none is given one is made and returned (the CLI prints it).
import { serve } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { openStore } from '../store/open.js';
import { createApp, type AppOptions } from './app.js';

export interface ServerOptions extends AppOptions {
  db: string;
  /** redis://… : ingest jobs go to this queue for `parallax worker` processes. */
  queueUrl?: string;
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  token: string | null;
  close(): Promise<void>;
}

export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token ?? (isLoopback(host) ? null : randomBytes(24).toString('base64url'));
  const store = await openStore(opts.db);
  const queue = opts.queue ?? (opts.queueUrl ? new (await import('../queue/bullmq.js')).BullQueue(opts.queueUrl) : undefined);
  const { app, jobs, close, analysis } = createApp(store, { analysisThread: true, eager: true, liveThreads: 2, ...opts, token, queue });
  analysis.warm?.(); // a live analysis starts building from the store now
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8080 }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    token,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.close();
      await close();
      await store.close();
    },
  };
}
