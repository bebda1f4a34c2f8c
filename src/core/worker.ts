// Starting a worker thread from a module next to the caller. Under tsx (tests, `node --import
// tsx`) the module is .ts source, so the thread registers tsx before importing it.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @param from the caller's import.meta.url
 * @param name the worker module's file name without extension ("analysis-worker")
 */
export function startModuleWorker(from: string, name: string, workerData?: unknown): Worker {
  const ts = from.endsWith('.ts');
  const entry = new URL(`./${name}${ts ? '.ts' : '.js'}`, from);
  if (!ts) return new Worker(entry, { workerData });
  // tsx's ESM API file, found through its package.json exports (import.meta.resolve is missing
  // under the test runner's transform, and the CommonJS entry cannot be imported from a worker).
  const pkgFile = createRequire(from).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(path.join(path.dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true, workerData });
}

/** Stops a request/answer thread: what still waits on it is rejected ("the <what> was closed"). */
export async function closeThread(w: Worker | null, waiting: Map<number, { reject: (e: Error) => void }>, what: string): Promise<void> {
  for (const p of waiting.values()) p.reject(new Error(`the ${what} was closed`));
  waiting.clear();
  if (w) {
    w.removeAllListeners('exit');
    await w.terminate();
  }
}
