import { describe, expect, it } from 'vitest';
import { figureKey } from '../../src/7-align/figure-key.js';
import { figureClaims, wholesOf } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';

// Invented election counts (the Dornish mayoral race: Lina Velka against Dario Orsk) and
// invented money figures, told by invented outlets a, b, c.
const keyOfText = (s: string, text?: string) => {
  const f = text ? extractFigures(s).find((x) => x.text === text) : extractFigures(s)[0];
  return f ? figureKey(f, wordBefore(s, f.start)) : 'no figure';
};
const occ = (articleId: string, text: string) => {
  const figures = extractFigures(text);
  return figures.map((figure) => ({ articleId, root: articleId, figure, before: wordBefore(text, figure.start), wholes: wholesOf(figures, figure) }));
};
const claimsOf = (...texts: string[]) => figureClaims(texts.flatMap((t, i) => occ(String.fromCharCode(97 + i), t)));
const table = (claims: ReturnType<typeof claimsOf>) => claims.map((c) => [c.key, c.status, c.values.map((v) => v.occurrences[0]!.figure.value)]);

describe('figureKey: votes, ballots, margins and measures', () => {
  it.each([
    ['Velka received 40,210 votes.', 'count|vote|'],
    ['Some 72,114 ballots were cast.', 'count|vote|cast'],
    ['The board counted 71,000 valid votes.', 'count|vote|valid'],
    ['The board rejected 1,300 ballots as spoiled.', 'count|vote|rejected'],
    ['A total of 1,300 spoiled ballots were set aside.', 'count|vote|rejected'],
    ['Officials counted 18,200 postal votes.', 'count|vote|postal'],
    ['It found that 900 postal ballots had been counted twice.', 'count|vote|duplicate'],
    ['Velka won by 8,306 votes.', 'count|margin|vote'],
    ['Her margin narrowed to 7,976 votes.', 'count|margin|vote'],
    ['Velka ended with 330 fewer votes than first announced.', 'count|change|vote'],
    ['Turnout was 58 percent.', 'percent|measure|turnout'],
    ['The city recorded 58 percent turnout.', 'percent|measure|turnout'],
    ['The jobless rate stood at 6.1 percent.', 'percent|measure|unemployment'], // the jobless rate is unemployment's,
    ['Prices rose 5 percent.', null],
    ['The toll bridge cost 2.1 million dollars.', 'money:USD|cost|'],
    ['The levy raised 40 million dollars.', 'money:USD|raise|'],
    ['The campaign spent 3 million dollars.', 'money:USD|spend|'],
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));

  it('gives a share of the vote and a share of the valid votes one key', () => {
    expect(keyOfText('She won 55.7 percent of the vote.')).toBe('percent|vote|');
    expect(keyOfText('She won 55.7 percent of the valid votes.')).toBe('percent|vote|');
    // A candidate's valid votes are the candidate's votes.
    expect(keyOfText('Velka took 40,210 valid votes.')).toBe('count|vote|');
  });
});

describe('figureClaims: an election count', () => {
  it('keeps candidates, kinds of ballots and the margin apart, with nothing conflicting', () => {
    const claims = claimsOf(
      'Velka took 40,210 votes to 31,904 for Dario Orsk, a margin of 8,306 votes. Some 72,114 ballots were cast and 1,300 were rejected.',
      'Lina Velka received 40,210 votes. Dario Orsk’s total of 31,904 votes put him second. The board rejected 1,300 ballots.',
    );
    expect(claims.filter((c) => c.status === 'conflicting')).toEqual([]);
    expect(table(claims).filter(([key]) => String(key).includes('@'))).toEqual([
      ['count|vote@velka|', 'corroborated', [40210]],
      ['count|vote@orsk|', 'corroborated', [31904]],
    ]);
    expect(claims.map((c) => c.key)).toEqual(expect.arrayContaining(['count|margin|vote', 'count|vote|cast']));
  });
  it('joins a count that names no candidate to the one candidate whose value it gives', () => {
    const claims = claimsOf('Velka received 40,210 votes and Orsk received 31,904 votes.', 'The board declared Velka the winner with 40,210 votes.');
    expect(table(claims)).toEqual([['count|vote@velka|', 'corroborated', [40210]], ['count|vote@orsk|', 'single-source', [31904]]]);
  });
  it('sets one candidate’s stale count against the new one, not against the rival’s', () => {
    const claims = claimsOf('Velka now has 39,880 votes against 31,904 for Orsk.', 'Mayor-elect Lina Velka, who won the race with 40,210 votes, will be sworn in.');
    expect(table(claims)).toEqual([['count|vote@velka|', 'conflicting', [39880, 40210]], ['count|vote@orsk|', 'single-source', [31904]]]);
  });
  it('sets turnout against turnout', () => {
    const claims = claimsOf('Turnout across the city reached 61.5 percent.', 'The board said turnout was 58 percent.');
    expect(table(claims)).toEqual([['percent|measure|turnout', 'conflicting', [61.5, 58]]]);
  });
  it('does not add candidates’ votes and ballots into a total the article never wrote', () => {
    // 39,880 + 31,904 + 426 = 72,210, another outlet's valid votes.
    const claims = claimsOf('The board counted 72,210 valid votes.', 'Velka now has 39,880 votes and Orsk has 31,904 votes. It found 426 postal ballots that had been counted twice.');
    const valid = claims.find((c) => c.key === 'count|vote|valid')!;
    expect(valid.values.flatMap((v) => v.occurrences.map((o) => o.articleId))).toEqual(['a']);
  });
  it('adds a candidate’s votes from the ways they were cast', () => {
    const claims = claimsOf('Velka received 40,210 votes.', 'Velka won 22,010 votes cast in person and 18,200 postal votes.');
    const velka = claims.find((c) => c.key === 'count|vote@velka|')!;
    expect([velka.status, velka.independentReports, velka.values.length]).toEqual(['corroborated', 2, 1]);
  });
});

describe('figureClaims: corroboration', () => {
  it('needs one value from two independent reports', () => {
    const apart = claimsOf('Officials counted 40 trucks.', 'Monitors counted 22 trucks.');
    expect(table(apart)).toEqual([['count||truck', 'single-source', [40, 22]]]);
    const shared = claimsOf('Officials counted 40 trucks.', 'Monitors counted 22 trucks and 40 trucks.');
    expect(shared[0]!.status).toBe('corroborated');
  });
  it('keeps what a thing cost, money raised and money spent apart', () => {
    const claims = claimsOf('The bridge cost 2.1 million dollars.', 'The levy raised 40 million dollars.', 'The campaign spent 3 million dollars.');
    expect(claims.map((c) => c.status)).toEqual(['single-source', 'single-source', 'single-source']);
  });
});
