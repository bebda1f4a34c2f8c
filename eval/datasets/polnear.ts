// PolNeAR (Newell et al. 2018) loader: `data/<split>/text/<article>.txt` and brat standoff
// `data/<split>/attributions/<article>_<annotator>.ann`.
//
// Gold attributions are the brat events (`E1  Attribution:T4 Source:T1 Cue:T2 Content:T3`,
// also `Attribution-no-source`); each role points to a text-bound annotation whose offsets
// may hold several fragments ("10 20;25 30"). `Content2` (a second content part) is merged
// into the content. `Discard` / `Discuss` annotations and AnnotatorNotes are not attributions.
// Articles annotated by several annotators (the agreement set) use the annotation of the
// first annotator id in sort order. brat offsets count code points; they are converted to
// UTF-16 offsets.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkipReporter } from '../types.js';
import type { Frag } from '../spans.js';

export interface GoldAttribution {
  source: Frag[] | null;
  cue: Frag[] | null;
  content: Frag[] | null;
}

export interface PolnearDoc {
  /** Article file name without extension. */
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

export type PolnearSplit = 'train' | 'dev';

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT = /^E\d+\t(\S.*)$/;
const ANN_FILE = /^(.+)_([^_]+)\.ann$/;

/** Code-point offset -> UTF-16 offset (identity when the text has no astral characters). */
function offsetMapper(text: string | undefined): (cp: number) => number {
  if (text === undefined || !/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

/** Attributions of one `.ann` file. `text` (the article) is needed only for offset conversion. */
export function parseBratAttributions(ann: string, text?: string): GoldAttribution[] {
  const toU16 = offsetMapper(text);
  const spans = new Map<string, Frag[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const t = TEXT_BOUND.exec(line);
    if (t) {
      const frags = t[3]!.split(';').map((f) => {
        const [s, e] = f.split(' ').map(Number) as [number, number];
        return [toU16(s), toU16(e)] as const;
      });
      spans.set(t[1]!, frags);
      continue;
    }
    const e = EVENT.exec(line.trimEnd());
    if (e) events.push(e[1]!);
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const roles = ev.split(/\s+/).map((r) => r.split(':') as [string, string | undefined]);
    const [trigger] = roles[0] ?? [];
    if (trigger !== 'Attribution' && trigger !== 'Attribution-no-source') continue;
    const get = (...names: string[]): Frag[] | null => {
      const frags = roles.filter(([role, id]) => names.includes(role) && id !== undefined).flatMap(([, id]) => spans.get(id!) ?? []);
      return frags.length > 0 ? frags : null;
    };
    out.push({ source: get('Source'), cue: get('Cue'), content: get('Content', 'Content2') });
  }
  return out;
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

const defaultSkip: SkipReporter = (reason) => console.error(`skip polnear: ${reason}`);

export interface PolnearLoad {
  docs: PolnearDoc[];
  /** Articles with more than one annotation file (one is used). */
  multiplyAnnotated: number;
}

/** One split of PolNeAR under `root` (the folder holding `data/`), or null with the reason passed to `onSkip`. */
export async function loadPolnear(root = '../shared/datasets/polnear', split: PolnearSplit, onSkip: SkipReporter = defaultSkip): Promise<PolnearLoad | null> {
  const base = path.resolve(root);
  const dir = (await isDir(path.join(base, 'data'))) ? path.join(base, 'data', split) : path.join(base, split);
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  if (!(await isDir(textDir)) || !(await isDir(annDir))) {
    onSkip(`folder ${dir}/{text,attributions} not found`);
    return null;
  }
  const chosen = new Map<string, { file: string; annotator: string; count: number }>();
  for (const file of await readdir(annDir)) {
    const m = ANN_FILE.exec(file);
    if (!m) continue;
    const prev = chosen.get(m[1]!);
    if (!prev || m[2]! < prev.annotator) chosen.set(m[1]!, { file, annotator: m[2]!, count: (prev?.count ?? 0) + 1 });
    else prev.count++;
  }
  const articles = [...chosen.keys()].sort();
  const docs = await Promise.all(
    articles.map(async (id): Promise<PolnearDoc | null> => {
      let text: string;
      try {
        text = await readFile(path.join(textDir, `${id}.txt`), 'utf8');
      } catch {
        return null; // annotation without its article
      }
      const ann = await readFile(path.join(annDir, chosen.get(id)!.file), 'utf8');
      return { id, text, attributions: parseBratAttributions(ann, text) };
    }),
  );
  const found = docs.filter((d): d is PolnearDoc => d !== null);
  if (found.length === 0) {
    onSkip(`no <article>_<annotator>.ann files with their .txt under ${dir}`);
    return null;
  }
  return { docs: found, multiplyAnnotated: [...chosen.values()].filter((c) => c.count > 1).length };
}
