import { describe, expect, it } from 'vitest';
import { figureKey, headNoun } from '../../src/7-align/figure-key.js';
import { agree, intervalOf } from '../../src/7-align/agree.js';
import { wordBefore } from '../../src/7-align/index.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';

const keyOfText = (s: string) => {
  const f = extractFigures(s)[0];
  return f ? figureKey(f, wordBefore(s, f.start)) : 'no figure';
};

describe('figureKey: wordings of one quantity meet', () => {
  it.each([
    ['At least 40 people were killed in the strike.', 'count|die|'],
    ['The two sides met on Tuesday.', null], // a manner of speaking, not a count to compare
    ['About 2,400 dockers will walk out on Wednesday.', 'count|strike|'], // who strikes is the crowd counted
    ['Some 900 nurses are striking.', 'count|strike|'],
    ['Some 2,400 dockers are set to walk out.', 'count|strike|'],
    ['About 2,400 members of the union are set to walk out.', 'count|strike|'], // past the "of" phrase
    ['At least 40 residents of the village were killed.', 'count|die|'],
    ['Some 300 children walk five miles to school.', 'count||child'], // walking is no strike
    ['Prices rose three times this year.', null],
    ['The strike left 40 dead.', 'count|die|'],
    ['Officials reported 40 deaths.', 'count|die|'],
    ['The rebels hold 58 soldiers.', 'count|hold|soldier'],
    ['Some 12,000 people have been displaced.', 'count|displace|'],
    // Evacuees are people displaced, as hostages are people held.
    ['About 3,000 evacuees slept in schools.', 'count|displace|'],
    ['The list names 1,800 detainees.', 'count||prisoner'],
    ['Of the 251 villagers taken captive, 58 are still held.', 'count|hold|'], // villagers: the people it happened to
    ['Police charged the gates, injuring 30 workers.', 'count|injure|'],
    ['Four officers were injured.', 'count|injure|officer'],
    ['Five soldiers were taken prisoner.', 'count|hold|soldier'],
    ['The list names 1,800 prisoners.', 'count||prisoner'],
    ['The storm destroyed 3,000 houses.', keyOfText('The storm destroyed 3,000 homes.')],
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));

  it('keeps different quantities apart', () => {
    expect(keyOfText('At least 40 people were killed.')).not.toBe(keyOfText('At least 40 people were injured.'));
    expect(keyOfText('Calvaine pledged $50 million.')).toBe('money:USD|spend|');
    expect(keyOfText('Calvaine pledged 50 million euros.')).toBe('money:EUR|spend|');
  });

  it('gives no key to what cannot be compared', () => {
    expect(figureKey({ kind: 'age', currency: null, counted: null, action: null })).toBeNull();
    expect(figureKey({ kind: 'count', currency: null, counted: null, action: null })).toBeNull();
    expect(figureKey({ kind: 'percent', currency: null, counted: null, action: 'rose' })).toBeNull();
  });

  it.each([
    ['palestinian prisoners', 'prisoner'],
    ['casualties', 'casualty'],
    ['boxes', 'box'],
    ['census', 'census'],
  ])('headNoun(%s) = %s', (counted, head) => expect(headNoun(counted)).toBe(head));
});

describe('figureKey: what an outlet calls a crowd does not change the count (protest review 2)', () => {
  // A state broadcaster's "hooligans", a tabloid's "thugs": the same people arrested as the wire's "people".
  it.each([
    ['Police said 40 hooligans had been arrested in Dravik.', 'count|arrest|'],
    ['Police said 40 rioters had been arrested in Dravik.', 'count|arrest|'],
    ['Officers said 40 of the thugs were arrested.', 'count|arrest|'],
    ['Some 40 yobs were arrested overnight.', 'count|arrest|'],
    ['At least 40 looters were arrested on Mill Lane.', 'count|arrest|'],
    ['At least 40 activists were injured.', 'count|injure|'],
    ['Police said 40 people had been arrested in Dravik.', 'count|arrest|'],
    ['Four officers were injured.', 'count|injure|officer'], // a part of the crowd keeps its own key
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));
});

describe('figureKey: a crowd is counted however it is written (protest review 1)', () => {
  // Organisers' "6,000 took part" and the police's "put the crowd at 2,500" are rival values of one quantity.
  it.each([
    ['About 6,000 people took part in the march.', 'count|protest|'],
    ['Some 6,000 people gathered outside the court.', 'count|protest|'],
    ['Police put the crowd at 2,500.', 'count|protest|'],
    ['A crowd of 2,500 filled Brenna Square.', 'count|protest|'],
    ['Police put the number of protesters at 2,500.', 'count|protest|'],
    ['More than 6,000 demonstrators filled the square.', 'count|protest|'],
    ['The clinic put the number of injured at 75.', 'count|injure|'],
    ['Police said 40 protesters were arrested.', 'count|arrest|'],
    ['About 6,000 people live in the valley.', null], // people with no action: too little to compare
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));
});

describe('agree: intervals of wordings', () => {
  const f = (value: number, qualifier: string, high: number | null = null) => ({ value, high, qualifier: qualifier as never });
  it.each([
    [f(40, 'at-least'), f(45, 'exact'), true],
    [f(40, 'exact'), f(45, 'exact'), false],
    [f(40, 'about'), f(43, 'exact'), true],
    [f(40, 'more-than'), f(40, 'exact'), false],
    [f(40, 'less-than'), f(39, 'exact'), true],
    [f(30, 'exact', 40), f(35, 'exact'), true],
    [f(30, 'exact', 40), f(41, 'exact'), false],
    [f(50, 'up-to'), f(12, 'exact'), true],
    [f(100, 'nearly'), f(95, 'exact'), true],
    [f(100, 'nearly'), f(101, 'exact'), false],
  ])('%o and %o agree: %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });
  it('every interval holds its own value', () => {
    for (const q of ['exact', 'at-least', 'about', 'nearly', 'at-most', 'up-to']) {
      const [lo, hi] = intervalOf(f(40, q));
      expect(lo).toBeLessThanOrEqual(40);
      expect(hi).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('figureKey: people without an action', () => {
  it.each([['About 3,000 people gathered in the square.'], ['Close to 9,000 people crossed.']])('%s is not comparable', (text) => {
    const f = extractFigures(text)[0]!;
    expect(figureKey({ ...f, action: null }, null)).toBeNull();
  });
  it('keeps children apart from people in general', () => {
    expect(keyOfText('15 children were killed.')).toBe('count|die|child');
  });
});
