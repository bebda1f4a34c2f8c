import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only: a view credited with "in X's view", like "according to X".
const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text]);

describe('"in X\'s view"', () => {
  it.each([
    ['In his view, the levy was a mistake.', [['his', 'view', 'the levy was a mistake']]],
    ["The bridge was doomed from the start, in Okafor's opinion.", [["Okafor's", 'opinion', 'The bridge was doomed from the start']]],
    ["In the mayor's own estimation, the mill will reopen.", [["the mayor's", 'estimation', 'the mill will reopen']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves a view that is not a frame alone', () => {
    expect(extractQuotes('Okafor changed her view in the end.')).toEqual([]);
    expect(extractQuotes('The mill was in her view from the bridge every morning.')).toEqual([]);
  });
});
