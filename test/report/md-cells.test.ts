// Cutting text for Markdown cells: at a word boundary when one is near, with an ellipsis.
import { describe, expect, it } from 'vitest';
import { short, eventDays } from '../../src/report/md-cells.js';

describe('short', () => {
  it.each([
    ['About 70 percent of the clinics are still working', 30, 'About 70 percent of the…'],
    ['Fifty-eight detainees, freed', 25, 'Fifty-eight detainees…'],
    ['The first convoy to use the humanitarian corridor agreed at ', 60, 'The first convoy to use the humanitarian corridor agreed at '],
    ['The first convoy to use the humanitarian corridor agreed at the talks', 60, 'The first convoy to use the humanitarian corridor agreed…'],
    // No space near the end: cut inside the word.
    ['Supercalifragilisticexpialidocious words', 12, 'Supercalifr…'],
    ['short', 10, 'short'],
  ])('%s (%i)', (text, n, cut) => {
    expect(short(text, n)).toBe(cut);
    expect(short(text, n).length).toBeLessThanOrEqual(n);
  });
});

describe('eventDays', () => {
  it.each([
    [{ start: '2025-10-14T07:00:00Z', end: '2025-10-15T18:00:00Z' }, '2025-10-14 – 2025-10-15'],
    [{ start: '2025-10-14T07:00:00Z', end: '2025-10-14T18:00:00Z' }, '2025-10-14'],
    [{ start: '2025-10-14T07:00:00Z', end: '2025-10-16T09:00:00Z', endEstimated: true }, '2025-10-14 – 2025-10-16 (est.)'],
    [{ start: null, end: null }, 'undated'],
  ])('%j -> %s', (e, expected) => expect(eventDays(e)).toBe(expected));
});
