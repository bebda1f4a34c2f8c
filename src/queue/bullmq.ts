// Ingest jobs on Redis through BullMQ: `parallax serve --queue redis://…` only enqueues, and any
// number of `parallax worker` processes (on any machine reaching Redis and the store) run them.
// A job is retried with exponential backoff; a worker killed mid-job stops renewing its lock,
// so the job is redelivered to another worker, and since each article is written in its own
// transaction and ingest is idempotent, nothing is lost or stored twice.
import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import type { Store } from '../store/types.js';
import { runIngestJob } from './run.js';
import type { IngestQueue, JobProgress, JobRequest, JobResult, JobStatus, JobView } from './types.js';

export const QUEUE_NAME = 'parallax-ingest';

interface JobData {
  urls: string[];
  documents: Array<{ name: string; base64: string }>;
  allowPrivate: boolean;
}

export interface BullOptions {
  /** Key prefix in Redis: separate installations (or tests) sharing one Redis. */
  prefix?: string;
  attempts?: number;
}

const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null });
const encode = (r: JobRequest): JobData => ({ urls: r.urls, documents: r.documents.map((d) => ({ name: d.name, base64: Buffer.from(d.content).toString('base64') })), allowPrivate: r.allowPrivate });
const decode = (d: JobData): JobRequest => ({ urls: d.urls, documents: d.documents.map((x) => ({ name: x.name, content: new Uint8Array(Buffer.from(x.base64, 'base64')) })), allowPrivate: d.allowPrivate });

const STATUS: Record<string, JobStatus> = { waiting: 'queued', delayed: 'queued', prioritized: 'queued', 'waiting-children': 'queued', active: 'running', completed: 'done', failed: 'failed' };

function view(job: Job<JobData, JobResult>, state: string): JobView {
  const p = (typeof job.progress === 'object' && job.progress ? job.progress : {}) as Partial<JobProgress>;
  const result = job.returnvalue ?? null;
  return {
    id: job.id!,
    // The job is read before its state: a job that completed between the two reads has no
    // result in hand yet, so it is still running for this view (the next read has the summary).
    status: state === 'completed' && !result ? 'running' : STATUS[state] ?? 'queued',
    done: result ? (p.total ?? 0) : (p.done ?? 0),
    total: p.total ?? job.data.urls.length + job.data.documents.length,
    current: p.current ?? '',
    createdAt: new Date(job.timestamp).toISOString(),
    summary: result?.summary ?? null,
    stored: result?.stored ?? [],
    rejected: result?.rejected ?? [],
    attempts: job.attemptsMade,
    error: job.failedReason ?? null,
  };
}

export class BullQueue implements IngestQueue {
  private readonly queue: Queue<JobData, JobResult>;
  private events: QueueEvents | null = null;
  private readonly listeners: Array<() => void> = [];

  constructor(
    readonly url: string,
    private readonly opts: BullOptions = {},
  ) {
    this.queue = new Queue<JobData, JobResult>(QUEUE_NAME, { connection: connectionOf(url), prefix: opts.prefix ?? 'parallax' });
  }

  async submit(request: JobRequest): Promise<JobView> {
    const job = await this.queue.add('ingest', encode(request), {
      attempts: this.opts.attempts ?? 3,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { age: 7 * 86_400, count: 1000 },
      removeOnFail: { age: 7 * 86_400, count: 1000 },
    });
    return view(job, 'waiting');
  }

  async get(id: string): Promise<JobView | undefined> {
    const job = (await Job.fromId(this.queue, id)) as Job<JobData, JobResult> | undefined;
    return job ? view(job, await job.getState()) : undefined;
  }

  onStored(listener: () => void): void {
    this.listeners.push(listener);
    if (this.events) return;
    this.events = new QueueEvents(QUEUE_NAME, { connection: connectionOf(this.url), prefix: this.opts.prefix ?? 'parallax' });
    this.events.on('completed', ({ returnvalue }) => {
      const r = (typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue) as JobResult | null;
      if (r && (r.summary.stored || r.summary.newVersions)) for (const l of this.listeners) l();
    });
  }

  async idle(): Promise<void> {}

  async close(): Promise<void> {
    await this.events?.close();
    await this.queue.close();
  }
}

export interface WorkerOptions extends BullOptions {
  concurrency?: number;
  /** How long a job stays locked without renewal before another worker may take it (ms). */
  lockDuration?: number;
  stalledInterval?: number;
  /** Extract on a thread of its own while the job stores the next articles (default true). With
   *  as many worker processes as cores, each one's thread only competes with the others: false. */
  extractThread?: boolean;
}

/** A worker running ingest jobs from the queue into the store until closed. */
export function startWorker(store: Store, url: string, opts: WorkerOptions = {}): Worker<JobData, JobResult> {
  return new Worker<JobData, JobResult>(QUEUE_NAME, async (job) => runIngestJob(store, decode(job.data), (p) => void job.updateProgress(p), opts.extractThread === false ? null : undefined), {
    connection: connectionOf(url),
    prefix: opts.prefix ?? 'parallax',
    concurrency: opts.concurrency ?? 1,
    lockDuration: opts.lockDuration ?? 30_000,
    stalledInterval: opts.stalledInterval ?? 30_000,
  });
}
