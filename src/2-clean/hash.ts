// Content identity: the same title and body (ignoring case of the title and runs of
// whitespace) hash the same, so a re-ingest of unchanged content is recognised.
import { createHash } from 'node:crypto';

export function contentHash(title: string | null, text: string): string {
  const canon = `${(title ?? '').toLowerCase()}\n${text}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canon).digest('hex');
}
