// Which channels are occasions every reporter could hear, and which name the outlet itself.
import { describe, expect, it } from 'vitest';
import { isPublicOccasion, isSelfReference } from '../../../src/6-extract/quotes/model/channels.js';

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
