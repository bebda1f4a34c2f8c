// A reaction received, its target as subject: "The levy drew sharp criticism from farmers", "Okafor
// has faced criticism over the vote", "the plan won praise from the council". Like the passive of
// praise and blame (targets.ts), the subject is what the reaction is about (the content), and the
// phrase after "from" the ones who reacted (the source); without it no one is named. Support
// counts only with its givers ("Okafor has the backing of most farmers", "won support from …").
import type { Token } from './tokens.js';
import type { Cue } from './cues.js';
import { type Range, isBetween, phraseEndingAt, phraseStartingAt } from './phrases.js';
import { LIGHT_FILLERS } from './model/light-verbs.js';

export interface Reception { cue: Cue; speaker: Range | null; channel: null; content: Range; impression?: true }

const forms = (rows: string): Map<string, string> => new Map(rows.split(',').flatMap((row) => {
  const list = row.trim().split(' ');
  return list.map((f) => [f, list[0]!] as const);
}));

/** Verbs of receiving or provoking a reaction, by form: lemma. */
const RECEIVING = forms(`draw drew draws drawing drawn, face faced faces facing, receive received receives receiving,
  attract attracted attracts attracting, earn earned earns earning, win won wins winning, garner garnered garners garnering,
  endure endured endures enduring, spark sparked sparks sparking, provoke provoked provokes provoking`);

/** Verbs that hold or gain support, by form: with a noun of support and its givers only ("has the backing of …"). */
const HOLDING = forms(`have has had having, enjoy enjoys enjoyed enjoying, gain gains gained gaining, secure secures secured securing,
  consolidate consolidates consolidated consolidating`);

/** Support received, only with "from" or "of" and who gives it: "won the support of most delegates". */
const SUPPORT = new Set('support backing endorsement endorsements'.split(' '));

// Between verb and noun, besides the light verbs' fillers: "won overwhelming support from".
const RECEPTION_FILLERS = new Set([...LIGHT_FILLERS, ...'overwhelming full more broad widespread sizable unanimous key crucial official formal'.split(' ')]);

/** Reactions of praise or blame received. */
const REACTIONS = new Set(`criticism criticisms praise scorn ire condemnation rebuke rebukes backlash complaints applause
  outrage attacks ridicule derision censure`.split(/\s+/));

// A count or share opening the givers: "52 percent", "nearly four in 10".
const SHARE_START = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|nearly|about|almost|roughly)\b)/;

// At most this many fillers between verb and noun: "drew sharp public criticism".
const MAX_FILLERS = 2;

/** Is token k a verb of receiving (cheap test before receptionAt)? */
export function mayBeReception(t: Token): boolean {
  return t.isWord && !t.isCapital && (RECEIVING.has(t.lower) || HOLDING.has(t.lower));
}

/** The reaction received at token k; its subject may not start left of `left`. */
export function receptionAt(tokens: readonly Token[], k: number, left: number, hi: number): Reception | null {
  const t = tokens[k]!;
  const lemma = RECEIVING.get(t.lower) ?? HOLDING.get(t.lower);
  if (!lemma || !t.isWord || t.isCapital) return null;
  let noun = k + 1;
  while (noun <= hi && noun - k <= MAX_FILLERS && RECEPTION_FILLERS.has(tokens[noun]!.lower)) noun++;
  const w = tokens[noun]?.lower ?? '';
  const support = SUPPORT.has(w) && /^(?:from|of)$/.test(tokens[noun + 1]?.lower ?? '');
  if (noun > hi || !(support || (REACTIONS.has(w) && RECEIVING.has(t.lower)))) return null;
  // Back over the verb group ("has been", "will likely") to the subject: the target.
  let end = k - 1;
  while (end >= left && isBetween(tokens[end]!)) end--;
  if (end < left || !tokens[end]!.isWord) return null;
  const subject = phraseEndingAt(tokens, end, left);
  if (!subject) return null;
  const from = tokens[noun + 1]?.lower === 'from' || support ? phraseStartingAt(tokens, noun + 2, hi) : null;
  // "has support from 52 percent of growers": a poll's share, not someone's backing.
  if (support && (!from || SHARE_START.test(tokens[from[0]]!.lower))) return null;
  const cue: Cue = { first: k, last: from ? noun + 1 : noun, lemma: `${lemma} ${tokens[noun]!.lower}` };
  return from ? { cue, speaker: from, channel: null, content: subject } : { cue, speaker: null, channel: null, content: subject, impression: true };
}
