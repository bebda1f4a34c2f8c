// Which channels are occasions every reporter could hear, and which name the outlet itself.
import { describe, expect, it } from 'vitest';
import { isPublicOccasion, isSelfReference } from '../../../src/6-extract/quotes/model/channels.js';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

describe('isPublicOccasion', () => {
  it.each([
    ['reporters', true],
    ['reporters outside', true],
    ['reporters outside the union hall', true],
    ['cheering supporters', true],
    ['a news conference', true],
    ['a statement on Monday', true],
    ['journalists gathered at the gate', true],
    ['TV', true],
    ['Parliament', true],
    // A court's published ruling, a company's call with investors: anyone could read or hear them.
    ['its ruling', true],
    ['the written judgment', true],
    ['investors on a call', true],
    ['the Northgate Post', false], // a newspaper's name, not a social-media post
    ['AFP', false],
    ['the Ledger', false],
    ['a friend', false],
  ])('%s -> %s', (channel, expected) => expect(isPublicOccasion(channel)).toBe(expected));
});

describe('isSelfReference', () => {
  it.each([
    ['us', true],
    ['this newspaper', true],
    ['the newspaper', false],
  ])('%s -> %s', (channel, expected) => expect(isSelfReference(channel)).toBe(expected));
});

// Review G finding 12: the hearer after "told" keeps its place and leaves the time out; a court's
// ruling is where words were written, not what was written.
describe('channels read off the frame', () => {
  const rows = (text: string) => extractQuotes(text).map((m) => [m.cue?.text ?? null, m.channel?.text ?? null, m.content.text]);
  it.each([
    ['“We will stay,” Mira Tasso told the crowd outside the town hall.', [['told', 'the crowd outside the town hall', 'We will stay']]],
    ['“We will stay,” Tasso told reporters outside the court.', [['told', 'reporters outside the court', 'We will stay']]],
    ['The company had told investors last week that the depot would close.', [['told', 'investors', 'the depot would close']]],
    ['Pellard "broke a promise", judge Ivo Brandt wrote in the ruling.', [['wrote', 'the ruling', 'broke a promise']]],
    ['The judge wrote in the verdict that the line had broken the law.', [['wrote', 'the verdict', 'the line had broken the law']]],
    // Protest review 7: an outlet written in common words after "an interview with" is the channel,
    // and the quote after the colon keeps its verb (was: a reported "with state television", no verb).
    ['Minister Ana Varo said in an interview with state television: "We will not resign."', [['said', 'state television', 'We will not resign.']]],
    ['Minister Ana Varo said in an interview with state broadcaster DTV: "We will not resign."', [['said', 'state broadcaster DTV', 'We will not resign.']]],
    ['Minister Ana Varo said in an interview on local radio that she would not resign.', [['said', 'local radio', 'she would not resign']]],
    ['Minister Ana Varo said in a speech to the party congress that she would not resign.', [['said', 'a speech', 'she would not resign']]],
  ])('%s', (text, expected) => expect(rows(text)).toEqual(expected));
});
