// Do two figures for the same quantity agree? Each becomes the interval its wording allows
// ("at least 40" -> [40, ∞), "about 40" -> [36, 44], "30-40" -> [30, 40]); they agree when
// the intervals meet. Sample: "at least 40" and "45" agree; "40" and "45" conflict.
import type { Figure } from '../6-extract/figures/index.js';

export type Interval = [number, number];

/** How far "about" and "nearly" reach, as a share of the value. */
const ABOUT = 0.1;

export function intervalOf(f: Pick<Figure, 'value' | 'high' | 'qualifier'>): Interval {
  const lo = f.value;
  const hi = f.high ?? f.value;
  switch (f.qualifier) {
    case 'at-least':
      return [lo, Infinity];
    case 'more-than':
      return [lo + Math.min(1, lo * 1e-6), Infinity];
    case 'about':
      return [lo * (1 - ABOUT), hi * (1 + ABOUT)];
    case 'nearly':
      return [lo * (1 - ABOUT), hi];
    case 'at-most':
    case 'up-to':
      return [0, hi];
    case 'less-than':
      return [0, hi - Math.min(1, hi * 1e-6)];
    default:
      return [lo, hi];
  }
}

export function meet(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  return lo <= hi ? [lo, hi] : null;
}

export const agree = (a: Pick<Figure, 'value' | 'high' | 'qualifier'>, b: Pick<Figure, 'value' | 'high' | 'qualifier'>): boolean => meet(intervalOf(a), intervalOf(b)) !== null;
