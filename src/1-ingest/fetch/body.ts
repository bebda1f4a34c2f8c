// Reading a response body: Content-Encoding decoding, size cap, Content-Type parsing.
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';

/** Media type (lower-cased, no parameters) and charset from a Content-Type header value. */
export function parseContentType(header: string | undefined): { contentType: string | null; charset: string | null } {
  if (!header) return { contentType: null, charset: null };
  const [type, ...params] = header.split(';');
  const contentType = type!.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]*))/i.exec(p);
    if (m) {
      charset = (m[1] ?? m[2] ?? '').trim().toLowerCase() || null;
      break;
    }
  }
  return { contentType, charset };
}

function decoder(coding: string): Transform | null | undefined {
  // Lenient flushes so a body cut short after its last full block still decodes.
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(flush);
    case 'deflate':
      return zlib.createInflate(flush);
    case 'br':
      return zlib.createBrotliDecompress();
    case 'identity':
    case '':
      return null;
    default:
      return undefined;
  }
}

/** Decoders for a Content-Encoding header, in the order to apply them; throws on unknown codings. */
export function decodersFor(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).reverse();
  const out: Transform[] = [];
  for (const c of codings) {
    const d = decoder(c);
    if (d === undefined) {
      throw Object.assign(new Error(`unsupported Content-Encoding "${c}" (gzip, deflate and br are supported)`), {
        code: 'EUNSUPPORTEDENCODING',
      });
    }
    if (d) out.push(d);
  }
  return out;
}

/**
 * Collects the body, decoding it; calls `tooLarge()` for the error to throw as soon as
 * either the bytes on the wire or the decoded bytes exceed `maxBytes`.
 */
export async function readBody(res: IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const decoders = decodersFor(res.headers['content-encoding']);
  let wire = 0;
  res.on('data', (chunk: Buffer) => {
    wire += chunk.length;
    if (wire > maxBytes) res.destroy(tooLarge());
  });
  const out: Readable = decoders.length
    ? (pipeline([res, ...decoders], () => {}) as unknown as Readable)
    : res;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of out as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } finally {
    if (!res.destroyed && !res.complete) res.destroy();
    for (const d of decoders) d.destroy();
  }
  const buf = Buffer.concat(chunks, total);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
