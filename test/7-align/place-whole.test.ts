// A place's count equal to the story's plain count is that count; residents' counts stay parts.
import { describe, expect, it } from 'vitest';
import { placeAsWhole } from '../../src/7-align/place-whole.js';

const f = (value: number, counted: string) => ({ value, high: null, counted });

describe('placeAsWhole', () => {
  it.each([
    [['count||case|at:brisa', 'count||case'], [f(48, 'cases'), f(48, 'cases')], ['count||case', 'count||case']],
    [['count||case|at:brisa', 'count||case'], [f(350, 'cases'), f(410, 'cases')], ['count||case|at:brisa', 'count||case']],
    [['count|displace||at:oldby', 'count|displace|'], [f(1200, 'Oldby residents'), f(1200, 'people')], ['count|displace||at:oldby', 'count|displace|']],
  ] as const)('%j', (keys, figures, expected) => {
    expect(placeAsWhole(keys, figures)).toEqual(expected);
  });
});
