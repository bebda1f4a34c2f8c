// An untitled article's opening words title its storyline: cut at a word, never mid-word.
import { describe, expect, it } from 'vitest';
import { leadOf } from '../../src/5-cluster/index.js';

describe('leadOf', () => {
  it.each([
    ['Short opening.', 'Short opening.'],
    ['The Tavish valley rail line reopened on Friday after a landslide, the operator Northrail said.', 'The Tavish valley rail line reopened on Friday after a landslide, the operator…'],
    ['The Tavish valley rail line reopened on Friday after a long and costly closure, following a landslide.', 'The Tavish valley rail line reopened on Friday after a long and costly closure…'], // a whole word ends at 79; no comma before …
    ['Line one\n\n  of the   story, spread over   several lines with extra spaces between words here.', 'Line one of the story, spread over several lines with extra spaces between…'],
    ['x'.repeat(100), `${'x'.repeat(79)}…`], // one long word: cut where it must
    ['Exactly eighty characters long, this opening fits as it is with nothing cut aaa.', 'Exactly eighty characters long, this opening fits as it is with nothing cut aaa.'],
  ])('%s', (text, lead) => {
    expect(leadOf(text)).toBe(lead);
    expect(leadOf(text).length).toBeLessThanOrEqual(80);
  });
});
