import { describe, it, expect } from 'vitest';
import { figureNamed } from './helpers.js';

describe('figures: numbers written in digits', () => {
  for (const [sentence, text, value] of [
    ['Officials counted 12,000 tents in the valley.', '12,000 tents', 12000],
    ['The convoy carried 1,250,000 litres of fuel.', '1,250,000 litres', 1250000],
    ['Engineers repaired 2.5 kilometres of pipe.', '2.5 kilometres', 2.5],
    ['The camp now shelters 1.2 million people.', '1.2 million people', 1200000],
    ['Farmers lost 3 billion seedlings to the frost.', '3 billion seedlings', 3000000000],
    ['About 1.15 million voters stayed home.', 'About 1.15 million voters', 1150000],
    ['The agency vaccinated 40 thousand children.', '40 thousand children', 40000],
    ['The storm flattened 7 barns.', '7 barns', 7],
    ['The airline carried 45m passengers.', '45m passengers', 45000000],
    ['Walkers logged 5k steps.', '5k steps', 5000],
  ] as const) {
    it(sentence, () => {
      expect(figureNamed(sentence, text).value).toBe(value);
    });
  }

});

describe('figures: numbers written in words', () => {
  for (const [sentence, text, value] of [
    ['Fifty-eight miners were trapped underground.', 'Fifty-eight miners', 58],
    ['Rescuers found twenty one survivors.', 'twenty one survivors', 21],
    ['The village lost three hundred goats.', 'three hundred goats', 300],
    ['They built three hundred and twelve shelters.', 'three hundred and twelve shelters', 312],
    ['The council hired a dozen inspectors.', 'a dozen inspectors', 12],
    ['Volunteers planted two dozen trees.', 'two dozen trees', 24],
    ['The festival drew a million visitors.', 'a million visitors', 1000000],
    ['Two million three hundred thousand ballots were cast.', 'Two million three hundred thousand ballots', 2300000],
    ['Eleven fishermen were missing.', 'Eleven fishermen', 11],
  ] as const) {
    it(sentence, () => {
      expect(figureNamed(sentence, text).value).toBe(value);
    });
  }

});

describe('figures: percentages', () => {
  for (const [sentence, text, value] of [
    ['Turnout reached 40% in the north.', '40%', 40],
    ['Prices rose 12.5 per cent last year.', '12.5 per cent', 12.5],
    ['Nearly 40 percent of clinics closed.', 'Nearly 40 percent of clinics', 40],
    ['Support fell to between 20 and 30 per cent.', 'between 20 and 30 per cent', 20],
  ] as const) {
    it(sentence, () => {
      const f = figureNamed(sentence, text);
      expect(f.kind).toBe('percent');
      expect(f.value).toBe(value);
      expect(f.currency).toBeNull();
    });
  }

});

describe('figures: money', () => {
  for (const [sentence, text, value, currency] of [
    ['The donors pledged $3 billion for repairs.', '$3 billion', 3e9, 'USD'],
    ['The bank lent $3bn to the utility.', '$3bn', 3e9, 'USD'],
    ['The club spent €40m on a striker.', '€40m', 4e7, 'EUR'],
    ['The port cost £1.5bn to build.', '£1.5bn', 1.5e9, 'GBP'],
    ['The court awarded 3 million shekels in damages.', '3 million shekels', 3e6, 'ILS'],
    ['Tickets cost US$10 each.', 'US$10', 10, 'USD'],
    ['The mine raised A$5m from investors.', 'A$5m', 5e6, 'AUD'],
    ['The grant was C$250,000 in total.', 'C$250,000', 250000, 'CAD'],
    ['Each family received 200 dollars in cash.', '200 dollars', 200, 'USD'],
    ['The fine was 40 Canadian dollars.', '40 Canadian dollars', 40, 'CAD'],
    ['Bread costs NIS 12 at the market.', 'NIS 12', 12, 'ILS'],
    ['The fee is 15 EUR per night.', '15 EUR', 15, 'EUR'],
    ['Repairs will cost $3 to $4 billion.', '$3 to $4 billion', 3e9, 'USD'],
    ['The ministry froze 2bn roubles.', '2bn roubles', 2e9, 'RUB'],
    // A sum right after a name is what the name paid or got, not a label ("Route 66").
    ['The court fined Belvik Foods 3.1 million euros.', '3.1 million euros', 3.1e6, 'EUR'],
    ['Regulators fined Belvik €3.1m on Monday.', '€3.1m', 3.1e6, 'EUR'],
  ] as const) {
    it(sentence, () => {
      const f = figureNamed(sentence, text);
      expect(f).toMatchObject({ kind: 'money', value, currency });
    });
  }


  it('money range keeps both ends', () => {
    expect(figureNamed('Repairs will cost $3 to $4 billion.', '$3 to $4 billion').high).toBe(4e9);
  });
});

describe('figures: ranges', () => {
  for (const [sentence, text, value, high] of [
    ['Between 30 and 40 people were injured.', 'Between 30 and 40 people', 30, 40],
    ['Crews cleared 30-40 homes a day.', '30-40 homes', 30, 40],
    ['Officials expect 30 to 40 people at the hearing.', '30 to 40 people', 30, 40],
    ['Two or three boats capsized.', 'Two or three boats', 2, 3],
    ['The flood displaced 3 to 4 million people.', '3 to 4 million people', 3e6, 4e6],
    ['The survey polled 1,000–1,500 households.', '1,000–1,500 households', 1000, 1500],
  ] as const) {
    it(sentence, () => {
      expect(figureNamed(sentence, text)).toMatchObject({ value, high });
    });
  }


  it('a change is two figures, not a range: "rose from 30 to 40 beds"', () => {
    const f = figureNamed('Capacity rose from 30 to 40 beds.', '40 beds');
    expect(f.high).toBeNull();
  });
});

describe('figures: ages', () => {
  for (const [sentence, text, value, counted] of [
    ['A 61-year-old man was detained.', '61-year-old man', 61, 'man'],
    ['A boy aged 16 was among the injured.', '16', 16, null],
    ['The driver, 45 years old, was unhurt.', '45 years old', 45, null],
    ['A fifty-eight-year-old teacher spoke.', 'fifty-eight-year-old teacher', 58, 'teacher'],
    ['Those detained were aged between 16 and 18.', 'between 16 and 18', 16, null],
  ] as const) {
    it(sentence, () => {
      expect(figureNamed(sentence, text)).toMatchObject({ kind: 'age', value, counted });
    });
  }

});

describe('figures: a number glued to a word by a hyphen ("a 1,200-job cut")', () => {
  for (const [sentence, text, value, counted, kind] of [
    ['The board confirmed a 1,200-job cut at the Velmora plant.', '1,200-job cut', 1200, 'job', 'count'],
    ['The regulator imposed a $2-million fine on Tarnwell.', '$2-million fine', 2000000, 'fine', 'money'],
    ['A 200-strong crowd gathered outside the gates.', '200-strong crowd', 200, 'crowd', 'count'],
    ['The inspectors wrote a 300-page report.', '300-page report', 300, 'page', 'count'],
    // An age and a range stay whole words.
    ['A 61-year-old driver was hurt.', '61-year-old driver', 61, 'driver', 'age'],
    ['Between 30-40 workers were hurt.', '30-40 workers', 30, 'workers', 'count'],
  ] as const) {
    it(sentence, () => {
      const f = figureNamed(sentence, text);
      expect([f.value, f.counted, f.kind]).toEqual([value, counted, kind]);
    });
  }
});
