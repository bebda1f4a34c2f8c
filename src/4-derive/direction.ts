// Who copied whom, in order of trust: (1) credit — the copy names the source's outlet ("told
// MPA") and not the reverse; (2) date — the earlier article is the source; (3) containment —
// the article whose words are more fully found in the other is the copy (a trimmed reprint);
// (4) order — the smaller id is taken as the source.
import type { AnalysisArticle, Derivation } from '../core/analysis.js';
import { timeOf } from '../3-dedupe/order.js';
import { creditOf } from './credit.js';

export interface Direction {
  /** True when `a` is the copy. */
  aIsCopy: boolean;
  basis: Derivation['direction']['basis'];
  detail: string;
}

/** Containment must differ by this much to decide: 0.62 vs 0.60 is noise. */
const CONTAINMENT_MARGIN = 0.05;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "3 h", "45 min", "2 days". */
export function duration(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 1) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

/** A date given without its time of day is stored at midnight UTC: it says the day only. */
const dayOnly = (iso: string | null) => !!iso && /T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/.test(iso);

/**
 * How much earlier the source was published: "3 h", or in days when either date gives its day
 * only (a wire dated "2 March" and a copy timed 13:00 that day: "the same day", not "13 h").
 */
export function earlier(a: Pick<AnalysisArticle, 'publishedAt'>, b: Pick<AnalysisArticle, 'publishedAt'>): string {
  const ms = Math.abs(timeOf(a) - timeOf(b));
  if (!dayOnly(a.publishedAt) && !dayOnly(b.publishedAt)) return `${duration(ms)} earlier`;
  const day = (x: Pick<AnalysisArticle, 'publishedAt'>) => Math.floor(timeOf(x) / 86_400_000);
  const days = Math.abs(day(a) - day(b));
  return days === 0 ? 'the same day' : days === 1 ? 'a day earlier' : `${days} days earlier`;
}

/** coverA / coverB: share of a's / b's words inside shared passages. */
export function direction(a: AnalysisArticle, b: AnalysisArticle, coverA: number, coverB: number): Direction {
  const ca = creditOf(a, b);
  const cb = creditOf(b, a);
  if (ca && !cb) return { aIsCopy: true, basis: ca.via, detail: ca.via === 'byline' ? `byline names ${ca.name}` : `credits ${ca.name}` };
  if (cb && !ca) return { aIsCopy: false, basis: cb.via, detail: cb.via === 'byline' ? `byline names ${cb.name}` : `credits ${cb.name}` };

  const ta = timeOf(a);
  const tb = timeOf(b);
  // An estimated date is only the latest date the text mentions: it cannot order two articles.
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb && !a.dateEstimated && !b.dateEstimated) {
    return { aIsCopy: ta > tb, basis: 'date', detail: `source published ${earlier(a, b)}` };
  }

  if (Math.abs(coverA - coverB) >= CONTAINMENT_MARGIN) {
    const aIsCopy = coverA > coverB;
    const [c, s] = aIsCopy ? [coverA, coverB] : [coverB, coverA];
    return { aIsCopy, basis: 'containment', detail: `${pct(c)} of the copy's words are in the source (${pct(s)} the other way)` };
  }
  const aIsCopy = a.id > b.id;
  return { aIsCopy, basis: 'order', detail: `no credit, date or containment signal: ${aIsCopy ? b.id : a.id} taken as source by id order` };
}
