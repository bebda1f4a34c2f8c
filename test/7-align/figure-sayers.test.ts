// Two values of one quantity in one article, each from its own sayer, the same day: a dispute
// the article reports (flood review, finding 7: "the charity put the number of displaced people
// at 11,000, far above the official figure of 8,000" was no conflict). Invented articles.
import { describe, expect, it } from 'vitest';
import { alignClaims, type AlignArticle } from '../../src/7-align/index.js';
import { sameSayer } from '../../src/7-align/figure-sayers.js';
import { extractArticle } from '../../src/6-extract/index.js';

type Row = [id: string, outlet: string, publishedAt: string, text: string];
const toArticles = (rows: Row[]): AlignArticle[] =>
  rows.map(([id, outlet, publishedAt, text]) => {
    const x = extractArticle(text, publishedAt);
    return { id, outlet, text, publishedAt, sentences: x.sentences, figures: x.figures, dates: x.dates };
  });
/** The claims of one event, or (two events) of the storyline as a whole. */
const claimsOf = (rows: Row[], events: string[][] = [rows.map((r) => r[0])]) =>
  alignClaims(toArticles(rows), [{ id: 's', events: events.map((articleIds, i) => ({ id: `e${i}`, articleIds })) }], []).claims.filter((c) => c.eventId === (events.length > 1 ? null : 'e0'));
const figure = (rows: Row[], quantity: string, events?: string[][]) => {
  const c = claimsOf(rows, events).find((x) => x.kind === 'figure' && x.quantity === quantity)!;
  return `${c.status}: ${c.values.map((v) => `${v.text} (${v.sayers?.join('; ') ?? '-'})`).join(' | ')}`;
};

const DAY = '2026-05-12T10:00:00Z';
describe('one article, two sayers, two values: conflicting', () => {
  it.each([
    ['the charity against the official figure', 'The Ambry Mission put the number of displaced people at 6,500, far above the official figure of 2,900.', 'count|displace|', 'conflicting: 6,500 (Ambry Mission) | 2,900 (officials)'],
    ['the mayor against the agency', 'Thirty-five people have died, the Kestral Relief Agency said. “We have counted 52 dead in Ambry alone,” mayor Lisel Varga said.', 'count|die|', 'conflicting: Thirty-five people (Kestral Relief Agency) | 52 (Lisel Varga)'],
    // Values that agree are no dispute: "at least 40" allows 45.
    ['values that agree', 'At least 40 people have died, the Kestral Relief Agency said. Mayor Lisel Varga said 45 people had died.', 'count|die|', 'single-source: At least 40 people (Kestral Relief Agency; Lisel Varga)'],
    // One sayer named twice, or no sayer difference: today's behaviour (an update, not a dispute).
    ['one sayer named two ways', 'The Kestral Relief Agency said 35 people had died. Later the agency said 52 people had died.', 'count|die|', 'single-source: 35 people (Kestral Relief Agency) | 52 people (Kestral Relief Agency)'],
    ['no sayer for one value', 'Thirty-five people have died, the Kestral Relief Agency said. By the evening 52 people had died.', 'count|die|', 'single-source: Thirty-five people (Kestral Relief Agency) | 52 people (-)'],
  ] as const)('%s', (_n, text, quantity, expected) => {
    expect(figure([['a', 'Ambry Post', DAY, text]], quantity)).toBe(expected);
  });

  it('stays a dispute over a storyline, where values of one voice differing between events are a change', () => {
    const rows: Row[] = [
      ['a', 'Wire One', '2026-05-10T10:00:00Z', 'About 1,500 people have been displaced by the floods, the relief agency said.'],
      ['b', 'Ambry Post', DAY, 'The Ambry Mission put the number of displaced people at 6,500, far above the official figure of 2,900.'],
    ];
    expect(figure(rows, 'count|displace|', [['a'], ['b']]).split(':')[0]).toBe('conflicting');
  });
});

describe('a value\'s sayers', () => {
  it('lists one sayer written in different cases once, as first written (protest review: "Police; police")', () => {
    const rows: Row[] = [
      ['a', 'Wire One', DAY, 'Police said 87 people were arrested.'],
      ['b', 'Ambry Post', DAY, 'Some 87 people were arrested, police said.'],
    ];
    expect(figure(rows, 'count|arrest|')).toBe('corroborated: 87 people (Police)');
  });
});

describe('sameSayer', () => {
  it.each([
    ['National Relief Agency', 'the agency', true],
    ['police', 'the police', true],
    ['officials', 'official', true],
    ['the charity', 'officials', false],
    ['Lisel Varga', 'Kestral Relief Agency', false],
  ])('%s / %s', (a, b, expected) => expect(sameSayer(a, b)).toBe(expected));
});
