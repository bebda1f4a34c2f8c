// The quantity a figure counts, as a key two outlets' figures must share to be compared.
// Samples: "at least 40 people were killed" -> "count|die|people"; "40 hostages" ->
// "count|hold|"; "$3bn in aid" -> "money:USD||aid"; a bare "40" -> null (not comparable).
import type { Figure } from '../6-extract/figures/index.js';
import { ACTION_CLASSES, NOUN_ACTIONS, NOUN_CLASSES, PEOPLE_NOUNS, PERSON_NOUNS, POPULATION_NOUNS } from './model/quantities.js';

const NOUN_CLASS_OF = new Map<string, string>(Object.entries(NOUN_CLASSES).flatMap(([cls, ws]) => ws.map((w) => [w, cls] as [string, string])));
const CLASS_OF = new Map<string, string>(Object.entries(ACTION_CLASSES).flatMap(([cls, ws]) => ws.map((w) => [w, cls] as [string, string])));

/** Nouns whose count is a manner of speaking, not a fact: "both sides", "two ways", "three times". */
const UNCOUNTED_NOUNS: ReadonlySet<string> = new Set(['side', 'way', 'time', 'thing', 'reason', 'option', 'word', 'hand']);

const IRREGULAR: Record<string, string> = { children: 'child', men: 'man', women: 'woman', people: 'people', feet: 'foot', mice: 'mouse', teeth: 'tooth', geese: 'goose' };

/** "palestinian prisoners" -> "prisoner": the head noun, singular. */
export function headNoun(counted: string): string {
  const words = counted.toLowerCase().split(/\s+/).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  const irregular = IRREGULAR[head];
  if (irregular) return irregular;
  if (/ies$/.test(head) && head.length > 4) return head.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(head)) return head;
  if (/(ch|sh|x)es$/.test(head)) return head.slice(0, -2);
  return head.replace(/s$/, '');
}

export function actionClass(action: string | null): string | null {
  if (!action) return null;
  const a = action.toLowerCase().trim();
  return CLASS_OF.get(a) ?? CLASS_OF.get(a.split(/\s+/).pop()!) ?? null;
}

/**
 * `before` is the word just before the figure, for actions written ahead of it: "pledged
 * $50 million", "freed 58" (the figure extractor reads actions after the number).
 */
export function figureKey(f: Pick<Figure, 'kind' | 'currency' | 'counted' | 'action'>, before: string | null = null): string | null {
  if (f.kind === 'age' || f.kind === 'other') return null;
  const kind = f.kind === 'money' ? `money:${f.currency ?? '?'}` : f.kind;
  const counted = f.counted?.toLowerCase().trim() ?? null;
  const nounAction = counted ? (NOUN_ACTIONS[counted] ?? NOUN_ACTIONS[counted.split(/\s+/).pop()!] ?? null) : null;
  const action = actionClass(f.action) ?? nounAction ?? actionClass(before);
  let noun = counted && !nounAction ? headNoun(counted) : '';
  // "the two sides", "in three ways": a number of this kind says nothing checkable.
  if (UNCOUNTED_NOUNS.has(noun) && !action) return null;
  noun = NOUN_CLASS_OF.get(noun) ?? noun;
  if (PEOPLE_NOUNS.has(noun) || PEOPLE_NOUNS.has(`${noun}s`)) {
    if (!action) return null;
    noun = '';
  }
  // Under an action, the crowd an event happens to is its people: "30 workers injured" = "14 people injured"'s quantity.
  if (action && POPULATION_NOUNS.has(noun)) noun = '';
  // Who struck or marched is the crowd counted, whatever it is called: "2,400 dockers" walk out = "2,400 members".
  if ((action === 'strike' || action === 'protest') && PERSON_NOUNS.has(noun)) noun = '';
  if (!action && !noun) return null;
  // A percentage without what it is a share of says too little to compare.
  if (f.kind === 'percent' && !noun) return null;
  return `${kind}|${action ?? ''}|${noun}`;
}
