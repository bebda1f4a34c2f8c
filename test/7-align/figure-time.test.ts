import { describe, expect, it } from 'vitest';
import { alignClaims, inSequence, type AlignArticle } from '../../src/7-align/index.js';
import { figureTimelines } from '../../src/7-align/figure-timeline.js';
import { sentenceDay } from '../../src/7-align/sentence-days.js';
import { extractArticle } from '../../src/6-extract/index.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';

// Invented: floods in the Velmar valley, a wire reporting the toll every day, a paper the same
// evenings, a town radio with the mayor's own count, a late paper repeating an old toll.
const WIRE = 'Wire One';
const DAYS: Array<[string, string, string, string]> = [
  ['w1', WIRE, '2026-03-02T17:40:00Z', 'Twelve people have died in the Velmar floods, the relief agency said on Monday.'],
  ['w2', WIRE, '2026-03-03T16:10:00Z', 'Thirty-one people have died in the Velmar floods, the relief agency said on Tuesday.'],
  ['p2', 'Paper Two', '2026-03-03T20:00:00Z', 'The Velmar floods have killed 31 people, the relief agency said on Tuesday.'],
  ['w3', WIRE, '2026-03-04T15:45:00Z', 'Forty-seven people have died in the Velmar floods, the relief agency said on Wednesday.'],
  ['p3', 'Paper Two', '2026-03-04T20:00:00Z', 'The Velmar floods have killed 47 people, the relief agency said on Wednesday.'],
];
const MAYOR: [string, string, string, string] = ['r3', 'Town Radio', '2026-03-04T08:00:00Z', 'At least 60 people have died in the Velmar floods in the town alone, mayor Ada Brisk said on Wednesday.'];
const LATE: [string, string, string, string] = ['late', 'Late Post', '2026-03-07T09:00:00Z', 'Thirty-one people have died in the Velmar floods, the relief agency said.'];

const toArticles = (rows: Array<[string, string, string, string]>): AlignArticle[] =>
  rows.map(([id, outlet, publishedAt, text]) => {
    const x = extractArticle(text, publishedAt);
    return { id, outlet, text, publishedAt, sentences: x.sentences, figures: x.figures, dates: x.dates };
  });
const oneEvent = (rows: Array<[string, string, string, string]>) => alignClaims(toArticles(rows), [{ id: 's', events: [{ id: 'e', articleIds: rows.map((r) => r[0]) }] }], []);
const deaths = (run: ReturnType<typeof alignClaims>) => run.claims.find((c) => c.kind === 'figure' && c.quantity === 'count|die|')!;

describe('a toll revised day by day inside one event', () => {
  it.each([
    ['the wire every day, a paper the same evenings: changed over time', DAYS, 'corroborated', true],
    ['the mayor\u2019s own count the same day as the official 47: a dispute', [...DAYS, MAYOR], 'conflicting', undefined],
    ['a late paper repeating the old toll: still a change (the repeat is stale)', [...DAYS, LATE], 'corroborated', true],
  ] as const)('%s', (_n, rows, status, overTime) => {
    const c = deaths(oneEvent([...rows]));
    expect([c.status, c.overTime]).toEqual([status, overTime]);
  });
  it('gives a storyline of one event its figures over time, the late repeat flagged stale', () => {
    const run = oneEvent([...DAYS, LATE]);
    const tl = run.timelines.find((t) => t.quantity === 'count|die|')!;
    expect(tl.points.filter((p) => p.stale).map((p) => p.articleId)).toEqual(['late']);
  });
  it('gives no figures over time to a one-event storyline whose values all came out on one day', () => {
    const run = oneEvent([['a', 'A', '2026-03-04T08:00:00Z', 'Forty people have died in the Velmar floods, the agency said.'], ['b', 'B', '2026-03-04T10:00:00Z', 'Fifty people have died in the Velmar floods, the mayor said.'], ['c', 'C', '2026-03-04T11:00:00Z', 'Fifty people have died in the Velmar floods.']]);
    expect(run.timelines).toEqual([]);
  });
});

describe('inSequence: a voice that gives every value counts', () => {
  const v = (...occ: Array<[string, string | null]>) => ({ occurrences: occ.map(([root, publishedAt]) => ({ root, publishedAt })) });
  it.each([
    ['the wire alone, less than 24 hours apart on successive days', [v(['wire', '2026-03-02T17:40:00Z']), v(['wire', '2026-03-03T16:10:00Z']), v(['wire', '2026-03-04T15:45:00Z'])], true],
    ['a radio giving the old value in the morning, before the new one was out', [v(['wire', '2026-03-02T17:40:00Z'], ['radio', '2026-03-03T06:30:00Z']), v(['wire', '2026-03-03T16:10:00Z'], ['paper', '2026-03-03T20:00:00Z'])], true],
    ['two voices, each with its own value, the same day', [v(['wire', '2026-03-03T16:10:00Z'], ['wire', '2026-03-04T15:45:00Z']), v(['radio', '2026-03-04T08:00:00Z'])], false],
    ['a voice holding on to the old value hours after the new one', [v(['police', '2026-03-02T09:00:00Z'], ['police', '2026-03-03T18:00:00Z']), v(['hospital', '2026-03-03T10:00:00Z'])], false],
  ])('%s', (_n, values, expected) => expect(inSequence(values)).toBe(expected));
});

describe('figureTimelines: stale only behind a newer, undisputed value', () => {
  const occ = (articleId: string, root: string, publishedAt: string, text: string, asOf: string | null = null) => extractFigures(text).map((figure) => ({ articleId, root, figure, publishedAt, asOf }));
  const stale = (tl: ReturnType<typeof figureTimelines>) => tl[0]!.points.filter((p) => p.stale).map((p) => `${p.articleId}:${p.text}`);
  it('an open "at least 12" does not make a later 52 a value first seen with it; a lone same-day rival is no newer figure', () => {
    const tl = figureTimelines([
      ...occ('w5', 'wire', '2026-03-05T14:00:00Z', '52 people were killed.'),
      ...occ('p5', 'paper', '2026-03-05T18:00:00Z', '52 people were killed.'),
      ...occ('w1', 'wire', '2026-03-02T17:40:00Z', 'At least 12 people were killed.'),
      ...occ('w3', 'wire', '2026-03-03T18:00:00Z', '47 people were killed.'),
      // The mayor's count, from the radio alone, while the wire keeps the official 47 that day.
      ...occ('r4', 'radio', '2026-03-04T08:00:00Z', 'At least 60 people were killed.'),
      ...occ('w4', 'wire', '2026-03-04T15:00:00Z', '47 people were killed.'),
      ...occ('p4', 'paper', '2026-03-05T10:00:00Z', '47 people were killed.'),
      ...occ('late', 'late', '2026-03-07T09:00:00Z', '47 people were killed.'),
    ]);
    expect(stale(tl)).toEqual(['late:47 people']);
  });
  it('a figure its sentence dates to an earlier day is history, not stale', () => {
    const tl = figureTimelines([
      ...occ('w1', 'wire', '2026-03-02T17:40:00Z', '12 people were killed.'),
      ...occ('w2', 'wire', '2026-03-04T15:45:00Z', '47 people were killed.'),
      ...occ('p2', 'paper', '2026-03-04T20:00:00Z', '47 people were killed.'),
      ...occ('look', 'weekly', '2026-03-16T10:00:00Z', '12 people were killed.', '2026-03-02'),
      ...occ('lazy', 'lazy', '2026-03-16T10:00:00Z', '12 people were killed.'),
    ]);
    expect(stale(tl)).toEqual(['lazy:12 people']);
  });
  it('a lower bound overtaken by a newer exact figure is stale ("more than 5,000" after 8,000)', () => {
    const tl = figureTimelines([
      ...occ('w1', 'wire', '2026-03-03T16:00:00Z', 'More than 5,000 people were displaced.'),
      ...occ('w2', 'wire', '2026-03-04T16:00:00Z', '8,000 people were displaced.'),
      ...occ('p2', 'paper', '2026-03-04T19:00:00Z', '8,000 people were displaced.'),
      ...occ('late', 'late', '2026-03-07T09:00:00Z', 'More than 5,000 people were displaced.'),
    ]);
    expect(stale(tl)).toEqual(['late:More than 5,000 people']);
  });
});

describe('sentenceDay', () => {
  const day = (text: string, publishedAt: string, figure: string) => {
    const x = extractArticle(text, publishedAt);
    const at = text.indexOf(figure);
    return sentenceDay(text, x.sentences, x.dates, publishedAt, at, at + figure.length);
  };
  it.each([
    ['On March 4 the agency put the toll at 47. The final toll is 58.', '2026-03-16T10:00:00Z', '47', '2026-03-04'],
    ['On March 4 the agency put the toll at 47. The final toll is 58.', '2026-03-16T10:00:00Z', '58', null],
    ['By the evening of March 2, the agency was counting 12 dead.', '2026-03-16T10:00:00Z', '12', '2026-03-02'],
    ['The agency said yesterday that twelve people had died.', '2026-03-03T06:30:00Z', 'twelve', '2026-03-02'],
    ['The toll rose to 47 on Wednesday.', '2026-03-04T15:00:00Z', '47', null],
    ['Forty people have died since the storm hit on Monday.', '2026-03-04T15:00:00Z', 'Forty', null],
  ])('%s (%s) %s -> %s', (text, publishedAt, figure, expected) => expect(day(text, publishedAt, figure)).toBe(expected));
});

// An outbreak's running tally of cases has figures over time like a toll, and a late repeat of an
// old total is stale (outbreak review, finding 5). Invented: marsh fever on the island of Orla.
describe('a running tally of cases revised day by day', () => {
  const CASES: Array<[string, string, string, string]> = [
    ['c1', WIRE, '2026-04-06T16:00:00Z', 'Orla has 210 confirmed cases of marsh fever, the health board said on Monday.'],
    ['c2', 'Paper Two', '2026-04-06T19:00:00Z', 'The health board said on Monday that Orla had 210 confirmed cases of marsh fever.'],
    ['c3', WIRE, '2026-04-09T16:00:00Z', 'Orla has 540 confirmed cases of marsh fever, the health board said on Thursday.'],
    ['c4', 'Paper Two', '2026-04-09T19:00:00Z', 'The health board said on Thursday that Orla had 540 confirmed cases of marsh fever.'],
    ['c5', 'Late Post', '2026-04-11T09:00:00Z', 'Orla has 210 confirmed cases of marsh fever, according to the health board.'],
  ];
  it('gives the cases a timeline with the late repeat flagged stale', () => {
    const run = oneEvent(CASES);
    const tl = run.timelines.find((t) => t.quantity === 'count||case');
    expect(tl?.points.filter((p) => p.stale).map((p) => p.articleId)).toEqual(['c5']);
  });
});
