// Participles of verbs that need a hearer or a target before "of"/"to" in the active: without one
// they are passive, reduced ("Vikk went on trial, accused of taking bribes") or sharing an earlier
// auxiliary ("Vikk was fined and ordered to repay the city"); the subject is the one accused or
// ordered, never the speaker. "He ordered them to leave", "prosecutors accused him of lying" keep
// their object; "she asked to speak", "he warned of delays", "she told of her ordeal" are active
// and not listed.

/** Participle -> the words that follow it only in the passive. */
const PASSIVE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['accused', new Set(['of'])],
  ['ordered', new Set(['to'])],
  ['urged', new Set(['to'])],
  ['told', new Set(['to'])],
  ['instructed', new Set(['to'])],
  ['advised', new Set(['to', 'of'])],
  ['informed', new Set(['of'])],
  ['reminded', new Set(['of', 'to'])],
  ['persuaded', new Set(['to'])],
]);

/** Is the participle (lower-case) before `next` a passive with no speaker of its own? */
export function passiveWithoutObject(word: string, next: string | undefined): boolean {
  return next !== undefined && (PASSIVE_BEFORE.get(word)?.has(next) ?? false);
}
