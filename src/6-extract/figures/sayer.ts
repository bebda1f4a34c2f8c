// Who gives a figure when the sentence names its source in the figure's own phrase, not by a
// speech verb (those are quotes: src/6-extract/figure-sayers.ts reuses them). Samples:
// "the charity put the number of displaced people at 11,000" -> "the charity";
// "the ministry's estimate of 900" -> "the ministry"; "the official figure of 8,000" -> officials.
import type { Span } from '../text/sentences.js';

/** A sayer written as a phrase of the text, or one named by a word ("official" -> officials). */
export type SayerPhrase = { span: Span } | { name: string };

/** How far back in its sentence a figure's source may be named. */
const REACH = 160;
/** The start of the figure's sentence: after the last full stop, question or exclamation mark. */
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]*\p{Lu})/gu;
const QUALIFIER = String.raw`(?:(?:about|around|some|roughly|nearly|almost|over|more than|at least|just over|just under)\s+)?`;

// "the official figure of 8,000", "the official death toll, 47", "the official 47".
const OFFICIAL = new RegExp(String.raw`\b(?:the\s+)?official\s+(?:(?:death|casualty)\s+)?(?:(?:figures?|toll|count|tally|estimates?|number|total)\s*(?:of|at|is|was|stands at|stood at|,)?\s+)?$`, 'iu');
// "the ministry's estimate of 900", "the Red Cross's own figure of 1,200" (not "the storm's toll": a toll is nobody's estimate).
const POSSESSIVE = new RegExp(String.raw`([\p{L}][\p{L}.&-]*)['’]s?\s+(?:own\s+|latest\s+|revised\s+|new\s+|initial\s+|earlier\s+)?(?:figures?|estimates?|count|tally)\s+(?:of|at|is|was|stands at|stood at)\s+${QUALIFIER}$`, 'u');
// "X put the number of displaced people at 11,000", "police estimated the crowd at 12,000", "it puts the toll at 40".
const PUT_AT = new RegExp(String.raw`([\p{L}][\p{L}.&-]*)\s+(?:(?:also|now|later|initially|has|have|had|earlier|themselves|itself)\s+)*(?:put|puts|putting|placed|places|estimated|estimates|estimate)\s+(?:(?:the|its|their|this|that|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,6}?at\s+${QUALIFIER}$`, 'u');

const DETERMINER = /^(?:the|a|an|its|their|our|this|that)$/i;
// Words that name no source: pronouns (not guessed), and relatives.
const NO_SOURCE = /^(?:he|she|it|they|we|i|you|who|which|that|this|these|those|one|someone|others?)$/i;
/** A passive has no source before its verb: "damage was estimated at $3m". */
const PASSIVE = /^(?:was|were|is|are|be|been|being)$/i;
/** Words a description may have before its head: "the local council", "the regional health ministry". */
const MODIFIER = /^\p{Ll}[\p{L}-]*$/u;

/**
 * The phrase ending with the word at [start, end): a capitalised name runs back over capitalised
 * words ("the Red Lantern Society"), a description over up to two lower-case words; either takes
 * a determiner right before it, never back past `floor` (the sentence's start). Null for a pronoun or relative.
 */
function phraseEnding(text: string, start: number, end: number, floor: number): Span | null {
  const head = text.slice(start, end);
  if (NO_SOURCE.test(head)) return null;
  // Not before the sentence's start: "… from Tarn Square. Police put the crowd at 12,000" is the police's.
  const back = Math.max(0, floor, start - 80);
  const words = [...text.slice(back, start).matchAll(/[\p{L}][\p{L}.&'’-]*/gu)].map((m) => ({ text: m[0], start: back + m.index! }));
  let from = start;
  const name = /^\p{Lu}/u.test(head);
  let taken = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // Only spaces between the words: a comma or a quotation mark ends the phrase.
    if (!/^\s+$/u.test(text.slice(w.start + w.text.length, from))) break;
    if (DETERMINER.test(w.text)) {
      from = w.start;
      break;
    }
    if (name ? !/^\p{Lu}/u.test(w.text) && w.text !== 'of' : !MODIFIER.test(w.text) || taken >= 2 || NO_SOURCE.test(w.text)) break;
    from = w.start;
    taken++;
  }
  return { start: from, end };
}

/** Where the figure's sentence starts, within REACH characters before `at`. */
function windowStart(text: string, at: number): number {
  const from = Math.max(0, at - REACH);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) start = from + m.index! + m[0].length;
  return start;
}

// "the 410 cases reported by the health ministry", "a figure of 530 cases given by the agency".
const BY_AFTER = /^\s+(?:(?:first|officially|already)\s+)?(?:reported|announced|recorded|given|published|released|confirmed|counted|cited)\s+by\s+((?:the\s+)?(?:[\p{L}][\p{L}.&'’-]*\s+){0,4}?[\p{L}](?:[\p{L}.&'’-]*[\p{L}])?)(?=\s*(?:[,.;:!?)]|$|\s+(?:on|in|at|for|since|and|but|which|who|that|last|earlier|from|to|with|as|after|before)\b))/u;

/** The source named after the figure by a passive of reporting: "the 410 cases reported by the ministry" (outbreak review, finding 7). */
function sayerAfter(text: string, figureEnd: number): SayerPhrase | null {
  const m = BY_AFTER.exec(text.slice(figureEnd, figureEnd + REACH));
  if (!m) return null;
  const start = figureEnd + m.index! + m[0].length - m[1]!.length;
  const head = m[1]!.split(/\s+/).pop()!;
  if (NO_SOURCE.test(head)) return null;
  return { span: { start, end: start + m[1]!.length } };
}

/** The source named in the figure's own phrase ("the official figure of", "X put … at", "X's estimate of", "N … reported by X"), else null. */
export function sayerInPhrase(text: string, figureStart: number, figureEnd?: number): SayerPhrase | null {
  const after = figureEnd === undefined ? null : sayerAfter(text, figureEnd);
  if (after) return after;
  const from = windowStart(text, figureStart);
  const before = text.slice(from, figureStart);
  // A named source first: "the directorate has put the official death toll at 47" is the directorate's.
  for (const re of [POSSESSIVE, PUT_AT]) {
    const m = re.exec(before);
    if (!m || PASSIVE.test(m[1]!)) continue;
    const at = from + m.index!;
    const span = phraseEnding(text, at, at + m[1]!.length, from);
    if (span) return { span };
  }
  return OFFICIAL.test(before) ? { name: 'officials' } : null;
}
