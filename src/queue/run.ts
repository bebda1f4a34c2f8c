// One ingest job, wherever it runs: uploaded documents are written to a temporary folder under
// their own names (the extension tells the reader what they are) and recorded as
// "upload:<name>"; the folder is removed afterwards. Ingest is idempotent (content hashes), so a
// job retried after a crash stores nothing twice.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../pipeline/ingest.js';
import { diagnosticWhere } from '../core/diagnostics.js';
import type { Store } from '../store/types.js';
import type { ExtractThread } from '../analyze/extract-thread.js';
import type { JobProgress, JobRequest, JobResult } from './types.js';

/** "../../etc/passwd" -> "passwd"; odd characters folded so the name is a safe file name. */
export const safeName = (name: string) => path.basename(name.replace(/\\/g, '/')).replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_').slice(-120) || 'upload.txt';

/** extractThread: as IngestOptions.extractThread (undefined: the process's shared thread; null: extract on this thread). */
export async function runIngestJob(store: Store, request: JobRequest, onProgress: (p: JobProgress) => void = () => {}, extractThread?: ExtractThread | null): Promise<JobResult> {
  // Documents first: they are at hand, while a URL may take its time.
  const files: string[] = [];
  const labels = new Map<string, string>();
  const dir = request.documents.length ? await mkdtemp(path.join(tmpdir(), 'parallax-upload-')) : null;
  try {
    for (const [i, d] of request.documents.entries()) {
      const file = path.join(dir!, `${String(i).padStart(4, '0')}-${safeName(d.name)}`);
      await writeFile(file, d.content);
      files.push(file);
      labels.set(file, `upload:${d.name}`);
    }
    const report = await ingest(store, [...files, ...request.urls], { extract: true, extractThread, labels, fetch: { allowPrivate: request.allowPrivate }, onProgress: (p) => onProgress({ done: p.done, total: p.total, current: p.source }) });
    const s = report.summary;
    return {
      summary: { items: s.items, stored: s.stored, newVersions: s.newVersions, duplicates: s.duplicates, rejected: s.rejected, warnings: s.warnings },
      stored: report.outcomes.filter((o) => o.id && o.status !== 'rejected').map((o) => ({ source: o.source, id: o.id!, status: o.status })),
      rejected: report.problems.filter((p) => p.severity === 'error').map((p) => ({ source: diagnosticWhere(p), reason: p.code, message: p.message })),
    };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
