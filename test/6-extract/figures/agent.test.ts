import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';

// Who did what a figure reports: the subject of a verb before the number, or "by" after the counted noun.
describe('figures: the doer of the action', () => {
  it.each([
    ['The government freed 40 rebel prisoners in return.', 'government'],
    ['The Orlan Highlands Council released 25 detainees on Thursday.', 'council'],
    ['The council still holds 95 detainees.', 'council'],
    ['The army has now detained 300 protesters.', 'army'],
    ['Velmora holds 58 hostages.', 'velmora'],
    ['Talks stalled at the Orlan Council, which released 35 soldiers on Tuesday.', 'council'],
    ['Families welcomed home 35 more soldiers released by the Orlan Highlands Council.', 'council'],
    ['40 rebel prisoners were freed by the government on Friday.', 'government'],
    ['Nine dockers were arrested by riot police.', 'police'],
    ['Rebels seized 12 aid workers.', 'rebels'],
    ['The rebels seized 12 aid workers.', 'rebel'],
    // A pronoun or no doer names no one.
    ['They released 25 prisoners.', null],
    ['25 prisoners were released on Friday.', null],
    ['At least 40 people were killed.', null],
  ])('%s', (sentence, agent) => {
    expect(extractFigures(sentence)[0]!.agent).toBe(agent);
  });

  it('is null for a figure with no action', () => {
    expect(extractFigures('The report runs to 40 pages.')[0]!.agent).toBeNull();
  });
});
