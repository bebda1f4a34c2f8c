import { describe, expect, it } from 'vitest';
import { partLabel, quantityLabel } from '../../src/report/markdown-claims.js';
import type { Report } from '../../src/report/schema.js';

type Claim = Report['claims'][number];
// Only the fields the labels read: a figure claim's key and its values, leading value first.
const figure = (quantity: string, ...texts: string[]) => ({ quantity, values: texts.map((text) => ({ text })) }) as unknown as Claim;

describe('quantityLabel', () => {
  it.each([
    ['count|die|', 'die'],
    ['count||soldier', 'soldier'],
    ['money:USD|spend|', 'spend (USD)'],
    ['count|die||in:count|hold|', 'die — among: hold'],
    ['date|truce|begin', 'date the truce began'],
    [null, '—'],
  ])('%s -> %s', (key, label) => expect(quantityLabel(key)).toBe(label));
});

describe('partLabel: a part named with the leading value of each whole', () => {
  const claims = [figure('count|hold|', '64 passengers', '60 passengers'), figure('count|hold||in:count|hold|', '18')];
  it.each([
    ['count|die||in:count|hold||in:count|hold|', 'die — among: 18 (hold) — among: 64 passengers (hold)'],
    ['count|hold||in:count|hold|', 'hold — among: 64 passengers (hold)'],
    // A whole the claims do not give keeps its bare label.
    ['count|free||in:count|seize|', 'free — among: seize'],
    ['count|hold|', 'hold'],
  ])('%s -> %s', (key, label) => expect(partLabel(key, claims)).toBe(label));
});
