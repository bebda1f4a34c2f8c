// ECB+ (Cybulska & Vossen 2014) loader. Each topic folder holds CAT XML documents named
// N_Mecb.xml (the original ECB half) and N_Mecbplus.xml (the added half about a different
// event of the same kind). Tokens carry sentence numbers; the text is rebuilt from them.
//
// Gold: storyline = topic number, event = topic + "_ecb" | topic + "_ecbplus".
// Nothing of the file name or topic reaches the text. The ECB+ half starts with the
// source URL as "sentence 0" (scraping residue): it is dropped, as are dateline sentences
// ("Posted May 2, 2013 1:35 pm"), whose date becomes publishedAt.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import * as chrono from 'chrono-node';
import type { EvalDoc, SkipReporter } from '../types.js';
import { detokenize } from './detok.js';

const FILE_NAME = /^(\d+)_(\d+)(ecb|ecbplus)\.xml$/;
/** How many leading sentences (after the URL) may hold the title and datelines. */
const HEADER_WINDOW = 4;

interface XmlToken {
  '#text'?: string | number;
  t_id?: string;
  sentence?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'token',
  // Mentions and coreference links are not needed for document clustering.
  stopNodes: ['Document.Markables', 'Document.Relations'],
});

/** Sentences of one CAT XML document, in order, each as its token strings. */
export function catSentences(xml: string): string[][] {
  const parsed = parser.parse(xml) as { Document?: { token?: XmlToken[] } };
  const tokens = parsed.Document?.token ?? [];
  const bySentence = new Map<number, Array<{ id: number; text: string }>>();
  for (const t of tokens) {
    const s = Number(t.sentence);
    const text = t['#text'] === undefined ? '' : String(t['#text']);
    if (!Number.isFinite(s) || text.trim() === '') continue;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push({ id: Number(t.t_id), text });
  }
  return [...bySentence.keys()]
    .sort((a, b) => a - b)
    .map((s) => bySentence.get(s)!.sort((a, b) => a.id - b.id).map((t) => t.text));
}

/** "http : / / www . example . com / ..." as tokenised by the corpus. */
function isUrlSentence(tokens: readonly string[]): boolean {
  const first = (tokens[0] ?? '').toLowerCase();
  return (/^https?$/.test(first) && tokens[1] === ':') || /^(?:https?:\/\/|www$|www\.)/.test(first);
}

/** Words that may surround a date in a dateline without making it prose. */
const DATELINE_WORDS = new Set(
  [
    'published updated posted originally first last modified edited on at date time by',
    'am pm a m p et edt est pt pdt pst ct cdt cst mt mdt mst gmt utc bst cet cest ist',
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);
/** A year is written: four digits, or the two-digit year of a numeric date ("11/30/09"). */
const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2}\b/;

/** The date a dateline sentence states (midnight UTC), or null when the sentence is not a dateline. */
export function datelineDate(sentence: string, tokenCount: number): string | null {
  if (tokenCount > 30) return null;
  // chrono reads "May 3" but not "May. 3" (an abbreviation dot after a full month name).
  const line = sentence.replace(/\bMay\.(?=\s*\d)/gi, 'May');
  let leftover = line;
  let best: number | null = null;
  for (const r of chrono.parse(line)) {
    const c = r.start;
    // Year, month and day must all be written: no guessing from "Friday".
    if (!WRITTEN_YEAR.test(r.text) || !c.isCertain('month') || !c.isCertain('day')) continue;
    const t = Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!);
    if (best === null || t < best) best = t;
    leftover = leftover.replace(r.text, ' ');
  }
  if (best === null || best > Date.now()) return null;
  const words = (leftover.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !DATELINE_WORDS.has(w));
  // "By Jane Roe | May 2, 2013" passes; "Reid checked in on Tuesday, December 9, 2008." does not.
  return words.length <= 2 ? new Date(best).toISOString() : null;
}

/** A first sentence that reads as a headline: short, and not ending like prose. */
export function looksLikeTitle(sentence: string, tokenCount: number): boolean {
  if (tokenCount < 2 || tokenCount > 30) return false;
  if (/[.!?;:,]["”’']?$/.test(sentence)) return false;
  return /^["“‘']?[\p{Lu}\p{N}]/u.test(sentence);
}

/** One document: drops the URL line, takes title and datelines from the header. */
export function ecbDocument(sentences: string[][]): { title: string | null; paragraphs: string[]; publishedAt: string | null } {
  let rest = sentences;
  if (rest[0] && isUrlSentence(rest[0])) rest = rest.slice(1);
  let title: string | null = null;
  let publishedAt: string | null = null;
  const paragraphs: string[] = [];
  let sawNonDateline = false;
  for (const [i, tokens] of rest.entries()) {
    const text = detokenize(tokens);
    if (!text) continue;
    if (i < HEADER_WINDOW) {
      const date = datelineDate(text, tokens.length);
      if (date) {
        // Several datelines ("Updated ...", "Originally published ..."): the earliest is the publication.
        if (publishedAt === null || date < publishedAt) publishedAt = date;
        continue;
      }
      if (!sawNonDateline) {
        sawNonDateline = true;
        if (i < rest.length - 1 && looksLikeTitle(text, tokens.length)) {
          title = text;
          continue;
        }
      }
    }
    paragraphs.push(text);
  }
  return { title, paragraphs, publishedAt };
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

const defaultSkip: SkipReporter = (reason) => console.error(`skip ecbplus: ${reason}`);

/**
 * All ECB+ documents under `root` (the folder holding `ECB+/`, or `ECB+` itself), or null
 * with the reason passed to `onSkip` when the corpus is absent.
 */
export async function loadEcbPlus(root = '../shared/datasets/ecbplus', onSkip: SkipReporter = defaultSkip): Promise<EvalDoc[] | null> {
  const base = path.resolve(root);
  if (!(await isDir(base))) {
    onSkip(`folder ${base} not found`);
    return null;
  }
  const corpus = (await isDir(path.join(base, 'ECB+'))) ? path.join(base, 'ECB+') : base;
  const topics = (await readdir(corpus)).filter((n) => /^\d+$/.test(n)).sort((a, b) => Number(a) - Number(b));
  const docs: EvalDoc[] = [];
  for (const topic of topics) {
    const dir = path.join(corpus, topic);
    if (!(await isDir(dir))) continue;
    const files = (await readdir(dir)).filter((f) => FILE_NAME.test(f)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const file of files) {
      const m = FILE_NAME.exec(file)!;
      const doc = ecbDocument(catSentences(await readFile(path.join(dir, file), 'utf8')));
      if (doc.paragraphs.length === 0 && doc.title === null) continue;
      docs.push({
        id: file,
        title: doc.title,
        text: doc.paragraphs.join('\n\n'),
        outlet: null,
        publishedAt: doc.publishedAt,
        gold: { storyline: m[1]!, event: `${m[1]}_${m[3]}` },
      });
    }
  }
  if (docs.length === 0) {
    onSkip(`no N_Mecb.xml / N_Mecbplus.xml files under ${corpus}`);
    return null;
  }
  return docs;
}
