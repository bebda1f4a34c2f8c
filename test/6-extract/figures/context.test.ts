import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';
import { figureNamed } from './helpers.js';

describe('figures: qualifiers', () => {
  for (const [sentence, text, qualifier] of [
    ['Medics said at least 40 people were hurt.', 'at least 40 people', 'at-least'],
    ['Over 12,000 residents fled the valley.', 'Over 12,000 residents', 'more-than'],
    ['More than 300 lorries queued at the crossing.', 'More than 300 lorries', 'more-than'],
    ['Approximately 3,000 workers joined the strike.', 'Approximately 3,000 workers', 'about'],
    ['About 70 ambulances were sent.', 'About 70 ambulances', 'about'],
    ['Around 500 families were relocated.', 'Around 500 families', 'about'],
    ['Some 3,000 troops crossed the river.', 'Some 3,000 troops', 'about'],
    ['Roughly 80 boats left the harbour.', 'Roughly 80 boats', 'about'],
    ['An estimated 9,000 sheep drowned.', 'An estimated 9,000 sheep', 'about'],
    ['Nearly 90 villages lost power.', 'Nearly 90 villages', 'nearly'],
    ['Almost 200 flights were cancelled.', 'Almost 200 flights', 'nearly'],
    ['The guards admitted at most 20 visitors.', 'at most 20 visitors', 'at-most'],
    ['No more than 5 reporters were allowed in.', 'No more than 5 reporters', 'at-most'],
    ['Fewer than 10 aid trucks entered.', 'Fewer than 10 aid trucks', 'less-than'],
    ['Less than 4% of ballots were spoiled.', 'Less than 4% of ballots', 'less-than'],
    ['The ferry carries up to 200 passengers.', 'up to 200 passengers', 'up-to'],
    ['As many as 60 cars were damaged.', 'As many as 60 cars', 'up-to'],
    ['Just under 40 nurses resigned.', 'Just under 40 nurses', 'nearly'],
    ['The clinic treated 25 patients.', '25 patients', 'exact'],
  ] as const) {
    it(sentence, () => {
      expect(figureNamed(sentence, text).qualifier).toBe(qualifier);
    });
  }
});

describe('figures: counted noun phrase', () => {
  for (const [sentence, text, counted] of [
    ['The army released 40 Palestinian prisoners.', '40 Palestinian prisoners', 'palestinian prisoners'],
    ['The storm damaged 12,000 homes.', '12,000 homes', 'homes'],
    ['Rescuers reached 15 children in the cellar.', '15 children', 'children'],
    ['Officials evacuated 90 Thai nationals by bus.', '90 Thai nationals', 'thai nationals'],
    ['The militia freed 3 Hamas fighters.', '3 Hamas fighters', 'hamas fighters'],
    ['The blast injured 40 more people.', '40 more people', 'people'],
    ['Police questioned 30 Israelis at the border.', '30 Israelis', 'israelis'],
    ['The network reached 40 news outlets.', '40 news outlets', 'news outlets'],
    ['About 40 of the hostages were freed.', 'About 40 of the hostages', 'hostages'],
    ['Nearly 40 percent of clinics closed.', 'Nearly 40 percent of clinics', 'clinics'],
    ['One person was killed in the crash.', 'One person', 'person'],
    ['Medics carried three elderly women out.', 'three elderly women', 'elderly women'],
    ['A 61-year-old teacher spoke at the vigil.', '61-year-old teacher', 'teacher'],
    ['The convoy brought 3 tonnes of flour.', '3 tonnes', 'tonnes'],
    ['The fine was £2,500 per breach.', '£2,500', 'fine'], // what the sum measures (money.ts), not "breach"
    ['The deal gives a 6.5 percent pay rise spread over two years.', '6.5 percent pay rise', 'pay rise'],
  ] as const) {
    it(sentence, () => {
      expect(figureNamed(sentence, text).counted).toBe(counted);
    });
  }

  it('counted before the number: "the death toll rose to 40"', () => {
    expect(figureNamed('The death toll rose to 40 on Friday.', '40')).toMatchObject({ counted: 'death toll', kind: 'count' });
    expect(figureNamed('The tally has now risen to 62.', '62').counted).toBe('tally');
    expect(figureNamed('Officials gave a death toll of 18.', '18').counted).toBe('death toll');
  });

  it('measures are kind "other", counts are kind "count"', () => {
    expect(figureNamed('The lorries drove 40 km.', '40 km').kind).toBe('other');
    expect(figureNamed('The siege lasted five days.', 'five days').kind).toBe('other');
    expect(figureNamed('The siege trapped five villages.', 'five villages').kind).toBe('count');
    expect(figureNamed('The dam held 30 million cubic metres.', '30 million cubic metres').kind).toBe('other');
  });
});

describe('figures: actions', () => {
  for (const [sentence, text, action] of [
    ['At least 40 people were killed in the blast.', 'At least 40 people', 'killed'],
    ['The quake left 40 killed and 90 injured.', '40', 'killed'],
    ['The shelling, killing 40 people, lasted hours.', '40 people', 'killing'],
    ['Over 12,000 displaced by the floods sought shelter.', 'Over 12,000', 'displaced'],
    ['The raid left 40 dead.', '40', 'dead'],
    ['Divers rescued 90 people from the ferry.', '90 people', 'rescued'],
    ['Boat crews brought 214 people to safety overnight.', '214 people', 'safety'],
    ['About 2,000 people marched through Velmora on Thursday.', 'About 2,000 people', 'marched'],
    ['The authorities have detained 70 protesters.', '70 protesters', 'detained'],
    ['Officials said 40 Palestinian prisoners were released.', '40 Palestinian prisoners', 'released'],
    ['The group holds 40 hostages.', '40 hostages', 'holds'],
    ['Some 200 hostages are still held.', 'Some 200 hostages', 'held'],
    ['Twenty workers have reportedly been arrested.', 'Twenty workers', 'arrested'],
    ['The storm forced 12,000 displaced people into tents.', '12,000 displaced people', 'displaced'],
    ['Eleven fishermen remain missing.', 'Eleven fishermen', 'missing'],
    ['Of the 120 villagers taken captive in the raid, most came home.', '120 villagers', 'captive'],
    ['Five soldiers were taken prisoner at the pass.', 'Five soldiers', 'prisoner'],
    ['Some 30 tourists were taken to hospital.', 'Some 30 tourists', null],
    ['The council counted 40 cafes.', '40 cafes', null],
  ] as const) {
    it(sentence, () => {
      expect(figureNamed(sentence, text).action).toBe(action);
    });
  }

  it('a figure with only an action counts: "40 killed"', () => {
    expect(figureNamed('Officials said 40 killed.', '40')).toMatchObject({ kind: 'count', counted: null, action: 'killed' });
  });
});

describe('figures: nesting', () => {
  const parents = (text: string) => extractFigures(text).map((f) => [f.text, f.parent]);

  it.each([
    ['Crews said 90 people were rescued, including 15 children.', [['90 people', null], ['15 children', 0]]],
    ['The strike killed 40, of whom 12 were women.', [['40', null], ['12', 0]]],
    ['Police detained 25 protesters, among them 3 journalists.', [['25 protesters', null], ['3 journalists', 0]]],
    ['Crews rescued 90 people, including 15 children and 3 journalists.', [['90 people', null], ['15 children', 0], ['3 journalists', 0]]],
    ['Troops freed 30 hostages. Including 5 more, the total is 35.', [['30 hostages', null], ['35', null]]],
    ['Crews rescued 9 people, including 15 children.', [['9 people', null], ['15 children', null]]],
    ['The shelling killed 40 people and wounded 90 others.', [['40 people', null], ['90 others', null]]],
  ])('%s', (sentence, expected) => {
    expect(parents(sentence)).toEqual(expected);
  });

  it('the nested figure keeps what it counts: "of whom 12 were women"', () => {
    expect(figureNamed('The strike killed 40, of whom 12 were women.', '12').counted).toBe('women');
  });
});

// "over" before a period of time is during, not more than (trial review finding 13), unless a
// length is exceeded ("for over 20 years", "lasted over three weeks", "over 12 years ago").
describe('figures: "over" a period of time', () => {
  it.each([
    ['The court expected to hear 11 witnesses over three weeks.', 'three weeks', 'exact'],
    ['Payments to the Varrow family were spread over 20 years.', '20 years', 'exact'],
    ['Over 12,000 residents fled the valley.', 'Over 12,000 residents', 'more-than'],
    ['Okafor has run the mill for over 20 years.', 'over 20 years', 'more-than'],
    ['The inquiry lasted over three weeks.', 'over three weeks', 'more-than'],
    ['It was the worst flood in over 40 years.', 'over 40 years', 'more-than'],
    ['The mill closed over 12 years ago.', 'over 12 years', 'more-than'],
  ])('%s -> "%s" %s', (sentence, text, qualifier) => expect(figureNamed(sentence, text).qualifier).toBe(qualifier));
});

// Rates review finding 8: "grew 0.3% quarter on quarter" counted "quarter" (key percent||quarter).
describe('figures: the basis of a change is not what is counted', () => {
  it.each([
    ['The Mirovian economy grew 0.4% quarter on quarter.', '0.4%'],
    ['Output in Mirovia rose 0.4% quarter-on-quarter.', '0.4%'],
    ['Mirovian exports fell 2.5% month on month.', '2.5%'],
    ['Wages in Mirovia rose 6% year-on-year.', '6%'],
  ])('%s', (sentence, text) => {
    // The figure's text stops at the percentage; what it counts (if anything) is no period.
    const f = figureNamed(sentence, text);
    expect(f.counted ?? '').not.toMatch(/year|quarter|month/);
  });
});
