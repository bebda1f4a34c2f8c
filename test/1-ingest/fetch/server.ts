// Local HTTP test servers on 127.0.0.1 (port 0); no network access needed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { SourceError } from '../../../src/core/diagnostics.js';

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  /** Requests received so far. */
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Awaits a rejection and checks it is a fetch-stage SourceError attributed to `source`. */
export async function fetchFailure(p: Promise<unknown>, source: string): Promise<SourceError['diagnostic']> {
  const err = await p.then(
    () => {
      throw new Error('expected the fetch to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  const d = (err as SourceError).diagnostic;
  expect(d.stage).toBe('fetch');
  expect(d.source).toBe(source);
  expect(d.severity).toBe('error');
  return d;
}
