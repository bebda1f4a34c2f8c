// Keys of figures that count a part or another thing than the plain count: rescues written
// three ways, residents of a named place, rates and sums with their purpose. Invented sentences
// (flood review, findings 7 and 12).
import { describe, expect, it } from 'vitest';
import { figureKey } from '../../src/7-align/figure-key.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';

const keyOfText = (s: string) => {
  const f = extractFigures(s)[0];
  return f ? figureKey(f, wordBefore(s, f.start)) : 'no figure';
};

describe('figureKey: a rescue written three ways is one quantity', () => {
  it.each([
    ['Rescuers have pulled 300 people from flooded homes since Sunday.', 'count|rescue|'],
    ['Boat crews plucked 45 people out of the water.', 'count|rescue|'],
    ['Rescuers have brought 520 people to safety.', 'count|rescue|'],
    ['More than 700 people have been rescued.', 'count|rescue|'],
    // Pulled out dead, or pulled back: no rescue.
    ['Crews pulled 12 bodies from the rubble.', 'count||body'],
    ['The army pulled 400 troops back from the border.', 'count||troop'],
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));
});

describe('figureKey: residents of a named place are a part, not the plain count', () => {
  it.each([
    ['About 900 Haldby residents were evacuated overnight.', 'count|displace||at:haldby'],
    ['About 900 residents of Haldby were evacuated overnight.', 'count|displace||at:haldby'],
    ['Some 300 residents of Senna Vale were evacuated.', 'count|displace||at:senna vale'],
    // Where people were rescued is no residents' place: a part a total's breakdown may add up.
    ['Some 300 people in Senna Vale were evacuated.', 'count|displace|'],
    // No named place: the plain count.
    ['Some 9,000 people have been displaced.', 'count|displace|'],
    ['About 900 villagers were evacuated overnight.', 'count|displace|'],
    ['At least 40 residents of the village were killed.', 'count|die|'],
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));

  it('a village count and the province count are two claims, neither conflicting', () => {
    const occ = (articleId: string, text: string) => extractFigures(text).map((figure) => ({ articleId, root: articleId, figure, before: wordBefore(text, figure.start) }));
    const claims = figureClaims([
      ...occ('a', 'Some 9,000 people have been displaced across the province.'),
      ...occ('b', 'About 900 Haldby residents were evacuated overnight.'),
      ...occ('c', 'More than 9,000 people have been displaced.'),
    ]);
    expect(claims.map((c) => `${c.key} ${c.status}`)).toEqual(['count|displace| corroborated', 'count|displace||at:haldby single-source']);
  });
});

describe('figureKey: a rate and sums for different purposes are not one quantity', () => {
  it.each([
    ['The cabinet approved a relief package of 80 million krells.', 'count||krell|for:aid'],
    ['The 80 million krells aid package has not arrived.', 'count||krell|for:aid'],
    ['Every flooded household will receive 3,000 krells next week.', 'count||krell|per:household'],
    ['Listeners have given 25,000 krells to the station\'s flood appeal.', 'count||krell|for:appeal'],
    ['The ministry has spent 80 million krells on the dykes.', 'count|spend|krell'],
    // Known currencies: the purpose is the sum's noun, written before or after it.
    ['The cabinet approved a $80 million aid package.', 'money:USD||aid'],
    ['The cabinet approved an aid package of $80 million.', 'money:USD||aid'],
    ['Each family will get $2,500.', 'money:USD|||per:family'],
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));
});

// Trial review 4: "fined 2.4 million crowns" and "ordered to repay 31 million crowns" were one
// quantity ("crowns", corroborated with values that differ).
describe('figureKey: a fine and a repayment in one currency are two quantities', () => {
  const all = (s: string) => extractFigures(s).map((f) => figureKey(f, wordBefore(s, f.start)));
  it.each([
    ['Vikk was also fined 40,000 dalers and ordered to repay 3 million dalers to the city.', ['count||daler|for:fine', 'count||daler|for:repayment']],
    ['The court fined the company 40,000 dalers.', ['count||daler|for:fine']],
    // A name between the verb and the sum is the one fined, not a label ("Route 66").
    ['The court fined Arno Vikk 40,000 dalers.', ['count||daler|for:fine']],
    ['A Tessel court fined Vikk 2.4 million dalers and ordered him to repay 3 million dalers.', ['count||daler|for:fine', 'count||daler|for:repayment']],
    ['He must pay back 3 million dalers.', ['count||daler|for:repayment']],
    ['He was ordered to repay $3 million.', ['money:USD||repayment']],
    // No verb of fining or repaying: the plain sum.
    ['Vikk moved 3 million dalers out of the city.', ['count||daler']],
  ])('%s', (text, keys) => expect(all(text)).toEqual(keys));

  it('compares each with its own kind', () => {
    const occ = (id: string, text: string) => extractFigures(text).map((figure) => ({ articleId: id, root: id, figure, before: wordBefore(text, figure.start) }));
    const claims = figureClaims([...occ('a', 'Vikk was fined 40,000 dalers and ordered to repay 3 million dalers.'), ...occ('b', 'He was fined 40,000 dalers.')]);
    expect(claims.map((c) => [c.key, c.status])).toEqual([['count||daler|for:fine', 'corroborated'], ['count||daler|for:repayment', 'single-source']]);
  });
});

describe('figureKey: new and suspected cases are not the running total (outbreak review, finding 3)', () => {
  it.each([
    ['Labs confirmed 64 new cases of marsh fever on Sunday.', 'count||case|sort:new'],
    ['The region logged 9 fresh infections overnight.', 'count||infection|sort:new'],
    ['Clinics are testing 75 suspected cases.', 'count||case|sort:suspected'],
    ['Another 30 probable cases await results.', 'count||case|sort:suspected'],
    ['Wardens reported 5 new deaths in the camp.', 'count|die||sort:new'],
    // The running total, confirmed or not said: one quantity.
    ['The island now has 610 confirmed cases.', 'count||case'],
    ['The island now has 610 cases.', 'count||case'],
    // A rate per so many people is not the total either (finding 2).
    ['Lowmarsh has 18 cases per 100,000 inhabitants.', 'count||case|per:100000 inhabitants'],
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));
});

describe('figureKey: supplies delivered and supplies used are two quantities (outbreak review, finding 4)', () => {
  it.each([
    ['The donors delivered 90,000 doses of measles vaccine.', 'count|deliver|dose'],
    ['Some 90,000 vaccine doses were shipped to the port.', 'count|deliver|dose'],
    ['Clinics have administered 12,500 doses so far.', 'count|administer|dose'],
    ['About 12,500 doses have been administered.', 'count|administer|dose'],
    // Neither said: the doses alone.
    ['The island has 90,000 vaccine doses in cold storage.', 'count||dose'],
  ])('%s -> %s', (text, key) => expect(keyOfText(text)).toBe(key));
});
