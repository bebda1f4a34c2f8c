// The table rows of the cue tests (cue-classes, context): an invented sentence and the one
// mention expected in it, [kind, content, cue, speaker] (null where nothing is expected).
import { expect } from 'vitest';
import { extractQuotes, type QuoteMention } from '../../../src/6-extract/quotes/index.js';

export type Row = [string, QuoteMention['kind'], string, string | null, string | null];

export function check([text, kind, content, cue, speaker]: Row): void {
  const found = extractQuotes(text);
  expect(found, JSON.stringify(found.map((m) => m.content.text))).toHaveLength(1);
  const m = found[0]!;
  expect({ kind: m.kind, content: m.content.text, cue: m.cue?.text ?? null, speaker: m.speaker?.text ?? null }).toEqual({ kind, content, cue, speaker });
}
