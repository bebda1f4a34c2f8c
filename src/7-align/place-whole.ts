// A place's count that equals the story's count of the same thing is that count: when the whole
// outbreak is in one province, "48 cases were confirmed in Carrow Province" (key
// "count||case|at:carrow") and "laboratories confirmed 48 cases" ("count||case") are one report
// of one quantity. A place's count of another value stays a part ("350 of the cases in Carrow"),
// and so does a count of a place's residents: "1,200 Oldfen residents" were evacuated from one
// village even when a vaguer "1,200 people" elsewhere has the same value (flood review).
import type { Figure } from '../6-extract/figures/index.js';
import { RESIDENTS } from '../6-extract/figures/place.js';

/** The key without its place: "count||case|at:carrow" -> "count||case". */
const withoutPlace = (key: string) => key.replace(/\|at:[^|]*/, '');

/** `keys[i]` is figures[i]'s key (null for none); a place's key joins the plain key that has its value. */
export function placeAsWhole(keys: ReadonlyArray<string | null>, figures: ReadonlyArray<Pick<Figure, 'value' | 'high' | 'counted'>>): Array<string | null> {
  const values = new Map<string, Set<string>>();
  const valueOf = (i: number) => `${figures[i]!.value}-${figures[i]!.high ?? ''}`;
  keys.forEach((k, i) => {
    if (k === null || k.includes('|at:')) return;
    const set = values.get(k) ?? new Set<string>();
    set.add(valueOf(i));
    values.set(k, set);
  });
  return keys.map((k, i) => {
    if (k === null || !k.includes('|at:') || RESIDENTS.has(figures[i]!.counted?.toLowerCase().split(/\s+/).pop() ?? '')) return k;
    const plain = withoutPlace(k);
    return values.get(plain)?.has(valueOf(i)) ? plain : k;
  });
}
