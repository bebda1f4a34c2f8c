// Verbs that judge or liken only with their object and a link word after it: "voters see him as
// a uniter", "Okafor compared the levy to a toll", "many view the deal as lost" ("compared with 40
// percent" and "a view of the harbour" are no cues). Used by cueAt (cues.ts).
import type { Token } from './tokens.js';
import { isLyAdverb } from './phrases.js';
import { wordsUntil } from './frame.js';
import { AS_VERBS } from './model/cue-rules.js';

// How far "as" may follow "see": "see the governor of the state as …".
const AS_REACH = 8;
// Verbs of likening, whose object is followed by "to" or "with".
const LIKENING = new Set(['compare', 'link', 'equate', 'contrast', 'conflate']);

/** "view the levy as a tax": an object after "view" at k, then "as" (not "such as", "views on …"). */
export function viewedAs(tokens: readonly Token[], k: number, hi: number): boolean {
  const next = tokens[k + 1];
  if (!next?.isWord || /^(?:as|of|on|that|about)$/.test(next.lower)) return false;
  const as = wordsUntil(tokens, k + 2, hi, AS_REACH, 'as');
  return as >= 0 && tokens[as - 1]!.lower !== 'such';
}

/**
 * After a verb of AS_VERBS at from - 1: "that" right after it, or "as" after its object, with
 * only words between; for a verb of likening its object, then "to" or "with" ("compared the levy
 * to a toll", not "compared with 40 percent", "linking arms", "contrasts markedly with").
 */
export function asFollows(tokens: readonly Token[], from: number, hi: number): boolean {
  if (LIKENING.has(AS_VERBS.get(tokens[from - 1]!.lower)!)) {
    const object = tokens[from];
    if (!object?.isWord || /^(?:to|with|up|arms)$/.test(object.lower) || isLyAdverb(object.lower)) return false;
    return wordsUntil(tokens, from + 1, hi, AS_REACH, 'to') >= 0 || wordsUntil(tokens, from + 1, hi, AS_REACH, 'with') >= 0;
  }
  return tokens[from]?.lower === 'that' || wordsUntil(tokens, from + 1, hi, AS_REACH, 'as') >= 0;
}
