// The interval a figure stands for when outlets' figures are compared in claims. An "up to N"
// figure is N itself with an upper-bound flag (its qualifier): "up to 1,200 jobs" announced on
// Monday and "950 jobs" on Saturday are two values (a revision), not one value that 950 fits in.
// Every other wording keeps the interval agree.ts gives it ("at least 40" -> [40, ∞)).
import type { Figure } from '../6-extract/figures/index.js';
import { intervalOf, type Interval } from './agree.js';

export function claimInterval(f: Pick<Figure, 'value' | 'high' | 'qualifier'>): Interval {
  return intervalOf(f.qualifier === 'up-to' ? { value: f.value, high: f.high, qualifier: 'exact' } : f);
}
