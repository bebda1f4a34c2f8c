// Following an ingest job: GET /api/v1/jobs/:id every 500 ms until it is done or failed,
// showing progress, the source being read, and at the end the summary and every rejected item.
// Polls are chained (not setInterval) so a slow answer never overlaps the next request.
import { getJson } from './api.js';
import type { Job } from './api-types.js';
import { append, el, list, note, scrollingTable, userText } from './dom.js';
import { errorBox } from './errors.js';

const pollMs = 500;

function progress(job: Job): HTMLElement {
  const total = Math.max(job.total ?? 0, 0);
  const bar = el('progress', total ? { max: total, value: Math.min(job.done ?? 0, total) } : {});
  return el(
    'div',
    { class: 'job-progress' },
    el('p', {}, el('strong', { class: `job-status status-${job.status}` }, job.status), total ? ` — ${job.done} / ${total}` : ''),
    bar,
    job.current && (job.status === 'running' || job.status === 'queued') ? el('p', { class: 'current' }, 'Reading ', userText('code', job.current)) : null,
  );
}

function summary(job: Job): HTMLElement | null {
  const s = job.summary;
  if (!s) return null;
  const rows: [string, number][] = [
    ['Items read', s.items],
    ['Stored', s.stored],
    ['New versions', s.newVersions],
    ['Duplicates', s.duplicates],
    ['Rejected', s.rejected],
    ['Warnings', s.warnings],
  ];
  return el('dl', { class: 'summary' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { 'data-count': k.toLowerCase().replace(/ /g, '-') }, v ?? 0)]));
}

function rejected(job: Job): HTMLElement | null {
  const items = list(job.rejected);
  if (!items.length) return null;
  const rows = items.map((r) => el('tr', {}, userText('td', r.source), el('td', {}, el('code', {}, r.reason)), userText('td', r.message)));
  return el('div', { class: 'rejected' }, el('h3', {}, `Rejected (${items.length})`), scrollingTable(['Source', 'Reason', 'Message'], rows));
}

function render(target: HTMLElement, job: Job): void {
  const finished = job.status === 'done' || job.status === 'failed';
  target.replaceChildren();
  append(
    target,
    progress(job),
    job.error ? userText('p', job.error, { class: 'error', role: 'alert' }) : null,
    summary(job),
    rejected(job),
    finished ? el('p', { class: 'done-links' }, el('a', { href: '/', class: 'button' }, 'See the storylines')) : null,
  );
  target.dataset.status = job.status;
}

/** Shows the job in `target` until it finishes; resolves with the last state. */
export async function followJob(target: HTMLElement, jobId: string): Promise<Job | null> {
  target.replaceChildren(note('Queued…'));
  for (;;) {
    let job: Job;
    try {
      job = await getJson<Job>(`/api/v1/jobs/${encodeURIComponent(jobId)}`);
    } catch (error) {
      target.replaceChildren(errorBox(error, () => void followJob(target, jobId)));
      return null;
    }
    render(target, job);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
