// Dates as claims: the day each article gives for the same event ("the truce began on Friday",
// "the ceasefire took effect on 2 May"), compared across the articles of a scope like figures.
// A date is keyed by the event noun nearest to it in its sentence and the phase word nearest
// to it ("date|truce|begin"); only days (not weeks or months) are compared. Same day: agree;
// A gives one day without the other and B the other without the first: conflicting.
// Two more rules: a month and day worked out from an *estimated* publication date ("on March 18"
// in an article dated only by a year it mentions) has an uncertain year, so it takes the year of
// a firmly dated report of the same month and day, else the year nearest the scope's firm days;
// and claims giving the same day are one claim,
// whatever their nouns ("the truce ended on 18 March" and "the bombing resumed on March 18,
// ending the ceasefire" date one event).
import { EVENT_NOUNS, EVENT_VERBS, LASTING_EVENTS, PHASES } from './model/date-events.js';
import { UnionFind } from '../3-dedupe/union-find.js';

export interface DatedArticle {
  id: string;
  root: string;
  text: string;
  sentences: Array<{ start: number; end: number }>;
  dates: Array<{ start: number; end: number; text: string; value: string | null; granularity: string; resolved?: string }>;
  /** The publication date was estimated (from the text, a file date): days resolved from it have an uncertain year. */
  dateEstimated?: boolean;
}

export interface DateOccurrence {
  articleId: string;
  root: string;
  start: number;
  end: number;
  text: string;
  day: string;
  /** The year is uncertain (worked out from an estimated publication date). */
  loose?: boolean;
}

export interface DateClaim {
  key: string;
  status: 'corroborated' | 'single-source' | 'conflicting';
  independentReports: number;
  values: Array<{ day: string; text: string; occurrences: DateOccurrence[]; roots: string[] }>;
}

const NOUN = new RegExp(`\\b(?:${[...EVENT_NOUNS, ...Object.keys(EVENT_VERBS)].map((w) => w.replace(/[-]/g, '\\-')).join('|')})\\b`, 'gi');
const PHASE_OF = new Map(Object.entries(PHASES).flatMap(([cls, ws]) => ws.map((w) => [w, cls] as [string, string])));
const PHASE = new RegExp(`\\b(?:${[...PHASE_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const REACH = 80; // characters around the date searched for its noun and phase
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/** "truces" -> "truce"; "cease-fire" -> "ceasefire": one key for one kind of event. */
const nounKey = (w: string) => {
  const n = w.toLowerCase().replace('cease-fire', 'ceasefire');
  const act = EVENT_VERBS[n];
  if (act) return act;
  if (n === 'counting') return 'count';
  return n === 'talks' || n === 'negotiations' ? 'talks' : n.replace(/(?<=[^s])s$/, '');
};

/**
 * Clauses that date something else by this day: "freed 25 detainees on Thursday, two days after
 * talks began" — the talks did not begin on Thursday. A clause opened by after / before / since /
 * until, to the next comma or stop.
 */
const RELATIVE_CLAUSE = /\b(?:after|before|since|until)\b[^,.;:]*/gi;

/** A verb of saying right before the date: "said on Tuesday", "reported Tuesday", "told reporters on Friday". */
const SAID_ON = /\b(?:said|says|reported|reports|told\s+(?:reporters|journalists)|stated|added|wrote|tweeted)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** "52.4 percent of the vote", "a majority of the votes": the ballots, not the voting. */
const SHARE_OF_VOTE = /\b(?:percent|per\s+cent|%|share|majority|half|third|quarter)\s+of\s+(?:the\s+)?(?:valid\s+|popular\s+)?(?:votes?|ballots?)\b/gi;

function sharesOfVote(text: string, lo: number, hi: number): Array<[number, number]> {
  return [...text.slice(lo, hi).matchAll(SHARE_OF_VOTE)].map((m) => [lo + m.index!, lo + m.index! + m[0].length]);
}

function relativeClauses(text: string, lo: number, hi: number, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.slice(lo, hi).matchAll(RELATIVE_CLAUSE)) {
    const s = lo + m.index!;
    const e = s + m[0].length;
    if (!(s <= start && end <= e)) out.push([s, e]); // the date's own clause stays readable
  }
  return out;
}

/** The match nearest to [start, end) in the window, outside the clauses given, or null. */
function nearestAt(re: RegExp, text: string, lo: number, hi: number, start: number, end: number, skip: ReadonlyArray<[number, number]> = []): { w: string; s: number } | null {
  let best: { w: string; s: number; d: number } | null = null;
  for (const m of text.slice(lo, hi).matchAll(re)) {
    const s = lo + m.index!;
    if (skip.some(([a, b]) => s >= a && s < b)) continue;
    const d = s + m[0].length <= start ? start - (s + m[0].length) : s >= end ? s - end : 0;
    if (!best || d < best.d) best = { w: m[0], s, d };
  }
  return best;
}

const nearest = (...args: Parameters<typeof nearestAt>): string | null => nearestAt(...args)?.w ?? null;

// "a recount of the Dunmore governor election", "counting in the election": an event noun heading
// an "of / in" phrase that holds the nearest one is what the day dates.
const HEAD_BEFORE_PHRASE = /\b([\p{L}-]+)\s+(?:of|in|for)\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
const IS_NOUN = new RegExp(`^(?:${EVENT_NOUNS.map((w) => w.replace(/[-]/g, '\\-')).join('|')})$`, 'i');

function headNoun(text: string, lo: number, found: { w: string; s: number }): string {
  const head = HEAD_BEFORE_PHRASE.exec(text.slice(lo, found.s))?.[1];
  return head && IS_NOUN.test(head) ? head : found.w;
}

/** The comma, semicolon or dash clause around [start, end) inside [lo, hi). */
function clauseOf(text: string, lo: number, hi: number, start: number, end: number): [number, number] {
  const before = text.slice(lo, start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(' – '));
  const after = /[,;—]| – /.exec(text.slice(end, hi));
  return [cut >= 0 ? lo + cut + 1 : lo, after ? end + after.index : hi];
}

export function dateKey(a: Pick<DatedArticle, 'text' | 'sentences'>, d: { start: number; end: number }): string | null {
  const s = a.sentences.find((x) => x.start <= d.start && d.end <= x.end);
  if (!s) return null;
  const lo = Math.max(s.start, d.start - REACH);
  const hi = Math.min(s.end, d.end + REACH);
  // "…, the commission said on Tuesday": the day of the saying, not of an event named before it.
  if (SAID_ON.test(a.text.slice(Math.max(s.start, d.start - 40), d.start))) return null;
  const skip = [...relativeClauses(a.text, lo, hi, d.start, d.end), ...sharesOfVote(a.text, lo, hi)];
  // The date's own clause first: "Vikk, who was sentenced on March 20, awaits the appeal" dates
  // the sentencing, though "appeal" is nearer (trial review 5).
  const [cs, ce] = clauseOf(a.text, lo, hi, d.start, d.end);
  const found = nearestAt(NOUN, a.text, cs, ce, d.start, d.end, skip) ?? nearestAt(NOUN, a.text, lo, hi, d.start, d.end, skip);
  if (!found) return null;
  const noun = headNoun(a.text, lo, found);
  const phase = nearest(PHASE, a.text, lo, hi, d.start, d.end, skip);
  return `date|${nounKey(noun)}|${phase ? PHASE_OF.get(phase.toLowerCase()) : ''}`;
}

/** The day given by the most voices (then the most articles, then the first given). */
function mainDay(occs: readonly DateOccurrence[]): string {
  const by = new Map<string, { roots: Set<string>; n: number }>();
  for (const o of occs) {
    const d = by.get(o.day) ?? by.set(o.day, { roots: new Set(), n: 0 }).get(o.day)!;
    d.roots.add(o.root);
    d.n++;
  }
  let best = occs[0]!.day;
  for (const [day, d] of by) {
    const b = by.get(best)!;
    if (d.roots.size > b.roots.size || (d.roots.size === b.roots.size && d.n > b.n)) best = day;
  }
  return best;
}

export function dateClaims(articles: DatedArticle[]): DateClaim[] {
  const byKey = new Map<string, DateOccurrence[]>();
  for (const a of articles) {
    for (const d of a.dates) {
      if (!d.value || d.granularity !== 'day') continue;
      const key = dateKey(a, d);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      // Only a month and day written without a year can take another year ("on March 18"); a
      // weekday or "last week" hangs on the publication date as a whole and cannot be re-dated.
      const loose = !!a.dateEstimated && d.resolved === 'publication' && MONTH_DAY.test(d.text) && !/\d{4}/.test(d.text);
      if (!list.some((o) => o.articleId === a.id && o.day === d.value)) list.push({ articleId: a.id, root: a.root, start: d.start, end: d.end, text: d.text, day: d.value, loose });
      byKey.set(key, list);
    }
  }
  settleLooseYears([...byKey.values()].flat());
  // Keys whose main day is the same are one claim: "the truce ended on 18 March" and "the bombing
  // resumed on March 18". The day most voices give a key, not any day it holds: a day named once
  // under two nouns would chain every event of a story into one ("election", "count", "recount").
  const keys = [...byKey.keys()];
  const sets = new UnionFind(keys.length);
  const keyOfDay = new Map<string, number>();
  keys.forEach((k, i) => {
    const day = mainDay(byKey.get(k)!);
    const j = keyOfDay.get(day);
    if (j === undefined) keyOfDay.set(day, i);
    else sets.union(i, j);
  });
  const merged = new Map<number, { key: string; occs: DateOccurrence[] }>();
  keys.forEach((k, i) => {
    const r = sets.find(i);
    const m = merged.get(r) ?? { key: k, occs: [] };
    m.occs.push(...byKey.get(k)!.filter((o) => !m.occs.some((x) => x.articleId === o.articleId && x.day === o.day)));
    merged.set(r, m);
  });
  const claims: DateClaim[] = [];
  for (const { key, occs } of merged.values()) {
    const days = [...new Set(occs.map((o) => o.day))];
    const values = days
      .map((day) => {
        const occurrences = occs.filter((o) => o.day === day);
        return { day, text: occurrences[0]!.text, occurrences, roots: [...new Set(occurrences.map((o) => o.root))] };
      })
      .sort((x, y) => y.roots.length - x.roots.length || (x.day < y.day ? -1 : 1));
    const roots = new Set(occs.map((o) => o.root));
    // A day with a phase is one fact ("the truce began on …"), and so is the day of a one-day event
    // ("the referendum is on 12 June"); talks on Tuesday and on Wednesday are two days of talks.
    const [, noun, phase] = key.split('|');
    const oneDay = phase !== '' || !LASTING_EVENTS.has(noun ?? '');
    const conflicting = oneDay && values.some((x, i) => values.slice(i + 1).some((y) => x.roots.some((r) => !y.roots.includes(r)) && y.roots.some((r) => !x.roots.includes(r))));
    claims.push({ key, values, independentReports: roots.size, status: conflicting ? 'conflicting' : values.some((v) => v.roots.length >= 2) ? 'corroborated' : 'single-source' });
  }
  return claims;
}

/**
 * A loose day (a month and day whose year came from an estimated publication date) takes the
 * year of the firmly dated days with its month and day when they all agree on one; failing
 * that, the year that puts it nearest the scope's firmly dated days (one storyline's dates lie
 * close together); with no firm day at all it keeps its own.
 */
function settleLooseYears(occs: DateOccurrence[]): void {
  const firm = new Map<string, Set<string>>(); // "03-18" -> {"2025-03-18"}
  const firmTimes: number[] = [];
  for (const o of occs) {
    if (o.loose) continue;
    firm.set(o.day.slice(5), (firm.get(o.day.slice(5)) ?? new Set()).add(o.day));
    firmTimes.push(Date.parse(o.day));
  }
  if (!firmTimes.length) return;
  const years = [...new Set(firmTimes.map((t) => new Date(t).getUTCFullYear()))].flatMap((y) => [y - 1, y, y + 1]);
  for (const o of occs) {
    if (!o.loose) continue;
    const same = firm.get(o.day.slice(5));
    if (same?.size === 1) {
      o.day = [...same][0]!;
      continue;
    }
    if (same) continue; // two firm years for this month and day: no choice to make
    const gap = (day: string) => Math.min(...firmTimes.map((t) => Math.abs(Date.parse(day) - t)));
    const options = [...new Set(years)].map((y) => `${y}${o.day.slice(4)}`).filter((d) => !Number.isNaN(Date.parse(d)));
    const best = options.sort((x, y) => gap(x) - gap(y) || (x < y ? -1 : 1))[0];
    if (best && gap(best) < gap(o.day)) o.day = best;
  }
}
