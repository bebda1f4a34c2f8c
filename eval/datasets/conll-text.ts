// Shared by the MEANTIME and NewsWCL50 loaders: a small CSV reader, and rebuilding a
// document's text from its tokens with each token's character offsets.
//
// Sentences are detokenized with detok.ts. A sentence ends with a space when it ends like
// prose (. ! ? …, possibly followed by a closing quote or bracket), otherwise with a blank
// line (headlines, datelines). A newline token ("\n", literally backslash-n in the corpora)
// is a paragraph break.
import { detokenize } from './detok.js';

/**
 * RFC 4180-style CSV: quoted fields may hold the delimiter, doubled quotes and newlines. Also
 * read with `;` (BABE). A leading byte-order mark is dropped.
 */
export function parseCsv(src: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV with a header row -> records keyed by column name. */
export function csvRecords(src: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(src);
  if (!header) return [];
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export interface TextOptions {
  /** Join "-" tokens to the words around them ("well - known" -> "well-known"), for tokenizers that split hyphenated words. */
  joinHyphens?: boolean;
}

/**
 * Detokenizes one run of tokens and locates each token in the result: [start, end) per
 * token (an empty or whitespace-only token gets an empty span where it would be).
 */
export function detokenizeWithOffsets(tokens: readonly string[], opts: TextOptions = {}): { text: string; spans: Array<[number, number]> } {
  let text = detokenize(tokens);
  if (opts.joinHyphens) text = text.replace(/(?<=[\p{L}\p{N}]) - (?=[\p{L}\p{N}])/gu, '-');
  const spans: Array<[number, number]> = [];
  let p = 0;
  for (const raw of tokens) {
    const t = raw.trim();
    let q = p;
    while (q < text.length && /\s/.test(text[q]!)) q++;
    if (t === '') {
      spans.push([p, p]);
      continue;
    }
    if (text.startsWith(t, q)) {
      spans.push([q, (p = q + t.length)]);
    } else if (text[q] === '"' && /^(?:``|''|"|')$/.test(t)) {
      // Quote tokens rewritten to a straight double quote (a "' '" pair becomes one quote).
      spans.push([q, (p = q + 1)]);
    } else if (/^(?:``|''|"|')$/.test(t) && text[q - 1] === '"' && q > 0) {
      spans.push([q - 1, q]); // second half of a merged "' '" pair
    } else {
      // Not found where expected: search a little further, else give an empty span.
      const k = text.indexOf(t, q);
      if (k >= 0 && k - q < 8) spans.push([k, (p = k + t.length)]);
      else spans.push([q, q]);
    }
  }
  return { text, spans };
}

const NEWLINE_TOKEN = /^(?:\\n|\n|\r\n?)+$/;
const PROSE_END = /[.!?…]["'”’)\]]*$/;

export interface BuiltDoc {
  text: string;
  /** Character span of each token, indexed [sentence][token] as in the input. */
  tokenSpans: Array<Array<[number, number]>>;
}

/** One document's sentences (each a token list, in order) -> text and token offsets. */
export function buildDocText(sentences: ReadonlyArray<readonly string[]>, opts: TextOptions = {}): BuiltDoc {
  let text = '';
  let pendingSep = '';
  const tokenSpans: Array<Array<[number, number]>> = [];
  for (const sentence of sentences) {
    const spans: Array<[number, number]> = new Array(sentence.length);
    let segStart = 0;
    const flush = (end: number) => {
      const seg = sentence.slice(segStart, end);
      const { text: segText, spans: segSpans } = detokenizeWithOffsets(seg, opts);
      if (segText !== '') {
        if (text !== '') text += pendingSep || ' ';
        pendingSep = '';
      }
      const base = text.length;
      segSpans.forEach(([s, e], k) => (spans[segStart + k] = [base + s, base + e]));
      text += segText;
    };
    for (let i = 0; i < sentence.length; i++) {
      if (!NEWLINE_TOKEN.test(sentence[i]!)) continue;
      flush(i);
      spans[i] = [text.length, text.length];
      pendingSep = '\n\n';
      segStart = i + 1;
    }
    flush(sentence.length);
    if (pendingSep === '') pendingSep = PROSE_END.test(text) ? ' ' : '\n\n';
    tokenSpans.push(spans);
  }
  return { text, tokenSpans };
}

/** Character fragments of the given token ids of one sentence (one fragment per run of consecutive ids). */
export function tokenRange(doc: BuiltDoc, sentence: number, tokens: readonly number[]): Array<[number, number]> {
  const spans = doc.tokenSpans[sentence];
  if (!spans) return [];
  // Contiguous runs of token ids become one fragment each.
  const sorted = [...new Set(tokens)].filter((t) => spans[t] !== undefined).sort((a, b) => a - b);
  const frags: Array<[number, number]> = [];
  let runStart = -1;
  for (let k = 0; k < sorted.length; k++) {
    const t = sorted[k]!;
    if (runStart < 0) runStart = t;
    if (sorted[k + 1] !== t + 1) {
      frags.push([spans[runStart]![0], spans[t]![1]]);
      runStart = -1;
    }
  }
  return frags;
}
