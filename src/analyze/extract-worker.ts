// The extraction thread (see extract-thread.ts): texts in, the JSON of their extractions out.
import { parentPort } from 'node:worker_threads';
import { extractionJson } from './stored-extractions.js';

export interface ExtractRequest {
  id: number;
  items: Array<{ text: string; publishedAt: string | null }>;
}
export type ExtractReply = { id: number; json: string[] } | { id: number; error: string };

const port = parentPort!;
port.on('message', (m: ExtractRequest) => {
  try {
    const json = m.items.map(extractionJson);
    port.postMessage({ id: m.id, json } satisfies ExtractReply);
  } catch (err) {
    port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies ExtractReply);
  }
});
