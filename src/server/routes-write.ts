// Write routes. Delete: one article with all its versions. Ingest over HTTP: files (multipart
// `files`), URLs and feeds (`urls`, one per line), or JSON documents. The request returns 202
// at once with a job to poll; the job carries the files (src/queue/run.ts records them as
// "upload:<name>"), so a worker on another machine can run it.
import type { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, parse } from './http.js';
import { QueueFullError, type IngestQueue, type JobRequest } from '../queue/types.js';
import { StoreError, type Store } from '../store/types.js';

const MAX_ITEMS = 1000;
const Url = z.string().trim().regex(/^https?:\/\/\S+$/i, 'expected an http(s) URL');
const Name = z.string().trim().min(1, 'expected a file name').max(200, 'at most 200 characters');
export const IngestBody = z
  .object({
    urls: z.array(Url).max(MAX_ITEMS, `at most ${MAX_ITEMS} URLs`).optional(),
    documents: z.array(z.object({ name: Name, content: z.string().min(1, 'expected some content') })).max(MAX_ITEMS, `at most ${MAX_ITEMS} documents`).optional(),
  })
  .strict()
  .refine((b) => (b.urls?.length ?? 0) + (b.documents?.length ?? 0) > 0, { message: 'expected at least one of urls or documents' });

export interface WriteRouteOptions {
  allowPrivate: boolean;
}

export function registerWriteRoutes(app: Hono, store: Store, jobs: IngestQueue, onDeleted: () => void, opts: WriteRouteOptions): void {
  app.delete('/api/v1/articles/:id', async (c) => {
    const id = c.req.param('id');
    const deleted = await store.deleteArticle(id).catch((e: unknown) => {
      if (e instanceof StoreError && e.code === 'ambiguous-id') throw new ApiError(400, 'ambiguous-id', e.message);
      throw e;
    });
    if (!deleted) throw new ApiError(404, 'not-found', `no article with id "${id}"`);
    onDeleted();
    return c.json({ deleted });
  });

  app.post('/api/v1/ingest', async (c) => {
    const type = c.req.header('content-type') ?? '';
    const docs: Array<{ name: string; content: string | Uint8Array }> = [];
    let urls: string[] = [];
    if (type.startsWith('application/json')) {
      const raw = await c.req.json().catch((e: unknown) => {
        // The parser's own words give the position ("… at position 12"); the issue names the field as every 400 does.
        const detail = `the body is not valid JSON (${(e as Error).message})`;
        throw new ApiError(400, 'bad-json', detail, [{ path: 'body', message: detail }]);
      });
      const body = parse(IngestBody, raw, 'body');
      urls = body.urls ?? [];
      docs.push(...(body.documents ?? []));
    } else if (type.startsWith('multipart/form-data')) {
      // A body that does not parse is the client's fault (a wrong boundary, a cut upload), not a 500.
      const form = await c.req.parseBody({ all: true }).catch((e: unknown) => {
        const detail = `the multipart body cannot be read (${(e as Error).message}); expected parts separated by the boundary the Content-Type names`;
        throw new ApiError(400, 'bad-request', detail, [{ path: 'body', message: detail }]);
      });
      const files = ([] as unknown[]).concat(form.files ?? []);
      for (const f of files) {
        if (!(f instanceof File)) throw new ApiError(400, 'bad-request', 'field "files" must hold files', [{ path: 'body.files', message: 'expected a file' }]);
        docs.push({ name: f.name, content: new Uint8Array(await f.arrayBuffer()) });
      }
      const text = ([] as unknown[]).concat(form.urls ?? []).filter((x): x is string => typeof x === 'string').join('\n');
      const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      urls = parse(z.object({ urls: z.array(Url).max(MAX_ITEMS, `at most ${MAX_ITEMS} URLs`) }), { urls: lines }, 'body').urls;
      if (!docs.length && !urls.length) throw new ApiError(400, 'bad-request', 'expected files or urls', [{ path: 'body', message: 'expected at least one file or URL' }]);
      if (docs.length > MAX_ITEMS) throw new ApiError(400, 'bad-request', `at most ${MAX_ITEMS} files`, [{ path: 'body.files', message: `at most ${MAX_ITEMS} files` }]);
    } else {
      throw new ApiError(415, 'unsupported-media-type', 'expected application/json or multipart/form-data');
    }
    const request: JobRequest = {
      urls,
      documents: docs.map((d) => ({ name: d.name, content: typeof d.content === 'string' ? new TextEncoder().encode(d.content) : d.content })),
      allowPrivate: opts.allowPrivate,
    };
    const job = await jobs.submit(request).catch((e: unknown) => {
      if (e instanceof QueueFullError) {
        c.header('retry-after', '30');
        throw new ApiError(503, 'queue-full', e.message);
      }
      throw e;
    });
    return c.json({ job }, 202, { location: `/api/v1/jobs/${job.id}` });
  });

  app.get('/api/v1/jobs/:id', async (c) => {
    const job = await jobs.get(c.req.param('id'));
    if (!job) throw new ApiError(404, 'not-found', `no job with id "${c.req.param('id')}"`);
    return c.json(job);
  });
}
