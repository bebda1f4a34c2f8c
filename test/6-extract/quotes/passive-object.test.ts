import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only. A participle that needs its hearer or target in the active ("accused
// him of", "ordered them to") is passive when "of"/"to" follows it at once: the subject is the one
// accused or ordered, not a speaker (trial review 3: "Reventh … went on trial, accused of moving
// 31 million crowns" made the defendant the speaker of the charge).
const mentions = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text ?? null, m.cue?.text ?? null, m.content.text]);

describe('passive participles without their object', () => {
  it.each([
    'Arno Vikk, the former mayor of Tessel, went on trial on Monday, accused of taking 3 million dalers in bribes.',
    'Vikk was also fined 40,000 dalers and ordered to repay 3 million dalers to the city.',
    'The two guards, told to stay silent, left the court.',
    'Vikk, urged to resign by his party, stayed on.',
  ])('no one speaks: %s', (text) => expect(mentions(text)).toEqual([]));

  it.each([
    ['Prosecutors accused him of taking bribes.', ['Prosecutors', 'accused', 'of taking bribes']],
    ['The judge ordered him to repay the city.', ['The judge', 'ordered', 'him to repay the city']],
    ['She told reporters she would appeal.', ['She', 'told', 'she would appeal']],
  ])('the active keeps its speaker: %s', (text, expected) => expect(mentions(text)[0]).toEqual(expected));
});
