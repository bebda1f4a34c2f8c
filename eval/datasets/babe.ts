// BABE / MBIC (Spinde et al. 2021) loader: `final_labels_SG1.csv` (1,700 sentences, 8 expert
// annotators) and `final_labels_SG2.csv` (3,700 sentences, 5 experts). `;`-separated, fields
// with `;`, quotes or line breaks in double quotes (`""` inside), optional BOM, LF or CRLF.
// Columns used: `text`, `label_bias` ("Biased" / "Non-biased"; "No agreement" rows are
// skipped and counted).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkipReporter } from '../types.js';
import { parseCsv } from './conll-text.js';

export type BabeGroup = 'SG1' | 'SG2';

export interface BabeSentence {
  text: string;
  biased: boolean;
}

export interface BabeLoad {
  sentences: BabeSentence[];
  /** Rows labelled "No agreement". */
  noAgreement: number;
  /** Rows with another or an empty label, or no text. */
  malformed: number;
}

/** Rows of a `;`-separated file with double-quote quoting, blank lines left out. */
export function parseDsv(src: string, delimiter = ';'): string[][] {
  return parseCsv(src, delimiter).filter((r) => r.length > 1 || r[0] !== '');
}

/** Labelled sentences of one file's text. */
export function parseBabe(src: string): BabeLoad {
  const [header, ...rows] = parseDsv(src);
  const out: BabeLoad = { sentences: [], noAgreement: 0, malformed: 0 };
  const col = (name: string) => (header ?? []).findIndex((h) => h.trim() === name);
  const [ti, li] = [col('text'), col('label_bias')];
  if (ti < 0 || li < 0) return { ...out, malformed: rows.length };
  for (const r of rows) {
    const text = (r[ti] ?? '').trim();
    const label = (r[li] ?? '').trim();
    if (label === 'No agreement') out.noAgreement++;
    else if (text && (label === 'Biased' || label === 'Non-biased')) out.sentences.push({ text, biased: label === 'Biased' });
    else out.malformed++;
  }
  return out;
}

async function exists(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

const defaultSkip: SkipReporter = (reason) => console.error(`skip babe: ${reason}`);

/** One annotator group's final labels under `root` (the folder holding the CSV files, or its `data/`), or null with the reason. */
export async function loadBabe(root = '../shared/datasets/babe_mbic', group: BabeGroup, onSkip: SkipReporter = defaultSkip): Promise<BabeLoad | null> {
  const base = path.resolve(root);
  const name = `final_labels_${group}.csv`;
  const file = [path.join(base, name), path.join(base, 'data', name)];
  const found = (await exists(file[0]!)) ? file[0]! : (await exists(file[1]!)) ? file[1]! : null;
  if (!found) {
    onSkip(`${file[0]} not found`);
    return null;
  }
  const got = parseBabe(await readFile(found, 'utf8'));
  if (got.sentences.length === 0) {
    onSkip(`no Biased / Non-biased rows with text in ${found}`);
    return null;
  }
  return got;
}
