// The stored form of an article's extraction (a row of article_derived): compact JSON that
// decodes to exactly what extractArticle made (same values, same key order). Spans keep their
// offsets but not their text when the text is the article's characters there (the decoder
// slices it back); sentences are flat offset pairs; names' mentions are rows of 8 values; a
// name's words are left out when they are its name split at spaces. Against plain JSON of the
// extraction: 7.3 -> 3.4 KB an article on the generated corpus, 0.54 of the size on real text,
// and faster to write and to read (a 1M-article store went from 16 to 8.8 GB with migration 4).
//   {"v":2,"s":[0,25,26,58],"m":[4,14,0,"person","name",null,0,0],"e":[["Ana Ruiz","person",0,[],[]]],
//    "quotes":[{"kind":"direct","content":{"start":27,"end":40,"text":0},...}],"figures":[],"dates":[],"eventDate":null}
import type { ArticleExtraction } from '../6-extract/index.js';

/** The row format's version, written in every row ("v"); rows of another version are not read. */
export const ROW_FORMAT = 2;

type Spanned = { start: number; end: number; text: string | number };
const MENTION_FIELDS = 8;

/** The text of a span as 0 when the article has it there. */
const sliced = (s: { start: number; end: number; text: string }, text: string): string | 0 => (text.slice(s.start, s.end) === s.text ? 0 : s.text);
/** A copy of the span with its text as 0 when the article has it there (same keys, same order). */
const slim = <T extends { start: number; end: number; text: string }>(s: T, text: string): T => ({ ...s, text: sliced(s, text) as string });
const QUOTE_SPANS = ['content', 'cue', 'speaker', 'channel'] as const;

/** The row's JSON for `x`, the extraction of `text`. */
export function encodeExtraction(x: ArticleExtraction, text: string): string {
  const s: number[] = [];
  for (const span of x.sentences) s.push(span.start, span.end);
  const m: unknown[] = [];
  for (const k of x.entities.mentions) m.push(k.start, k.end, sliced(k, text), k.type, k.form, k.role, k.sentence, k.entity);
  const e = x.entities.entities.map((n) => [n.name, n.type, n.words.join(' ') === n.name ? 0 : n.words, n.roles, n.aliases]);
  const quotes = x.quotes.map((q) => {
    const copy = { ...q };
    for (const k of QUOTE_SPANS) if (q[k]) (copy as Record<string, unknown>)[k] = slim(q[k]!, text);
    return copy;
  });
  const figures = x.figures.map((f) => slim(f, text));
  const dates = x.dates.map((d) => slim(d, text));
  return JSON.stringify({ v: ROW_FORMAT, s, m, e, quotes, figures, dates, eventDate: x.eventDate });
}

const isArray = Array.isArray;
/** A JSON object (not null, not an array). */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !isArray(x);

/** A span's text put back in place: 0 becomes the article's characters; anything but a string fails. */
function unslim(s: unknown, text: string): void {
  if (!isRecord(s)) return; // the shape check after decoding rejects it
  const span = s as Spanned;
  if (span.text === 0) span.text = text.slice(span.start, span.end);
  else if (typeof span.text !== 'string') throw new Error('span text');
}

/**
 * The extraction a row holds, in the shape extractArticle gives, or null when the row is not of
 * this format. Offsets are not checked here (storedExtractionOk does that on the result); a
 * value of the wrong kind throws.
 */
export function decodeExtraction(json: string, text: string): ArticleExtraction | null {
  const r: unknown = JSON.parse(json);
  if (!isRecord(r) || r.v !== ROW_FORMAT || !isArray(r.s) || !isArray(r.m) || !isArray(r.e) || r.s.length % 2 || r.m.length % MENTION_FIELDS) return null;
  const sentences: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < r.s.length; i += 2) sentences.push({ start: r.s[i], end: r.s[i + 1] });
  const f = r.m;
  const mentions: ArticleExtraction['entities']['mentions'] = [];
  for (let i = 0; i < f.length; i += MENTION_FIELDS) {
    const written = f[i + 2];
    if (written !== 0 && typeof written !== 'string') throw new Error('mention text');
    mentions.push({ start: f[i], end: f[i + 1], text: written === 0 ? text.slice(f[i], f[i + 1]) : written, type: f[i + 3], form: f[i + 4], role: f[i + 5], sentence: f[i + 6], entity: f[i + 7] });
  }
  const entities = r.e.map((n: unknown) => {
    if (!isArray(n) || typeof n[0] !== 'string') throw new Error('entity');
    return { name: n[0], type: n[1], words: n[2] === 0 ? n[0].split(' ') : n[2], roles: n[3], aliases: n[4] };
  });
  if (isArray(r.quotes)) for (const q of r.quotes) if (isRecord(q)) for (const k of QUOTE_SPANS) unslim(q[k], text);
  for (const list of [r.figures, r.dates]) if (isArray(list)) for (const x of list) unslim(x, text);
  return { sentences, entities: { mentions, entities }, quotes: r.quotes, figures: r.figures, dates: r.dates, eventDate: r.eventDate } as ArticleExtraction;
}
