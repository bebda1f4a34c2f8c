// Figures across the articles of one event: the same quantity (same key) is grouped, its
// values split into groups that agree, and the claim is corroborated (two or more
// independent reports, copies counted once), single-source, or conflicting (one report
// gives a value another's contradicts, and neither also gives the other's value).
import type { Figure } from '../6-extract/figures/index.js';
import { detainedAsArrests, figureKey, headNoun } from './figure-key.js';
import { placeAsWhole } from './place-whole.js';
import { meet, type Interval } from './agree.js';
import { claimInterval as intervalOf } from './claim-interval.js';
import { REMAIN_WORDS } from '../6-extract/figures/model/context.js';
import { splitByDoer } from './figure-agents.js';
import { isVoteCount } from '../6-extract/figures/votes.js';
import { saidApart } from './figure-sayers.js';
import { CROWD_LABELS, PART_WORDS, PERSON_NOUNS, POPULATION_NOUNS, VOTE_CHANNELS } from './model/quantities.js';

export interface FigureOccurrence {
  articleId: string;
  /** The independent voice the article belongs to (derivation chains collapsed). */
  root: string;
  figure: Figure;
  /** The word just before the figure in its text ("pledged"), or null. */
  before?: string | null;
  /** The figures it is part of, nearest first ("58" in "Of 251 hostages, 58 are still held": [251]). */
  wholes?: Figure[];
  /** The earlier day its sentence dates the figure to ("On March 4 the toll was 47"). */
  asOf?: string | null;
}

export interface ValueGroup<T extends FigureOccurrence = FigureOccurrence> {
  /** The values' common ground: what all of them allow. */
  interval: Interval;
  /** The first wording of the value ("at least 40 people"). */
  text: string;
  occurrences: T[];
  roots: string[];
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'conflicting';

export interface FigureClaim<T extends FigureOccurrence = FigureOccurrence> {
  key: string;
  status: ClaimStatus;
  values: Array<ValueGroup<T>>;
  independentReports: number;
  /** Conflicting because one article sets two values against each other, each from its own sayer (figure-sayers.ts). */
  bySayers?: boolean;
  /** With bySayers: the indices of the values the sayers set against each other. */
  sayerValues?: number[];
}

const REMAIN = new Set(REMAIN_WORDS);

/** The figures a figure is part of, nearest first (parents point to earlier figures, so the walk ends). */
export function wholesOf(figures: readonly Figure[], figure: Figure): Figure[] {
  const out: Figure[] = [];
  for (let p = figure.parent; p !== null && out.length < figures.length; p = figures[p]?.parent ?? null) {
    const whole = figures[p];
    if (!whole) break;
    out.push(whole);
  }
  return out;
}

/**
 * A bare part is keyed inside its whole and counts the whole's things: "Of 251 hostages
 * seized, 58 are still held, including 34 … dead" gives 58 "count|hold||in:count|hold|" and 34
 * "count|die||in:" + the 58's key, so two outlets' parts meet only when their wholes do. A part
 * that "remains" is in its whole's state.
 */
function chainKey(chain: readonly Figure[], before: string | null): string | null {
  const [f, ...up] = chain;
  if (!f) return null;
  if (f.parent === null || f.counted || !up.length) return figureKey(f, before);
  const whole = chainKey(up, null);
  if (whole === null) return null;
  const counted = up.find((w) => w.counted)?.counted ?? null;
  const own = f.action && REMAIN.has(f.action) ? whole.split('|in:')[0]! : figureKey({ ...f, counted }, before);
  return own === null ? null : `${own}|in:${whole}`;
}

/** Nested figures ("including 15 children") count a part: keyed apart from the whole. */
function keyOf(o: FigureOccurrence): string | null {
  const f = o.figure;
  // "Velka received 40,200 of the 77,000 valid votes": a candidate's part of the votes is the candidate's votes.
  const whole = o.wholes?.[0];
  if (f.parent !== null && !f.counted && f.agent && whole && isVoteCount(whole.counted)) return figureKey({ ...f, counted: whole.counted }, o.before ?? null);
  if (f.parent !== null && !f.counted && o.wholes?.length) return chainKey([f, ...o.wholes], o.before ?? null);
  const k = figureKey(f, o.before ?? null);
  if (k === null) return null;
  return f.parent !== null && f.counted ? `${k}|part:${headNoun(f.counted)}` : k;
}

/** The first wording of a value that names the crowd without a partisan label ("23 people" before "23 hooligans"). */
function shownWording(occs: readonly FigureOccurrence[]): string {
  const labelled = (o: FigureOccurrence) => !!o.figure.counted && CROWD_LABELS.has(headNoun(o.figure.counted));
  return (occs.find((o) => !labelled(o)) ?? occs[0]!).figure.text;
}

/** Narrow wordings first, so that a bare "40" anchors the group rather than "at least 30". */
const width = (i: Interval) => (Number.isFinite(i[1] - i[0]) ? i[1] - i[0] : Number.MAX_VALUE);

function groupValues<T extends FigureOccurrence>(occs: T[]): Array<ValueGroup<T>> {
  const groups: Array<ValueGroup<T>> = [];
  const ordered = occs.map((o, i) => ({ o, i, iv: intervalOf(o.figure) })).sort((a, b) => width(a.iv) - width(b.iv) || a.i - b.i);
  for (const { o, iv } of ordered) {
    const g = groups.find((x) => meet(x.interval, iv));
    if (g) {
      g.interval = meet(g.interval, iv)!;
      g.occurrences.push(o);
    } else groups.push({ interval: iv, text: o.figure.text, occurrences: [o], roots: [] });
  }
  for (const g of groups) {
    g.occurrences.sort((a, b) => occs.indexOf(a) - occs.indexOf(b));
    g.text = shownWording(g.occurrences);
    g.roots = [...new Set(g.occurrences.map((o) => o.root))];
  }
  // Most independent reports first.
  return groups.sort((a, b) => b.roots.length - a.roots.length || occs.indexOf(a.occurrences[0]!) - occs.indexOf(b.occurrences[0]!));
}

/** "count|vote|valid", "percent|vote@velka|". */
const isVoteKey = (key: string) => key.split('|')[1]?.split('@')[0] === 'vote';

/** "count|die|" has an action; "count||truck" and "percent||clinic" have none (a part's key: its own segment). */
const hasAction = (key: string) => (key.split('|')[1] ?? '') !== '';

/**
 * Corroborated: one value given by two or more independent reports. Several values each given
 * by one report are not, even when none contradicts another ("150,000 crowns" here, "25 million
 * crowns" there).
 */
export const corroborates = (values: ReadonlyArray<{ roots: readonly string[] }>): boolean => values.some((v) => v.roots.length >= 2);

/** A says X without Y and B says Y without X. */
function conflicts(a: ValueGroup, b: ValueGroup): boolean {
  return a.roots.some((r) => !b.roots.includes(r)) && b.roots.some((r) => !a.roots.includes(r));
}

/** Claims of one event, in order of first occurrence. `occurrences` in article order. */
export function figureClaims<T extends FigureOccurrence>(occurrences: T[]): Array<FigureClaim<T>> {
  const byKey = new Map<string, T[]>();
  // "140 people had been detained" is an arrest count in an event of arrests (figure-key.ts).
  // ... and a place's count equal to the story's count is that count (place-whole.ts).
  const keys = placeAsWhole(detainedAsArrests(occurrences.map(keyOf), occurrences.map((o) => o.figure)), occurrences.map((o) => o.figure));
  for (const [i, o] of occurrences.entries()) {
    const k = keys[i];
    if (k === null || k === undefined) continue;
    const list = byKey.get(k) ?? [];
    list.push(o);
    byKey.set(k, list);
  }
  joinLooseKeys(byKey);
  splitByDoer(byKey);
  const claims: Array<FigureClaim<T>> = [];
  for (const [key, occs] of byKey) {
    // One candidate's votes are never added to another's into a total: no breakdowns within a vote count.
    const values = isVoteKey(key) ? groupValues(occs) : joinBreakdowns(groupValues(occs));
    const roots = new Set(occs.map((o) => o.root));
    // Without an action ("22 trucks", "the remaining 38 soldiers", "30 percent of clinics") two
    // numbers of one thing may count different things (two convoys, the rest, those still open):
    // their values are shown, not called a conflict.
    // "The first 20 detainees freed" is a part of the 58 to be freed: shown, not a rival value.
    const whole = values.filter((v) => !v.occurrences.every((o) => o.before && PART_WORDS.has(o.before)));
    const conflicting = hasAction(key) && whole.some((a, i) => whole.slice(i + 1).some((b) => conflicts(a, b)));
    // "The charity put the number at 11,000, far above the official figure of 8,000": one article,
    // two sayers, a dispute that stays one even when other voices' values follow in time.
    const apart = hasAction(key) ? whole.filter((a) => whole.some((b) => b !== a && saidApart(a.occurrences, b.occurrences))).map((v) => values.indexOf(v)) : [];
    const bySayers = apart.length > 0;
    claims.push({ key, values, independentReports: roots.size, status: conflicting || bySayers ? 'conflicting' : corroborates(values) ? 'corroborated' : 'single-source', ...(bySayers ? { bySayers, sayerValues: apart } : {}) });
  }
  for (const claim of claims) addSums(claim, byKey);
  return claims;
}

/**
 * A figure whose action was not found ("approximately 1,800 detainees", key "count||prisoner")
 * is compared with the figures of the same thing when the scope gives them one action only
 * ("1,800 prisoners were released", "count|release|prisoner"), and only when its value meets one
 * of them and both are bounded: "about 3,500 residents" (evacuated) does not join "at least 40
 * residents" (missing) just because 3,500 is at least 40. With several actions it stays apart.
 */
function joinLooseKeys<T extends FigureOccurrence>(byKey: Map<string, T[]>): void {
  const bounded = (o: FigureOccurrence) => Number.isFinite(intervalOf(o.figure)[1]);
  for (const key of [...byKey.keys()]) {
    const [kind, action, noun, ...rest] = key.split('|');
    if (action !== '' || !noun || rest.length) continue;
    const full = [...byKey.keys()].filter((k) => {
      const seg = k.split('|');
      // "40 residents" (no action) may be the residents an action happened to, keyed as people: "count|missing|".
      return seg.length === 3 && seg[0] === kind && seg[1] !== '' && (seg[2] === noun || (seg[2] === '' && POPULATION_NOUNS.has(noun)));
    });
    if (full.length !== 1) continue;
    const target = byKey.get(full[0]!)!;
    const loose = byKey.get(key)!;
    const joins = loose.filter((o) => bounded(o) && target.some((t) => bounded(t) && meet(intervalOf(t.figure), intervalOf(o.figure))));
    target.push(...joins);
    const stay = loose.filter((o) => !joins.includes(o));
    if (stay.length) byKey.set(key, stay);
    else byKey.delete(key);
  }
}

/** Parts closer than this (characters) are read as one breakdown: "25 soldiers and 15 civilians". */
const BREAKDOWN_SPAN = 150;

/**
 * One article's different values of the same quantity, close together, that add up to a value
 * another voice gives are that total's breakdown, not rival values: "helicopters rescued 131
 * people and boats rescued 83 people" agrees with "214 people were rescued".
 */
function joinBreakdowns<T extends FigureOccurrence>(values: Array<ValueGroup<T>>): Array<ValueGroup<T>> {
  if (values.length < 3) return values;
  const byArticle = new Map<string, Array<{ o: T; g: ValueGroup<T> }>>();
  for (const g of values) for (const o of g.occurrences) (byArticle.get(o.articleId) ?? byArticle.set(o.articleId, []).get(o.articleId)!).push({ o, g });
  for (const list of byArticle.values()) {
    const parts = list.filter((x, i) => list.findIndex((y) => y.g === x.g) === i); // one occurrence per value
    if (parts.length < 2) continue;
    if (Math.max(...parts.map((p) => p.o.figure.start)) - Math.min(...parts.map((p) => p.o.figure.end)) > BREAKDOWN_SPAN) continue;
    const sum = parts.reduce<Interval>((acc, p) => {
      const iv = intervalOf(p.o.figure);
      return [acc[0] + iv[0], acc[1] + iv[1]];
    }, [0, 0]);
    const root = parts[0]!.o.root;
    // The total must be bounded: any two values add up to "more than 30,000" once their sum
    // passes it, so organisers' 30,000 and the police's 9,000 would be read as its parts.
    const total = values.find((v) => !parts.some((p) => p.g === v) && v.roots.some((r) => r !== root) && Number.isFinite(v.interval[1]) && meet(v.interval, sum));
    if (!total) continue;
    for (const p of parts) {
      p.g.occurrences = p.g.occurrences.filter((o) => o !== p.o);
      total.occurrences.push(p.o);
    }
  }
  const kept = values.filter((g) => g.occurrences.length);
  for (const g of kept) {
    g.text = shownWording(g.occurrences);
    g.roots = [...new Set(g.occurrences.map((o) => o.root))];
  }
  return kept;
}

/**
 * A total one report gives ("40 people were killed") agrees with another report that gives
 * only its breakdown ("25 soldiers and 15 civilians were killed") when the parts, read
 * together in one place, add up to it. The breakdown's figures join the total's value group,
 * so its report counts towards the total; parts that add up to nothing given stay apart.
 */
function addSums<T extends FigureOccurrence>(claim: FigureClaim<T>, byKey: Map<string, T[]>): void {
  const [kind, action, noun, ...rest] = claim.key.split('|');
  // A total of people ("95 people", or of a kind of people: "95 detainees") takes parts that name
  // people ("70 soldiers and 25 civilians"); a total of things ("12 homes") takes none.
  if ((noun !== '' && !PERSON_NOUNS.has(noun!)) || rest.length || !action) return;
  // Votes add up from the ways they were cast ("22,000 in person and 18,200 postal votes"), not
  // from other kinds of ballots: valid and rejected ballots are no one's votes.
  const vote = isVoteKey(claim.key);
  const withTotal = new Set(claim.values.flatMap((v) => v.roots));
  const parts = new Map<string, Map<string, T>>(); // article -> part key -> its first figure
  for (const [key, occs] of byKey) {
    const seg = key.split('|');
    if (seg.length !== 3 || seg[0] !== kind || seg[1] !== action || !seg[2] || seg[2] === noun) continue;
    if (noun !== '' && !PERSON_NOUNS.has(seg[2])) continue;
    if (vote && !VOTE_CHANNELS.has(seg[2])) continue;
    for (const o of occs) {
      if (withTotal.has(o.root)) continue;
      const mine = parts.get(o.articleId) ?? new Map<string, T>();
      if (!mine.has(key)) mine.set(key, o);
      parts.set(o.articleId, mine);
    }
  }
  for (const mine of parts.values()) {
    const ps = [...mine.values()];
    if (ps.length < 2) continue;
    if (Math.max(...ps.map((p) => p.figure.start)) - Math.min(...ps.map((p) => p.figure.end)) > BREAKDOWN_SPAN) continue;
    const sum = ps.reduce<Interval>((acc, p) => {
      const iv = intervalOf(p.figure);
      return [acc[0] + iv[0], acc[1] + iv[1]];
    }, [0, 0]);
    const group = claim.values.find((v) => meet(v.interval, sum));
    if (!group) continue;
    group.occurrences.push(...ps);
    group.roots = [...new Set([...group.roots, ps[0]!.root])];
  }
  const roots = new Set(claim.values.flatMap((v) => v.roots));
  claim.independentReports = roots.size;
  if (claim.status === 'single-source' && corroborates(claim.values)) claim.status = 'corroborated';
}
