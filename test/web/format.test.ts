// The date range shown on event cards: one day once, a span with a dash, estimates marked.
import { describe, expect, it } from 'vitest';
import { dateRange, dated } from '../../web/client/format.js';

describe('dateRange', () => {
  const rows: Array<[string | null, string | null, { start?: boolean; end?: boolean }, string]> = [
    [null, null, {}, 'undated'],
    ['2025-03-18T09:00:00Z', '2025-03-18T17:00:00Z', {}, '2025-03-18'],
    ['2025-03-18T09:00:00Z', '2025-03-20T09:00:00Z', {}, '2025-03-18 – 2025-03-20'],
    ['2025-03-18T09:00:00Z', '2025-03-20T09:00:00Z', { start: true }, '2025-03-18 (est.) – 2025-03-20'],
    ['2025-03-18T09:00:00Z', '2025-03-20T09:00:00Z', { end: true }, '2025-03-18 – 2025-03-20 (est.)'],
    ['2025-03-18T09:00:00Z', '2025-03-18T09:00:00Z', { start: true, end: true }, '2025-03-18 (est.)'],
    ['2025-03-18T09:00:00Z', null, { start: true }, '2025-03-18 (est.)'],
  ];
  it.each(rows)('%s – %s %o', (start, end, estimated, shown) => {
    expect(dateRange(start, end, estimated)).toBe(shown);
  });
});

describe('dated', () => {
  it('marks an estimated publication day, and never an undated one', () => {
    expect(dated('2025-03-18T09:00:00Z', true)).toBe('2025-03-18 (est.)');
    expect(dated('2025-03-18T09:00:00Z', false)).toBe('2025-03-18');
    expect(dated('2025-03-18T09:00:00Z')).toBe('2025-03-18');
    expect(dated(null, true)).toBe('undated');
  });
});
