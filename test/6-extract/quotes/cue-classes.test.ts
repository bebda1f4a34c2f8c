import { describe, expect, it } from 'vitest';
import { extractQuotes, type QuoteMention } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only. Attribution cues beyond the verbs of saying: manner of speaking,
// judgment, characterising, attitudes. Each row: input, then the expected single mention
// [kind, content, cue, speaker] (null where nothing is expected).
type Row = [string, QuoteMention['kind'], string, string | null, string | null];

function check([text, kind, content, cue, speaker]: Row): void {
  const found = extractQuotes(text);
  expect(found, JSON.stringify(found.map((m) => m.content.text))).toHaveLength(1);
  const m = found[0]!;
  expect({ kind: m.kind, content: m.content.text, cue: m.cue?.text ?? null, speaker: m.speaker?.text ?? null }).toEqual({ kind, content, cue, speaker });
}

describe('verb classes', () => {
  const rows: Row[] = [
    ['“Nobody asked me,” Haddad grumbled.', 'direct', 'Nobody asked me', 'grumbled', 'Haddad'],
    ['Mayor Ilsa Varn hailed the ruling as a victory for tenants.', 'reported', 'the ruling as a victory for tenants', 'hailed', 'Mayor Ilsa Varn'],
    ['Critics branded the plan a stunt.', 'reported', 'the plan a stunt', 'branded', 'Critics'],
    ['Okafor confided that the talks had stalled.', 'reported', 'the talks had stalled', 'confided', 'Okafor'],
    ['The council voted against the new bridge.', 'reported', 'against the new bridge', 'voted', 'The council'],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves the nouns of these verbs alone', () => {
    expect(extractQuotes('The vote in Velmora was close.')).toEqual([]);
    expect(extractQuotes('A whisper went round the hall in Dunmore.')).toEqual([]);
  });
});
