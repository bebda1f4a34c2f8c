// Ingest jobs behind one interface: in-process (default) or on a Redis queue (BullMQ) with
// `parallax worker` processes doing the work. Both pass test/queue/contract.ts.
import type { IngestSummary } from '../pipeline/ingest.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** What to ingest: URLs (and feeds), and uploaded documents carried with the job. */
export interface JobRequest {
  urls: string[];
  documents: Array<{ name: string; content: Uint8Array }>;
  /** Let URL fetching reach loopback and private networks. */
  allowPrivate: boolean;
}

export interface JobResult {
  summary: Pick<IngestSummary, 'items' | 'stored' | 'newVersions' | 'duplicates' | 'rejected' | 'warnings'>;
  stored: Array<{ source: string; id: string; status: string }>;
  rejected: Array<{ source: string; reason: string; message: string }>;
}

export interface JobProgress {
  done: number;
  total: number;
  current: string;
}

export interface JobView extends JobProgress {
  id: string;
  status: JobStatus;
  createdAt: string;
  summary: JobResult['summary'] | null;
  stored: JobResult['stored'];
  rejected: JobResult['rejected'];
  /** How many times it was tried (a retried job says so). */
  attempts: number;
  error: string | null;
}

export interface IngestQueue {
  submit(request: JobRequest): Promise<JobView>;
  get(id: string): Promise<JobView | undefined>;
  /** Called after a job stored or changed articles (the server drops its cached analysis). */
  onStored(listener: () => void): void;
  /** Resolves when the jobs submitted here so far have ended (in-process queue; a no-op elsewhere). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The queue holds as many unfinished jobs as it may: the client should retry later. */
export class QueueFullError extends Error {
  constructor(readonly limit: number) {
    super(`${limit} ingest jobs are already waiting or running; try again when some have ended`);
    this.name = 'QueueFullError';
  }
}
