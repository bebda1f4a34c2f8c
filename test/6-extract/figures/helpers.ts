// Shared checks for the figure tests: find a figure by its text, and the offset invariants.
import { expect } from 'vitest';
import { extractFigures, type Figure } from '../../../src/6-extract/figures/index.js';

/** The figure whose text is exactly `text` (fails the test when there is none). */
export function figureNamed(sentence: string, text: string): Figure {
  const figures = extractFigures(sentence);
  const found = figures.find((f) => f.text === text);
  if (!found) throw new Error(`no figure "${text}" in "${sentence}"; got ${JSON.stringify(figures.map((f) => f.text))}`);
  return found;
}

/** Offsets inside the text, text matches the slice, sorted, non-overlapping, parents earlier (or the next figure, itself without a parent: "58 of the 251 …"). */
export function expectInvariants(text: string, figures: Figure[]): void {
  let previousEnd = 0;
  figures.forEach((f, i) => {
    expect(f.start).toBeGreaterThanOrEqual(previousEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(Number.isFinite(f.value)).toBe(true);
    if (f.high !== null) expect(f.high).toBeGreaterThan(f.value);
    if (f.parent !== null) expect(f.parent).toBeGreaterThanOrEqual(0);
    if (f.parent !== null && f.parent > i) {
      expect(f.parent).toBe(i + 1);
      expect(figures[i + 1]!.parent).toBeNull();
    } else if (f.parent !== null) expect(f.parent).toBeLessThan(i);
    previousEnd = f.end;
  });
}
