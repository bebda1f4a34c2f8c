// NeuS (Lee et al. 2022) AllSides probe loader. Each line of `probe/<split>.source` is one
// AllSides story: three outlets' "TITLE=> ... ARTICLE=> ..." (title + lead) joined by
// "[SEP]", in random order (the side position says nothing about the outlet's leaning).
// Gold: storyline = event = the 1-based line number.
//
// `raw_crawled/*.jsonl` (AllSides stories crawled until 2021-10) names each side's outlet and
// link. It covers only the most recent stories, so only part of the probe is matched (by
// title, else by the first body sentence); matched sides get their outlet, and a
// publishedAt when the article link itself carries a date (/2021/10/18/). The story-level
// AllSides date is not used: it is the roundup's date, identical for all three sides.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EvalDoc, SkipReporter } from '../types.js';

const SIDE = /^\s*TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*?)\s*$/;

interface RawSide {
  newsSource?: string | null;
  newsTitle?: string | null;
  newsLink?: string | null;
  newBody?: string[] | null;
}
interface RawStory {
  news?: Record<string, RawSide | null> | null;
}
interface SideMeta {
  outlet: string | null;
  publishedAt: string | null;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** First sentence-ish prefix of a lead, for matching when titles differ. */
const leadKey = (s: string): string => key(s).slice(0, 80);

/** "CNN (Online News)" -> "CNN": AllSides appends its own rating category in brackets. */
export function outletName(source: string): string {
  return source.replace(/\s*\([^)]*\)\s*$/, '').trim() || source.trim();
}

/** Date a news URL carries in its path (/2021/10/18/ or /2021-10-18/), as midnight UTC. */
export function dateFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, mo - 1, d);
  return new Date(t).getUTCDate() === d ? new Date(t).toISOString() : null;
}

/** Index of side metadata by title key and by lead key; ambiguous keys (several outlets) are dropped. */
async function rawIndex(dir: string): Promise<Map<string, SideMeta | null>> {
  const index = new Map<string, SideMeta | null>();
  const add = (k: string, meta: SideMeta) => {
    if (!k) return;
    const had = index.get(k);
    if (had === undefined) index.set(k, meta);
    else if (had !== null && (had.outlet !== meta.outlet || had.publishedAt !== meta.publishedAt)) index.set(k, null);
  };
  if (!(await exists(dir))) return index;
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      let story: RawStory;
      try {
        story = JSON.parse(line) as RawStory;
      } catch {
        continue;
      }
      for (const side of Object.values(story.news ?? {})) {
        if (!side?.newsSource) continue;
        const meta: SideMeta = { outlet: outletName(side.newsSource), publishedAt: side.newsLink ? dateFromUrl(side.newsLink) : null };
        if (side.newsTitle) add(`t:${key(side.newsTitle)}`, meta);
        const lead = side.newBody?.[0];
        if (lead) add(`l:${leadKey(lead)}`, meta);
      }
    }
  }
  return index;
}

/** The probe format appends a period to every title ("Title. ARTICLE=>"): remove that one. */
function cleanTitle(t: string): string {
  const s = t.trim();
  return s.endsWith('.') ? s.slice(0, -1).trimEnd() : s;
}

const defaultSkip: SkipReporter = (reason) => console.error(`skip neus: ${reason}`);

/** One EvalDoc per side of each story in `split`, or null with the reason passed to `onSkip`. */
export async function loadNeusProbe(root = '../shared/datasets/neus_allsides', split = 'val', onSkip: SkipReporter = defaultSkip): Promise<EvalDoc[] | null> {
  const base = path.resolve(root);
  const data = (await exists(path.join(base, 'data', 'probe'))) ? path.join(base, 'data') : base;
  const source = path.join(data, 'probe', `${split}.source`);
  if (!(await exists(source))) {
    onSkip(`${source} not found`);
    return null;
  }
  const index = await rawIndex(path.join(data, 'raw_crawled'));
  const lines = (await readFile(source, 'utf8')).split('\n');
  const docs: EvalDoc[] = [];
  let malformed = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const story = String(i + 1);
    line.split('[SEP]').forEach((part, side) => {
      const m = SIDE.exec(part);
      if (!m) {
        malformed += 1;
        return;
      }
      const title = cleanTitle(m[1]!);
      const text = m[2]!.trim();
      const meta = index.get(`t:${key(m[1]!)}`) ?? (text ? index.get(`l:${leadKey(text)}`) : undefined) ?? null;
      docs.push({
        id: `neus-${story}-${side}`,
        title: title || null,
        text,
        outlet: meta?.outlet ?? null,
        publishedAt: meta?.publishedAt ?? null,
        gold: { storyline: story, event: story },
      });
    });
  });
  if (malformed) console.error(`neus: ${malformed} side(s) without "TITLE=> ... ARTICLE=>" skipped`);
  if (docs.length === 0) {
    onSkip(`no stories in ${source}`);
    return null;
  }
  return docs;
}
