// Ingest as background jobs: one at a time (the store has one writer), each with progress a
// client can poll. Uploaded files live in a temporary folder that is removed when the job ends.
import { rm } from 'node:fs/promises';
import { ingest, type IngestOptions, type IngestSummary } from '../pipeline/ingest.js';
import type { Store } from '../store/types.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobView {
  id: string;
  status: JobStatus;
  done: number;
  total: number;
  current: string;
  createdAt: string;
  summary: Pick<IngestSummary, 'items' | 'stored' | 'newVersions' | 'duplicates' | 'rejected' | 'warnings'> | null;
  stored: Array<{ source: string; id: string; status: string }>;
  rejected: Array<{ source: string; reason: string; message: string }>;
  error: string | null;
}

export interface JobInput {
  inputs: string[];
  labels?: Map<string, string>;
  /** A temporary folder to remove afterwards. */
  tempDir?: string;
  options?: Omit<IngestOptions, 'onProgress' | 'labels'>;
}

const KEEP = 200; // finished jobs kept for polling

export class IngestJobs {
  private readonly jobs = new Map<string, JobView>();
  private queue: Promise<void> = Promise.resolve();
  private seq = 0;

  constructor(
    private readonly store: Store,
    private readonly onStored: () => void,
  ) {}

  submit(input: JobInput): JobView {
    const job: JobView = { id: `job-${++this.seq}-${Date.now().toString(36)}`, status: 'queued', done: 0, total: input.inputs.length, current: '', createdAt: new Date().toISOString(), summary: null, stored: [], rejected: [], error: null };
    this.jobs.set(job.id, job);
    this.trim();
    this.queue = this.queue.then(() => this.run(job, input));
    return job;
  }

  get(id: string): JobView | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when every job submitted so far has ended. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: JobView, input: JobInput): Promise<void> {
    job.status = 'running';
    try {
      const report = await ingest(this.store, input.inputs, {
        ...input.options,
        labels: input.labels,
        onProgress: (p) => Object.assign(job, { done: p.done, total: p.total, current: p.source }),
      });
      const s = report.summary;
      job.summary = { items: s.items, stored: s.stored, newVersions: s.newVersions, duplicates: s.duplicates, rejected: s.rejected, warnings: s.warnings };
      job.stored = report.outcomes.filter((o) => o.id && o.status !== 'rejected').map((o) => ({ source: o.source, id: o.id!, status: o.status }));
      job.rejected = report.problems.filter((p) => p.severity === 'error').map((p) => ({ source: p.line !== undefined ? `${p.source}:${p.line}` : p.source, reason: p.code, message: p.message }));
      job.status = 'done';
      if (s.stored || s.newVersions) this.onStored();
    } catch (e) {
      job.status = 'failed';
      job.error = (e as Error).message;
    } finally {
      if (input.tempDir) await rm(input.tempDir, { recursive: true, force: true });
    }
  }

  private trim(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status === 'done' || j.status === 'failed');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP))) this.jobs.delete(j.id);
  }
}
