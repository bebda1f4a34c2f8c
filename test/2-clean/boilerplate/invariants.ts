// Checks shared by the example and property tests: every input paragraph ends up exactly once,
// in the body or in one boilerplate list, nothing is invented, nothing is empty.
import { expect } from 'vitest';
import { classifyParagraphs, parseDateline, separateBoilerplate } from '../../../src/2-clean/boilerplate/index.js';
import { CREDIT_LABELS } from '../../../src/2-clean/boilerplate/model/credits.js';

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const hasContent = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);
const LABELS = new RegExp(`\\b(?:${[...CREDIT_LABELS, 'of', 'by'].sort((a, b) => b.length - a.length).join('|')})\\b`, 'giu');

export function checkInvariants(input: string[], ctx: { title?: string | null } = {}): void {
  const { trace } = classifyParagraphs(input, ctx);
  const result = separateBoilerplate(input, ctx);
  expect(trace.map((t) => t.index)).toEqual(input.map((_p, i) => i));

  const lists: Record<string, string[]> = { paragraphs: [], captions: [], credits: [], related: [], notes: [], bylines: [] };
  for (const t of trace) {
    const source = input[t.index]!;
    if (!hasContent(source)) {
      expect(t.pieces, `empty paragraph ${JSON.stringify(source)}`).toEqual([]);
      continue;
    }
    expect(t.pieces.length, `paragraph ${t.index} went nowhere: ${JSON.stringify(source)}`).toBeGreaterThan(0);
    expect(t.pieces.filter((p) => p.slot === 'paragraphs').length).toBeLessThanOrEqual(1);
    for (const p of t.pieces) {
      lists[p.slot]!.push(p.text);
      expect(hasContent(p.text), `empty piece from ${JSON.stringify(source)}`).toBe(true);
      expect(squash(source), `piece not taken from its paragraph`).toContain(squash(p.text));
      if (t.rule === 'body') expect(p.text).toBe(source.trim());
    }
    // Longest pieces first, so a caption inside its own credit line is not cut twice. Every
    // occurrence of a piece goes, or, when the same words stand twice in a paragraph
    // ("Advertisement Click here to Photo: Advertisement Click here to JANE ROE"), each piece once.
    const longest = [...t.pieces].sort((a, b) => b.text.length - a.text.length).map((p) => squash(p.text));
    const residuals = [
      longest.reduce((r, p) => r.split(p).join(' '), squash(source)),
      longest.reduce((r, p) => r.replace(p, ' '), squash(source)),
    ].map((r) => {
      if (!t.rule.includes('dateline')) return r;
      const d = parseDateline(`${squash(r)} X`); // a sentinel sentence after the dateline prefix
      return d?.rest === 'X' ? '' : r;
    });
    const residual = residuals.find((r) => !hasContent(r.replace(LABELS, ' '))) ?? residuals[0]!;
    expect(hasContent(residual.replace(LABELS, ' ')), `text lost from ${JSON.stringify(source)}: ${JSON.stringify(residual)}`).toBe(false);
  }
  expect(result.paragraphs).toEqual(lists.paragraphs);
  for (const k of ['captions', 'credits', 'related', 'notes', 'bylines'] as const) expect(result.boilerplate[k]).toEqual(lists[k]);
}
