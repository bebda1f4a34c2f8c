// What the words around a date say about it: the clause's tense (which Friday is "on Friday")
// and whether it dates the reported event or background.
import { ATTRIBUTION_VERBS, FAR_DAYS, FUTURE_CUES, INTENT_BEFORE_TO, NOT_INFINITIVE, NOT_PAST_ED, OTHER_ROLE_BEFORE, OTHER_ROLE_BETWEEN, PAST_CUES, PRESENT_COPULA, SCHEDULE_PRESENT, SCHEDULE_VERBS, STATE_VERBS } from './model/cues.js';
import { words } from './patterns.js';
import type { Tense } from './resolve.js';

const FUTURE = new Set(FUTURE_CUES);
const PAST = new Set(PAST_CUES);
const NOT_ED = new Set(NOT_PAST_ED);
const SCHEDULE_NOW = new Set(SCHEDULE_PRESENT);
const STATE = new Set(STATE_VERBS);
const COPULA = new Set(PRESENT_COPULA);
const NOT_VERB = new Set(NOT_INFINITIVE);
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
/** How far to look for a verb around a date, in UTF-16 units, and where a sentence ends. */
const WINDOW = 160;
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n/g;
const OTHER_BEFORE = new RegExp(`\\b(?:${OTHER_ROLE_BEFORE.join('|')})\\s+(?:(?:${OTHER_ROLE_BETWEEN.join('|')})\\s+)*$`, 'i');

/**
 * The tense of the nearest tense cue in the same sentence; 'present' when there is none (a
 * weekday then reads as past: news reports what happened) or, with `copula` (yearless dates),
 * when the nearest is "is"/"are" ("the next round is in May"). A closing attribution after the
 * date (", the union said.") counts only when the clause has no cue before the date; "last" or
 * "next" right before the date decides alone ("last December", "next March"). Samples:
 * "The army said on Friday that talks will resume on Monday" -> Friday: past ("said" is
 * nearest), Monday: future; "Workers are expected to stop work on Wednesday, the union said" -> future.
 */
export function tenseAt(text: string, start: number, end: number, copula = false): Tense {
  const just = JUST_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
  if (just) return just === 'last' || just === 'past' ? 'past' : 'future';
  // "called a strike for Thursday", "rain is forecast for the weekend": a weekday things are set for is
  // ahead (not "blamed for Thursday's attack"; a calendar date keeps its clause's tense).
  if (FOR_BEFORE.test(text.slice(Math.max(0, start - 9), start)) && !/\d/.test(text.slice(start, end)) && !/^['’]s\b/.test(text.slice(end, end + 3))) return 'future';
  // "a call for a general strike on Friday", "renewed their calls for a march on Friday": the day of
  // what is called for is ahead of the call (a weekday; a calendar date keeps its clause's tense).
  if (CALL_FOR_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && !/\d/.test(text.slice(start, end))) return 'future';
  const from = sentenceStart(text, start);
  let to = sentenceEnd(text, end);
  const attributive = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)); // "to investigate the Jan. 6 riot"
  const cues = cuesIn(text, from, to).filter((c) =>
    (c.end <= start || c.start >= end) && (copula || c.tense !== 'present') &&
    // An infinitive counts before the date only: "agreed at the weekend to slash spending".
    (!c.intent || (!attributive && c.end <= start)));
  if (cues.some((c) => c.end <= start)) {
    const attribution = CLOSING_ATTRIBUTION.exec(text.slice(end, to));
    if (attribution) to = end + attribution.index;
  }
  let best = Infinity;
  let tense: Tense = 'present';
  for (const c of cues) {
    if (c.start >= to) continue;
    const dist = c.end <= start ? start - c.end : c.start - end;
    if (dist < best) [best, tense] = [dist, c.tense];
  }
  return tense;
}

const JUST_BEFORE = /\b(last|past|next|coming)\s+$/i;
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/i;
const CALL_FOR_BEFORE = /\bcalls?\s+for\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const CLOSING_ATTRIBUTION = new RegExp(`,\\s*(?:[^\\s,]+\\s+){0,6}?(?:${words(ATTRIBUTION_VERBS)})\\b`, 'i');

interface Cue { start: number; end: number; tense: Tense; /** An infinitive after a word of intent. */ intent: boolean }

/**
 * The tense cues of text[from, to): words (see `cue`) and an infinitive after a word of intent,
 * which points ahead ("voted on Monday to strike from Wednesday": "strike" is a future cue).
 */
function cuesIn(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  let prev = '';
  let reach = -1; // words left in which "to" may follow a word of intent
  let infinitive = false;
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const at = from + m.index;
    const verb = infinitive && /^[a-z]+$/.test(m[0]) && !NOT_VERB.has(w);
    const t = verb ? 'future' : cue(m[0], prev);
    infinitive = false;
    if (w === 'to' && reach >= 0) [infinitive, reach] = [true, -1];
    else if (INTENT_BEFORE_TO[w] !== undefined) reach = INTENT_BEFORE_TO[w];
    else reach--;
    prev = w;
    if (t) out.push({ start: at, end: at + m[0].length, tense: t, intent: verb });
  }
  return out;
}

/** A future cue anywhere in the sentence before `start`: "whites will become a minority in 30 years, Ramos said". */
export function futureBefore(text: string, start: number): boolean {
  const from = sentenceStart(text, start);
  let prev = '';
  for (const m of text.slice(from, start).matchAll(WORD)) {
    if (cue(m[0], prev) === 'future') return true;
    prev = m[0].toLowerCase();
  }
  return false;
}

const SCHEDULED = new RegExp(`\\b(?:${words(SCHEDULE_VERBS)})(?:\\s+(?:only|just|again|automatically))?\\s+$`, 'i');

/** A present verb of a schedule right before: "The ban takes effect in 30 days", "the lease runs out in two years". */
export function scheduledBefore(text: string, start: number): boolean {
  return SCHEDULED.test(text.slice(Math.max(0, start - 30), start));
}

/** A participle after "be"/"to"/"stay" is no past: "will be held on Monday", "is expected to be signed"; a present schedule verb points ahead. */
function cue(word: string, prev: string): Tense | null {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (FUTURE.has(w) || w.endsWith("'ll")) return 'future';
  if (STATE.has(prev)) return null;
  if (SCHEDULE_NOW.has(w)) return 'future';
  if (COPULA.has(w)) return 'present';
  if (PAST.has(w) || (w.length >= 5 && w.endsWith('ed') && !NOT_ED.has(w))) return 'past';
  return null;
}

const OPENS = /[.!?]["”’)]?\s+$/;
const AFTER_TIME = /\b[ap]\.m\.\s+$/i;

function sentenceStart(text: string, start: number): number {
  const lo = Math.max(0, start - WINDOW);
  let from = lo;
  for (const m of text.slice(lo, start).matchAll(SENTENCE_END)) from = lo + m.index + m[0].length;
  // A date that opens a sentence ("… to Indiana. On Saturday, the mayor …"), not one after a time ("at 2 a.m. Friday").
  if (OPENS.test(text.slice(lo, start)) && !AFTER_TIME.test(text.slice(lo, start)) && /^["“‘(]?[A-Z0-9]/.test(text.slice(start, start + 2))) from = start;
  return from;
}

function sentenceEnd(text: string, end: number): number {
  const chunk = text.slice(end, end + WINDOW);
  const m = SENTENCE_END.exec(chunk);
  SENTENCE_END.lastIndex = 0;
  return end + (m ? m.index + 1 : chunk.length);
}

/**
 * 'other' for background: a cue just before ("since 2007", "born in 1948", "until at least
 * March") or a date more than FAR_DAYS from publication ("in 1948", "by 2030"); else 'event'.
 * Without a publication day only the cues count.
 */
export function roleAt(text: string, start: number, range: [number, number] | null, pub: number | null): 'event' | 'other' {
  if (OTHER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return 'other';
  if (pub !== null && range && (range[1] < pub - FAR_DAYS || range[0] > pub + FAR_DAYS)) return 'other';
  return 'event';
}
