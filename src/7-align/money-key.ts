// Keys of company-news figures: what a sum or a percentage measures, and what happened to the
// jobs counted. Samples: "revenue of €1.2bn" -> "money:EUR|revenue|"; "profit fell 12%" ->
// "percent|profit|change"; "the €1.25bn analysts had expected" -> "money:EUR|revenue|expected";
// "from €71m" -> "money:EUR|profit|earlier"; "down 9.8% in early trading" ->
// "percent|share price|change-intraday"; "cut 1,200 jobs", "lay off 1,200 workers", "1,200
// redundancies" -> "count|cut|job"; "the plant employs 3,600 people" -> "count|employ|site".
// The measure stands where an action does, so different values of one measure are rivals.
import type { Figure } from '../6-extract/figures/index.js';
import {
  CHANGE_WORDS, CUT_AFTER, CUT_COUNTED, CUT_NOUNS, EARLIER_BEFORE, EMPLOY_VERBS, EXPECT_WORDS, JOB_NOUNS, MEASURE_MODIFIERS, MEASURE_WORDS,
  OFF_VERBS, OFFER_WORDS, REDUCE_VERBS, SITE_NOUNS, STAFF_NOUNS, WORKFORCE_NOUNS,
} from '../6-extract/figures/model/business.js';

const modifiers = new Set(MEASURE_MODIFIERS);
const changeWords = new Set(CHANGE_WORDS);
const expectWords = new Set(EXPECT_WORDS);
const earlier = new Set([...EARLIER_BEFORE, 'compared']);
const jobWords = new Set([...JOB_NOUNS, ...STAFF_NOUNS]);
const cutWords = new Set([...CUT_AFTER, ...CUT_NOUNS, ...CUT_COUNTED.map((c) => c.split(' ').pop()!), ...OFF_VERBS.map((v) => `${v} off`), ...REDUCE_VERBS, 'laid', 'sacked', 'dismissed', 'lose', 'losing']);
const employWords = new Set([...EMPLOY_VERBS, ...WORKFORCE_NOUNS, 'workforce']);
const offerWords = new Set(OFFER_WORDS);
const sites = new Set([...SITE_NOUNS, 'site']);

/** "net profit" -> "profit", "operating profit" -> "operating profit", "restructuring charge" -> "charge", "market value"; null when none. */
export function measureOf(counted: string): string | null {
  const words = counted.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  if (last === 'value' && words[words.length - 2] === 'market') return 'market value';
  if (last === 'price' && words[words.length - 2] === 'share') return 'share price';
  // "share price of carmaker": another group's shares (share-owner.ts), not the story company's.
  if (words.length === 4 && counted.toLowerCase().startsWith('share price of ')) return counted.toLowerCase();
  const m = MEASURE_WORDS[last];
  if (!m || m === 'market value') return m ?? null;
  const mod = words[words.length - 2];
  return mod && modifiers.has(mod) && (m === 'profit' || m === 'loss' || m === 'revenue') ? `${mod.replace('pretax', 'pre-tax')} ${m}` : m;
}

/** Periods money.ts writes before a flow ("quarterly profit", "march revenue"): a quarter's profit is not the year's. */
const PERIODS = new Set(['quarterly', 'half-year', 'annual', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** "quarterly net profit" -> "quarterly profit", "annual revenue", "profit" (no period written). */
function withPeriod(counted: string, measure: string): string {
  const first = counted.split(' ')[0]!;
  return PERIODS.has(first) && /(?:revenue|profit|loss)$/.test(measure) ? `${first} ${measure}` : measure;
}

/** The role of a sum or a percentage beside its measure: "" (the value), "change", "expected", "earlier". */
function roleOf(action: string | null): string | null {
  if (action === null) return '';
  const [w, when] = action.split(' ');
  if (expectWords.has(w!)) return 'expected';
  if (earlier.has(w!)) return 'earlier';
  if (changeWords.has(w!)) return when ? `change-${when}` : 'change';
  return null;
}

const head = (counted: string) => counted.slice(counted.lastIndexOf(' ') + 1);

/**
 * The key of a company-news figure, or undefined when the figure is none (the general rules of
 * figure-key.ts apply then).
 */
export function businessKey(f: Pick<Figure, 'kind' | 'currency' | 'counted' | 'action'> & { agent?: string | null }): string | undefined {
  const counted = f.counted?.toLowerCase().trim() ?? null;
  if (f.kind === 'money' || f.kind === 'percent') {
    const measure = counted ? measureOf(counted) : null;
    const role = measure ? roleOf(f.action) : null;
    // A share of the jobs ("a third of the workforce will go", "one in five jobs"): the cut, as a percentage.
    if (f.kind === 'percent' && !measure && counted && f.action) return jobsKey(counted, f.action.toLowerCase(), 'percent', f.agent);
    if (!measure || role === null) return undefined;
    return `${f.kind === 'money' ? `money:${f.currency ?? '?'}` : 'percent'}|${withPeriod(counted!, measure)}|${role}`;
  }
  if (f.kind !== 'count' || !f.action) return undefined;
  const action = f.action.toLowerCase();
  // "a workforce of 3,600": the workforce noun is read as the action, nothing is counted after the number.
  if (!counted) return WORKFORCE_NOUNS.includes(action) ? `count|employ|${f.agent && sites.has(f.agent) ? 'site' : ''}` : undefined;
  return jobsKey(counted, action, 'count', f.agent);
}

/** Jobs cut, offered a way out, or a workforce, counted or as a percentage; undefined for anything else. */
function jobsKey(counted: string, action: string, kind: 'count' | 'percent', agent: string | null | undefined): string | undefined {
  const isCutNoun = CUT_COUNTED.some((c) => counted === c || counted.endsWith(` ${c}`));
  if (!isCutNoun && !jobWords.has(head(counted))) return undefined;
  if (cutWords.has(action) || isCutNoun) return `${kind}|cut|job`;
  if (offerWords.has(action)) return `${kind}|offer|`;
  if (employWords.has(action)) return `${kind}|employ|${agent && sites.has(agent) ? 'site' : ''}`;
  return undefined;
}
