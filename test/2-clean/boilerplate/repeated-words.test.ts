import { describe, it } from 'vitest';
import { checkInvariants } from './invariants.js';

// Found by the property test (fast-check seed -374708767): the same words twice in one paragraph.
describe('a paragraph that repeats its own words', () => {
  it('keeps every piece exactly once', () => {
    checkInvariants(['Advertisement Click here to Photo: Advertisement\nClick here to JANE ROE '], { title: null });
  });
});
