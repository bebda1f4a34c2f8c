// Align stage: the claims of each event compared across its articles. Statements (sentences
// aligned by meaning) and figures (the same quantity, its values compared) become claims that
// are corroborated, single-source or conflicting; copies of one report count once. For each
// outlet of an event, the corroborated claims it does not carry are its omissions.
import type { Derivation } from '../core/analysis.js';
import type { Memo } from '../core/memo.js';
import type { Figure } from '../6-extract/figures/index.js';
import { voices } from './voices.js';
import { dateClaims, type DatedArticle } from './date-claims.js';
import { figureClaims, wholesOf, type ClaimStatus, type FigureOccurrence } from './figure-claims.js';
import { countsHappenings } from './figure-key.js';
import { alignSentences, DEFAULT_ALIGN, type AlignOptions } from './sentence-claims.js';
import { WordIds } from './sentence-vectors.js';
import { figureTimelines, type FigureTimeline } from './figure-timeline.js';
import { eventsOf, omissionsOf } from './omissions.js';
import { conflictingGroup, isChange, valuesDisputedWithinEvent } from './disputes.js';
import { sentenceDay } from './sentence-days.js';
import { timeAt } from './update-time.js';
import type { LiveUpdate } from '../core/types.js';
export { voices } from './voices.js';

export { conflictingGroup, disputedWithinEvent, inSequence } from './disputes.js';

export { eventsOf, omissionsOf } from './omissions.js';

export type { ClaimStatus } from './figure-claims.js';

export interface AlignArticle {
  id: string;
  outlet: string | null;
  text: string;
  publishedAt: string | null;
  sentences: Array<{ start: number; end: number }>;
  figures: Figure[];
  /** Dates found in the text (day values are compared as date claims; a sentence's earlier day makes its figures history). */
  dates?: Array<DatedArticle['dates'][number] & { role?: string }>;
  /** The publication date was estimated: days worked out from it have an uncertain year. */
  dateEstimated?: boolean;
  /** Wire agencies the article credits ("(HPA) –", "the Halvern Press Agency reported"). */
  agencies?: readonly string[];
  /** A live blog's updates, each with its own time: a figure in one is dated by it. */
  updates?: ReadonlyArray<LiveUpdate>;
}

export interface Claim {
  id: string;
  kind: 'statement' | 'figure' | 'date';
  text: string;
  status: ClaimStatus;
  storylineId: string;
  /** The event compared, or null for a claim compared across the whole storyline. */
  eventId: string | null;
  independentReports: number;
  /** Figure and date claims: what is compared ("count|die|" = people killed; "date|truce|begin"). */
  quantity: string | null;
  /** Figure and date claims (a day as ms since 1970 in `low`): each group of agreeing values, most reports first. */
  values: Array<{ text: string; low: number; high: number | null; articleIds: string[]; independentReports: number; sayers?: string[] }>;
  /** Figure claims: `sayer`, who gives the number when the text says ("the charity", "National Emergency Directorate"). */
  occurrences: Array<{ articleId: string; start: number; end: number; sayer?: string }>;
  /** The values follow one another in time (between events, or a day or more apart), no report disputing them. */
  overTime?: boolean;
}

export interface Omission {
  storylineId: string;
  /** Null when the omission is over the whole storyline. */
  eventId: string | null;
  /** The outlet, or the article id for an article without one. */
  outlet: string;
  articleIds: string[];
  /** Corroborated claims of the event this outlet does not carry, most reports first. */
  missing: Array<{ claimId: string; independentReports: number }>;
}

export interface StorylineRef {
  id: string;
  events: Array<{ id: string; articleIds: string[] }>;
}

const inside = (o: { start: number; end: number }, s: { start: number; end: number }) => o.start >= s.start && o.end <= s.end;

/** "Calvaine pledged $50 million" -> "pledged". */
export function wordBefore(text: string, at: number): string | null {
  const m = /([\p{L}]+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Every figure of the articles, with its voice, the word before it, when it was published (its
 * live-blog update's time, else its article's) and the earlier day its sentence gives it.
 */
function figureOccurrences(arts: AlignArticle[], voice: Map<string, string>): Array<FigureOccurrence & { publishedAt: string | null; asOf: string | null }> {
  return arts.flatMap((a) => a.figures.map((figure) => {
    const at = timeAt(a, figure.start);
    return { articleId: a.id, root: voice.get(a.id)!, figure, before: wordBefore(a.text, figure.start), publishedAt: at, asOf: sentenceDay(a.text, a.sentences, a.dates, at, figure.start, figure.end), wholes: wholesOf(a.figures, figure) };
  }));
}

/** A scope's articles earliest first, undated last, else in the scope's order (claims and omissions follow it). */
export function inTimeOrder<T extends { publishedAt: string | null }>(arts: T[]): T[] {
  return arts.map((a, i) => ({ a, i })).sort((x, y) => (x.a.publishedAt ?? '\uffff').localeCompare(y.a.publishedAt ?? '\uffff') || x.i - y.i).map((x) => x.a);
}

function alignScope(storylineId: string, eventId: string | null, arts: AlignArticle[], voice: Map<string, string>, opts: AlignOptions, wordIds: WordIds, eventOf?: ReadonlyMap<string, string>): { claims: Claim[]; omissions: Omission[] } {
  // Earliest first, so a claim's text is its first publisher's wording.
  const ordered = inTimeOrder(arts);
  const byId = new Map(arts.map((a) => [a.id, a]));
  const figOcc = figureOccurrences(ordered, voice);
  const figures = figureClaims(figOcc);
  // Across a storyline, values that differ only between events are a quantity that changed
  // (120 held, then 95, then 60: see the figures over time), not a dispute.
  const changed = new Set<object>();
  // So are values that follow one another in time, a day or more apart, no report repeating an
  // older one after a newer one was out (120 held on the 8th, 95 from the 10th after a release).
  // An undisputed quantity is a change only when something happened to it: "22 trucks", then "40 trucks" may be two convoys.
  for (const f of figures) if (isChange(f, eventOf, f.status === 'conflicting' || countsHappenings(f.key))) changed.add(f);
  // Figures of conflicting claims by article, with their claim and value: a statement is looked up by its sentences' articles.
  const conflictAt = new Map<string, Array<{ figure: Figure; value: string }>>();
  // Over a storyline, a sayers' dispute (87 arrested per police, 140 detained per a rights group)
  // puts in doubt the values set against each other in one event, not the other days' (23, then 61).
  const disputed = (c: (typeof figures)[number]): Set<number> | null => (c.bySayers && eventOf ? new Set([...c.sayerValues!, ...valuesDisputedWithinEvent(c.values, eventOf)]) : null);
  figures.forEach((c, ci) => {
    const only = c.status === 'conflicting' ? disputed(c) : null;
    if (c.status === 'conflicting') c.values.forEach((v, vi) => (only && !only.has(vi) ? [] : v.occurrences).forEach((o) => (conflictAt.get(o.articleId) ?? conflictAt.set(o.articleId, []).get(o.articleId)!).push({ figure: o.figure, value: `${ci}:${vi}` })));
  });
  let n = 0;
  const prefix = `c-${eventId ?? storylineId}`;
  const claims: Claim[] = [];
  for (const g of alignSentences(ordered.map((a) => ({ id: a.id, root: voice.get(a.id)!, outlet: a.outlet, text: a.text, sentences: a.sentences, figures: a.figures })), opts, wordIds)) {
    const first = g.sentences[0]!;
    const text = byId.get(first.articleId)!.text.slice(first.start, first.end);
    const conflicting = conflictingGroup(g.sentences.map((s) => (conflictAt.get(s.articleId) ?? []).filter((f) => inside(f.figure, s)).map((f) => f.value)));
    const status: ClaimStatus = conflicting ? 'conflicting' : g.roots.length >= 2 ? 'corroborated' : 'single-source';
    claims.push({ id: `${prefix}-${++n}`, kind: 'statement', text, status, storylineId, eventId, independentReports: g.roots.length, quantity: null, values: [], occurrences: g.sentences });
  }
  for (const f of figures) {
    const values = f.values.map((v) => {
      // One sayer written in different cases ("Police", "police") is listed once, as first written.
      const seen = new Map<string, string>();
      for (const o of v.occurrences) if (o.figure.sayer && !seen.has(o.figure.sayer.toLowerCase())) seen.set(o.figure.sayer.toLowerCase(), o.figure.sayer);
      const sayers = [...seen.values()];
      return { text: v.text, low: v.occurrences[0]!.figure.value, high: v.occurrences[0]!.figure.high, articleIds: [...new Set(v.occurrences.map((o) => o.articleId))], independentReports: v.roots.length, ...(sayers.length ? { sayers } : {}) };
    });
    const text = f.status === 'conflicting' ? f.values.map((v) => v.text).join(' vs ') : f.values[0]!.text;
    const occurrences = f.values.flatMap((v) => v.occurrences).map((o) => ({ articleId: o.articleId, start: o.figure.start, end: o.figure.end, ...(o.figure.sayer ? { sayer: o.figure.sayer } : {}) }));
    claims.push({ id: `${prefix}-${++n}`, kind: 'figure', text, status: f.status, storylineId, eventId, independentReports: f.independentReports, quantity: f.key, values, occurrences, ...(changed.has(f) ? { overTime: true } : {}) });
  }
  for (const d of dateClaims(ordered.map((a) => ({ id: a.id, root: voice.get(a.id)!, text: a.text, sentences: a.sentences, dates: a.dates ?? [], dateEstimated: a.dateEstimated })))) {
    // Days of different events under one name ("the talks began" in three rounds) are no dispute either.
    if (isChange(d, eventOf, false)) changed.add(d);
    const values = d.values.map((v) => ({ text: v.text, low: Date.parse(v.day), high: null, articleIds: [...new Set(v.occurrences.map((o) => o.articleId))], independentReports: v.roots.length }));
    const text = d.status === 'conflicting' ? d.values.map((v) => `${v.text} (${v.day})`).join(' vs ') : `${d.values[0]!.text} (${d.values[0]!.day})`;
    const occurrences = d.values.flatMap((v) => v.occurrences).map((o) => ({ articleId: o.articleId, start: o.start, end: o.end }));
    claims.push({ id: `${prefix}-${++n}`, kind: 'date', text, status: d.status, storylineId, eventId, independentReports: d.independentReports, quantity: d.key, values, occurrences, ...(changed.has(d) ? { overTime: true } : {}) });
  }
  return { claims, omissions: omissionsOf(storylineId, eventId, ordered, claims, eventOf) };
}

export interface StorylineTimeline extends FigureTimeline {
  storylineId: string;
}

/** One storyline's claims, omissions and figure timelines. */
export interface StorylineAlignment {
  claims: Claim[];
  omissions: Omission[];
  timelines: StorylineTimeline[];
}

/**
 * Aligns the storylines of one analysis one by one: the voices, the articles by id and the word
 * numbering are made once. A storyline's alignment comes from the memo when its events, article
 * versions, outlets and voices are unchanged; one aligned elsewhere (another thread, by
 * alignStoryline over the same articles and voices) can be handed in and is kept in the memo.
 */
export class ClaimAligner {
  readonly voice: Map<string, string>;
  private readonly byId: Map<string, AlignArticle>;
  // Words numbered once for all scopes: an article is aligned in its event and its storyline.
  private readonly wordIds = new WordIds();

  constructor(articles: AlignArticle[], derivations: Derivation[], readonly opts: AlignOptions = DEFAULT_ALIGN, private readonly memo?: Memo, private readonly versionOf: (id: string) => string = () => '') {
    this.byId = new Map(articles.map((a) => [a.id, a]));
    this.voice = voices(articles.map((a) => a.id), derivations, (id) => this.byId.get(id)?.outlet ?? null, {
      agenciesOf: (id) => this.byId.get(id)?.agencies ?? [],
      timeOf: (id) => Date.parse(this.byId.get(id)?.publishedAt ?? ''),
    });
  }

  /** Each storyline's memo key, made once (kept() and storyline() both ask for it). */
  private readonly keys = new WeakMap<StorylineRef, string>();

  /** What the storyline's alignment is made from (the memo's key). */
  private key(s: StorylineRef): string {
    const had = this.keys.get(s);
    if (had !== undefined) return had;
    const key = JSON.stringify([this.opts, s.events.map((e) => [e.id, e.articleIds.map((id) => [id, this.versionOf(id), this.byId.get(id)?.outlet ?? null, this.voice.get(id) ?? null])])]);
    this.keys.set(s, key);
    return key;
  }

  /** Whether the memo holds this storyline's alignment already. */
  kept(s: StorylineRef): boolean {
    return !!this.memo?.peek?.('align', s.id, this.key(s));
  }

  /** The storyline's alignment: kept, `made` elsewhere, or aligned now. */
  storyline(s: StorylineRef, made?: StorylineAlignment): StorylineAlignment {
    const make = () => made ?? alignStoryline(s, this.byId, this.voice, this.opts, this.wordIds, this.memo, this.versionOf);
    return this.memo ? this.memo.get('align', s.id, this.key(s), make) : make();
  }
}

/** Storyline alignments one after the other, as one list of each. */
export function joinAlignments(list: StorylineAlignment[]): StorylineAlignment {
  return { claims: list.flatMap((x) => x.claims), omissions: list.flatMap((x) => x.omissions), timelines: list.flatMap((x) => x.timelines) };
}

/**
 * Claims and omissions of every event, and of every storyline of several events as a whole;
 * figures followed across each storyline (one of a single event: those whose value changed from day to day).
 */
export function alignClaims(articles: AlignArticle[], storylines: StorylineRef[], derivations: Derivation[], opts: AlignOptions = DEFAULT_ALIGN, memo?: Memo, versionOf: (id: string) => string = () => ''): StorylineAlignment {
  const aligner = new ClaimAligner(articles, derivations, opts, memo, versionOf);
  return joinAlignments(storylines.map((s) => aligner.storyline(s)));
}

/**
 * One storyline's alignment: each event, and the storyline as a whole when it has several.
 * `voice` gives every article's independent voice (voices() over all the analysed articles).
 */
export function alignStoryline(s: StorylineRef, byId: Map<string, AlignArticle>, voice: Map<string, string>, opts: AlignOptions, wordIds: WordIds, memo?: Memo, versionOf: (id: string) => string = () => ''): StorylineAlignment {
  const claims: Claim[] = [];
  const omissions: Omission[] = [];
  const timelines: StorylineTimeline[] = [];
  const members = s.events.flatMap((e) => e.articleIds).map((id) => byId.get(id)!).filter(Boolean);
  // A storyline of one event has figures over time when a value of it changed from one day to another (12 dead, then 31, then 47).
  for (const t of figureTimelines(figureOccurrences(inTimeOrder(members), voice), s.events.length === 1)) timelines.push({ storylineId: s.id, ...t });
  if (s.events.length > 1) {
    // The storyline as a whole: rounds months apart corroborate the same figures.
    const out = alignScope(s.id, null, members, voice, opts, wordIds, eventsOf(s));
    claims.push(...out.claims);
    omissions.push(...out.omissions);
  }
  for (const e of s.events) {
    const make = () => alignScope(s.id, e.id, e.articleIds.map((id) => byId.get(id)!).filter(Boolean), voice, opts, wordIds);
    // A storyline that grew in one event keeps the claims of its other events (a live analysis adds to the newest).
    const key = memo ? JSON.stringify([opts, s.id, e.articleIds.map((id) => [id, versionOf(id), byId.get(id)?.outlet ?? null, voice.get(id) ?? null])]) : '';
    const out = memo ? memo.get('align-event', e.id, key, make) : make();
    claims.push(...out.claims);
    omissions.push(...out.omissions);
  }
  return { claims, omissions, timelines };
}
