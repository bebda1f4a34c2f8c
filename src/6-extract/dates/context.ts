// What the words around a date say about it: the clause's tense (which Friday is "on Friday")
// and whether it dates the reported event or background.
import { FAR_DAYS, FUTURE_CUES, NOT_PAST_ED, OTHER_ROLE_BEFORE, OTHER_ROLE_BETWEEN, PAST_CUES, SCHEDULE_PRESENT, SCHEDULE_VERBS, STATE_VERBS } from './model/cues.js';
import { words } from './patterns.js';
import type { Tense } from './resolve.js';

const FUTURE = new Set(FUTURE_CUES);
const PAST = new Set(PAST_CUES);
const NOT_ED = new Set(NOT_PAST_ED);
const SCHEDULE_NOW = new Set(SCHEDULE_PRESENT);
const STATE = new Set(STATE_VERBS);
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
/** How far to look for a verb around a date, in UTF-16 units, and where a sentence ends. */
const WINDOW = 160;
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n/g;
const OTHER_BEFORE = new RegExp(`\\b(?:${OTHER_ROLE_BEFORE.join('|')})\\s+(?:(?:${OTHER_ROLE_BETWEEN.join('|')})\\s+)*$`, 'i');

/**
 * Future when the nearest tense cue in the same sentence is a future one, else past (news
 * reports what happened). Samples: "The army said on Friday that talks will resume on Monday"
 * -> Friday: past ("said" is nearest), Monday: future ("will" is nearest).
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  let best = Infinity;
  let tense: Tense = 'past';
  const consider = (offset: number, chunk: string, lo: number, hi: number): void => {
    let prev = '';
    for (const m of chunk.matchAll(WORD)) {
      const a = offset + m.index;
      const b = a + m[0].length;
      const t = a < lo || b > hi ? null : cue(m[0], prev);
      prev = m[0].toLowerCase();
      if (!t) continue;
      const dist = b <= start ? start - b : a - end;
      if (dist < best) [best, tense] = [dist, t];
    }
  };
  consider(from, text.slice(from, start), from, start);
  consider(end, text.slice(end, to), end, to);
  return tense;
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
