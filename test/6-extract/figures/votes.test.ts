import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';
import { expectInvariants, figureNamed } from './helpers.js';

// Invented election counts (the Dornish mayoral race: Lina Velka against Dario Orsk).
const summary = (sentence: string) => extractFigures(sentence).map((f) => [f.text, f.counted, f.action, f.agent]);

describe('figures: whose votes a count is', () => {
  it.each([
    ['Velka received 40,210 votes.', '40,210 votes', 'velka'],
    ['Lina Velka now has 40,210 votes.', '40,210 votes', 'velka'],
    ['Dario Orsk of the Harbour Party took 31,904 votes.', '31,904 votes', 'orsk'],
    ['The count gave 31,904 votes for Dario Orsk.', '31,904 votes', 'orsk'],
    ['Orsk’s total of 31,904 votes was unchanged.', '31,904 votes', 'orsk'],
    ['The recount cut Velka’s total to 39,880 votes.', '39,880 votes', 'velka'],
    ['Lina Velka has won the Dornish mayoral race with 40,210 votes.', '40,210 votes', 'velka'],
    ['Mayor-elect Lina Velka, who won the race with 40,210 votes, thanked staff.', '40,210 votes', 'velka'],
    ['Velka won 55.7 percent of the vote.', '55.7 percent of the vote', 'velka'],
    // A pronoun or a description names no candidate; those who cast or reject ballots are no recipients.
    ['She took 40,210 votes.', '40,210 votes', null],
    ['The Harbour Party candidate took 31,904 votes.', '31,904 votes', null],
    ['The board rejected 1,300 ballots.', '1,300 ballots', null],
    ['Some 72,114 ballots were cast by the city’s voters.', 'Some 72,114 ballots', null],
  ])('%s', (sentence, text, agent) => {
    expect(figureNamed(sentence, text).agent).toBe(agent);
  });
});

describe('figures: a rival’s bare number, a part, a share', () => {
  it('keeps a bare number answering a vote count, with its candidate and the count’s noun', () => {
    const s = 'The mayor took 40,210 votes to 31,904 for Dario Orsk.';
    expect(summary(s)).toEqual([['40,210 votes', 'votes', null, null], ['31,904', 'votes', null, 'orsk']]);
    expect(summary('Velka was declared the winner with 40,210 votes to Orsk’s 31,904.')[1]).toEqual(['31,904', 'votes', null, 'orsk']);
    expect(summary('Velka’s total falls to 39,880 votes, and Orsk’s stays at 31,904.')[1]).toEqual(['31,904', 'votes', null, 'orsk']);
    expectInvariants(s, extractFigures(s));
  });
  it('does not keep a bare number naming no candidate', () => {
    expect(summary('Velka took 40,210 votes to 31,904.')).toEqual([['40,210 votes', 'votes', null, 'velka']]);
  });
  it('keeps a bare part written before its whole', () => {
    const s = 'Velka received 40,210 of the 72,114 valid votes.';
    const figures = extractFigures(s);
    expect(figures.map((f) => [f.text, f.agent, f.parent])).toEqual([['40,210', 'velka', 1], ['72,114 valid votes', null, null]]);
    expectInvariants(s, figures);
    expect(extractFigures('Results came in from 310 of the city’s 402 polling stations.').map((f) => [f.text, f.parent])).toEqual([['310', 1], ['402 polling stations', null]]);
  });
  it('reads a share glossing a count, a gapped share and a named share as shares of the vote', () => {
    expect(summary('Velka now has 39,880 votes, or 55.3 percent.')[1]).toEqual(['55.3 percent', 'vote', null, 'velka']);
    expect(summary('Velka had 55.7 percent of the vote and Orsk 44.3 percent.')[1]).toEqual(['44.3 percent', 'vote', null, 'orsk']);
    expect(summary('Velka won 40,210 votes. Dario Orsk of the Harbour Party took 44.3 percent.')[1]).toEqual(['44.3 percent', 'vote', null, 'orsk']);
    // With no vote count before it, "took 44 percent" says nothing of votes.
    expect(summary('The fund took 44 percent.')).toEqual([['44 percent', null, null, null]]);
  });
  it('lets coordinated vote counts share their candidate and reads the kind in "cast in person"', () => {
    expect(summary('Velka won 22,010 votes cast in person and 18,200 postal votes.')).toEqual([
      ['22,010 votes', 'votes', 'cast in person', 'velka'],
      ['18,200 postal votes', 'postal votes', null, 'velka'],
    ]);
  });
  it('reads ballots counted twice, and a vote noun before "rose to"', () => {
    expect(summary('The board found that 900 postal ballots had been counted twice.')).toEqual([['900 postal ballots', 'postal ballots', 'counted twice', null]]);
    expect(summary('Spoiled ballots rose to 1,450.')).toEqual([['1,450', 'spoiled ballots', null, null]]);
    expect(summary('The board moved them, bringing the number of spoiled ballots to 1,450 from 1,300.')).toEqual([['1,450', 'spoiled ballots', null, null]]);
  });
});

describe('figures: differences and measures', () => {
  it.each([
    ['Velka won by 8,306 votes.', 'won by'],
    ['Velka beat Orsk by 8,306 votes.', 'beat by'],
    ['Her lead was a margin of 8,306 votes.', 'margin'],
    ['Her margin narrowed to 7,976 votes.', 'margin'],
    ['Velka ended with 330 fewer votes than first announced.', 'fewer'],
    ['Orsk’s vote fell by 330 votes.', 'fell by'],
  ])('%s -> action %s', (sentence, action) => {
    expect(extractFigures(sentence)[0]!.action).toBe(action);
  });
  it.each([
    ['Turnout was 58 percent.', 'turnout'],
    ['Turnout across the city reached 61.5 percent.', 'turnout'],
    ['The city recorded a turnout of 58 percent.', 'turnout'],
    ['The jobless rate stood at 6.1 percent.', 'jobless rate'],
    ['Unemployment in the valley rose to 7 percent.', 'unemployment'],
    // A reading taken during the day is not the measure; a bare rate names nothing; a rise is a change.
    ['By 2 p.m., turnout stood at 31 percent.', null],
    ['The rate stood at 6.1 percent.', null],
    ['Prices rose 5 percent.', null],
  ])('%s -> counted %s', (sentence, counted) => {
    expect(extractFigures(sentence)[0]!.counted).toBe(counted);
  });
  // The earlier level after "from", and a measure named with a longer phrase (outbreak review, finding 8).
  it.each([
    ['The vacancy rate fell to 4.5 percent from 6 percent.', ['vacancy rate', 'vacancy rate']],
    ['The infection rate of swabs sent out on Monday was 9%.', ['infection rate']],
    ['Prices rose 3% from 2%.', [null, null]],
  ])('%s -> counted %j', (sentence, counted) => {
    expect(extractFigures(sentence).map((f) => f.counted)).toEqual(counted);
  });
  it('drops a ratio written around the counted noun', () => {
    expect(extractFigures('Orsk won nearly two votes in three in the hills.')).toEqual([]);
    expect(extractFigures('Crews cleared 40 roads in two days.').map((f) => f.text)).toContain('40 roads');
  });
  it('reads a percentage after a name as a share, not a label', () => {
    expect(extractFigures('Velka had 55.7 percent of the vote and Orsk 44.3 percent.').map((f) => f.text)).toEqual(['55.7 percent of the vote', '44.3 percent']);
  });
});
