// The in-process queue (default): jobs run one at a time in this process (one writer), kept in
// memory for polling.
import type { Store } from '../store/types.js';
import { runIngestJob } from './run.js';
import { QueueFullError, type IngestQueue, type JobRequest, type JobView } from './types.js';

const KEEP = 200; // finished jobs kept for polling

export class MemoryQueue implements IngestQueue {
  private readonly jobs = new Map<string, JobView>();
  private chain: Promise<void> = Promise.resolve();
  private seq = 0;
  private readonly listeners: Array<() => void> = [];

  /** @param maxPending unfinished jobs accepted at once (each holds its uploaded files in memory). */
  constructor(
    private readonly store: Store,
    private readonly maxPending = 100,
  ) {}

  async submit(request: JobRequest): Promise<JobView> {
    const pending = [...this.jobs.values()].filter((j) => j.status === 'queued' || j.status === 'running').length;
    if (pending >= this.maxPending) throw new QueueFullError(this.maxPending);
    const job: JobView = { id: `job-${++this.seq}-${Date.now().toString(36)}`, status: 'queued', done: 0, total: request.urls.length + request.documents.length, current: '', createdAt: new Date().toISOString(), summary: null, stored: [], rejected: [], attempts: 0, error: null };
    this.jobs.set(job.id, job);
    this.trim();
    this.chain = this.chain.then(() => this.run(job, request));
    return { ...job };
  }

  async get(id: string): Promise<JobView | undefined> {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  onStored(listener: () => void): void {
    this.listeners.push(listener);
  }

  idle(): Promise<void> {
    return this.chain;
  }

  async close(): Promise<void> {
    await this.chain;
  }

  private async run(job: JobView, request: JobRequest): Promise<void> {
    job.status = 'running';
    job.attempts = 1;
    try {
      const result = await runIngestJob(this.store, request, (p) => Object.assign(job, p));
      Object.assign(job, result, { status: 'done' });
      if (result.summary.stored || result.summary.newVersions) for (const l of this.listeners) l();
    } catch (e) {
      job.status = 'failed';
      job.error = (e as Error).message;
    }
  }

  private trim(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status === 'done' || j.status === 'failed');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP))) this.jobs.delete(j.id);
  }
}
