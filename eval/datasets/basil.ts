// BASIL (Fan et al. 2019) loader: `articles/<year>/<triplet-uuid>_<n>.json` (fields `source`,
// `title`, `date`, `triplet-uuid`, `body-paragraphs`) and `annotations/<year>/<same>_ann.json`
// (`phrase-level-annotations`: `bias` inf | lex, `id`, `start`, `end`, `txt`).
//
// `body-paragraphs` is a list of paragraphs, each a list of sentences. A span's `id` is "p<k>":
// the k-th sentence counting over all paragraphs from 0, and `start`/`end` are offsets into that
// sentence (`txt` is the text they cover); "title" spans point into the title. The article
// text is the sentences of a paragraph joined by a space, paragraphs by a blank line. A span
// whose offsets do not give its `txt` is looked up by its `txt` in that sentence, then in the
// article (first occurrence); still missing -> not located (counted). Title spans are not in
// the body and are counted apart.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkipReporter } from '../types.js';

export type BasilBias = 'inf' | 'lex';

export interface BasilSentence {
  start: number;
  end: number;
  /** An informational / lexical span overlaps the sentence. */
  inf: boolean;
  lex: boolean;
}

export interface BasilArticle {
  /** File name without extension: "<triplet-uuid>_<n>". */
  id: string;
  /** Lower case: "fox", "nyt", "hpo". */
  source: string;
  year: string;
  /** ISO midnight UTC of the `date` field, or null. */
  publishedAt: string | null;
  text: string;
  /** The dataset's own sentences, empty ones left out. */
  sentences: BasilSentence[];
  spans: Array<{ bias: BasilBias; start: number; end: number }>;
}

export interface BasilTriplet {
  id: string;
  year: string;
  articles: BasilArticle[];
}

export interface BasilLoad {
  triplets: BasilTriplet[];
  /** Spans of kind inf / lex in the annotation files. */
  spans: number;
  /** Spans found by their `txt` because the offsets did not give it. */
  relocated: number;
  /** Spans that could not be located in the body. */
  unlocated: number;
  /** Spans on the title (not scored). */
  titleSpans: number;
}

interface RawArticle {
  source?: unknown;
  date?: unknown;
  'triplet-uuid'?: unknown;
  'body-paragraphs'?: unknown;
}
interface RawSpan {
  bias?: unknown;
  id?: unknown;
  start?: unknown;
  end?: unknown;
  txt?: unknown;
}

/** Text of the paragraphs and the span of every sentence (by flat index, empty ones included). */
export function basilText(paragraphs: readonly (readonly string[])[]): { text: string; spans: Array<{ start: number; end: number }> } {
  let text = '';
  const spans: Array<{ start: number; end: number }> = [];
  paragraphs.forEach((para, p) => {
    if (p > 0) text += '\n\n';
    para.forEach((s, i) => {
      if (i > 0) text += ' ';
      spans.push({ start: text.length, end: text.length + s.length });
      text += s;
    });
  });
  return { text, spans };
}

const isoDate = (d: unknown): string | null => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) ? `${d}T00:00:00.000Z` : null);

type Located = { start: number; end: number; how: 'offsets' | 'text' } | 'title' | null;

/** Where one annotation span is in the article text. */
export function locateSpan(span: RawSpan, text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Located {
  if (span.id === 'title') return 'title';
  const txt = typeof span.txt === 'string' ? span.txt : '';
  const k = typeof span.id === 'string' && /^p\d+$/.test(span.id) ? Number(span.id.slice(1)) : -1;
  const sent = sentences[k];
  if (sent && typeof span.start === 'number' && typeof span.end === 'number' && span.start >= 0 && span.end > span.start) {
    const [s, e] = [sent.start + span.start, sent.start + span.end];
    if (e <= sent.end && (txt === '' || text.slice(s, e) === txt)) return { start: s, end: e, how: 'offsets' };
  }
  const needle = txt.trim();
  if (!needle) return null;
  if (sent) {
    const i = text.slice(sent.start, sent.end).indexOf(needle);
    if (i >= 0) return { start: sent.start + i, end: sent.start + i + needle.length, how: 'text' };
  }
  const j = text.indexOf(needle);
  return j >= 0 ? { start: j, end: j + needle.length, how: 'text' } : null;
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

const defaultSkip: SkipReporter = (reason) => console.error(`skip basil: ${reason}`);

/** The triplets under `root` (the folder holding `articles/` and `annotations/`), or null with the reason passed to `onSkip`. */
export async function loadBasil(root = '../shared/datasets/basil', onSkip: SkipReporter = defaultSkip): Promise<BasilLoad | null> {
  const base = path.resolve(root);
  const artDir = path.join(base, 'articles');
  const annDir = path.join(base, 'annotations');
  if (!(await isDir(artDir)) || !(await isDir(annDir))) {
    onSkip(`folder ${base}/{articles,annotations} not found`);
    return null;
  }
  const out: BasilLoad = { triplets: [], spans: 0, relocated: 0, unlocated: 0, titleSpans: 0 };
  const byTriplet = new Map<string, BasilTriplet>();
  for (const year of (await readdir(artDir)).sort()) {
    if (!(await isDir(path.join(artDir, year)))) continue;
    for (const file of (await readdir(path.join(artDir, year))).filter((f) => f.endsWith('.json')).sort()) {
      const id = file.slice(0, -'.json'.length);
      let raw: RawArticle;
      let ann: { 'phrase-level-annotations'?: unknown };
      try {
        raw = JSON.parse(await readFile(path.join(artDir, year, file), 'utf8')) as RawArticle;
        ann = JSON.parse(await readFile(path.join(annDir, year, `${id}_ann.json`), 'utf8')) as typeof ann;
      } catch {
        continue; // article without its annotation file, or unreadable
      }
      const paras = Array.isArray(raw['body-paragraphs']) ? (raw['body-paragraphs'] as unknown[]).map((p) => (Array.isArray(p) ? p.map(String) : [String(p)])) : [];
      const { text, spans: sentSpans } = basilText(paras);
      const spans: BasilArticle['spans'] = [];
      for (const s of Array.isArray(ann['phrase-level-annotations']) ? (ann['phrase-level-annotations'] as RawSpan[]) : []) {
        if (s.bias !== 'inf' && s.bias !== 'lex') continue;
        out.spans++;
        const at = locateSpan(s, text, sentSpans);
        if (at === 'title') out.titleSpans++;
        else if (at === null) out.unlocated++;
        else {
          if (at.how === 'text') out.relocated++;
          spans.push({ bias: s.bias, start: at.start, end: at.end });
        }
      }
      const hits = (x: { start: number; end: number }, bias: BasilBias) => spans.some((s) => s.bias === bias && s.start < x.end && s.end > x.start);
      const sentences = sentSpans.filter((x) => text.slice(x.start, x.end).trim() !== '').map((x) => ({ ...x, inf: hits(x, 'inf'), lex: hits(x, 'lex') }));
      const tripletId = typeof raw['triplet-uuid'] === 'string' ? raw['triplet-uuid'] : id.replace(/_\d+$/, '');
      const article: BasilArticle = { id, source: String(raw.source ?? '').toLowerCase(), year, publishedAt: isoDate(raw.date), text, sentences, spans };
      const t = byTriplet.get(tripletId) ?? { id: tripletId, year, articles: [] };
      t.articles.push(article);
      byTriplet.set(tripletId, t);
    }
  }
  out.triplets = [...byTriplet.values()].filter((t) => t.articles.length >= 2);
  if (out.triplets.length === 0) {
    onSkip(`no triplets (article + _ann.json pairs of one triplet-uuid) under ${base}`);
    return null;
  }
  return out;
}
