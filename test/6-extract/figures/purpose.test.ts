// A sum's rate and purpose, and the residents' place: read so that a rate, an appeal's takings
// and an aid package are not one quantity (flood review, finding 12 "dalers"; "krells" is a
// currency the model does not know, read as a counted noun).
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';

const scoped = (s: string) => extractFigures(s).map((f) => `${f.text}|per=${f.per ?? '-'}|for=${f.purpose ?? '-'}|at=${f.place ?? '-'}`);

describe('figures: rate, purpose and place', () => {
  for (const [sentence, expected] of [
    ['The cabinet approved a relief package of 80 million krells, with 3,000 krells for every flooded household.',
      ['80 million krells|per=-|for=package|at=-', '3,000 krells|per=household|for=-|at=-']],
    ['Every flooded household will receive 3,000 krells next week.', ['3,000 krells|per=household|for=-|at=-']],
    ['Each family will get $2,500.', ['$2,500|per=family|for=-|at=-']],
    ['Volunteers were paid $40 each.', ['$40|per=each|for=-|at=-']],
    ['Tenants pay 900 krells a month.', ['900 krells|per=month|for=-|at=-']],
    ['Pensioners get 60 krells per day.', ['60 krells|per=day|for=-|at=-']],
    ['The 80 million krells aid package has not arrived.', ['80 million krells|per=-|for=package|at=-']],
    ['Listeners have given 25,000 krells to the station\'s flood appeal.', ['25,000 krells|per=-|for=appeal|at=-']],
    ['A fine of $9,000 was imposed.', ['$9,000|per=-|for=fine|at=-']],
    ['About 700 Haldby residents were evacuated.', ['About 700 Haldby residents|per=-|for=-|at=haldby']],
    ['About 700 residents of Upper Haldby fled.', ['About 700 residents|per=-|for=-|at=upper haldby']],
    // A rate per so many people is one figure, its base no count of its own (outbreak review, finding 2).
    ['Inspectors logged 18 infections per 100,000 inhabitants in the hill towns.', ['18 infections|per=100000 inhabitants|for=-|at=-']],
    ['The survey found 3 deaths per 1,000 births.', ['3 deaths|per=1000 births|for=-|at=-']],
    // "a week earlier" is when, not per week (outbreak review, finding 9).
    ['Clinics logged 40 new cases, up from 25 new cases a week earlier.', ['40 new cases|per=-|for=-|at=-', '25 new cases|per=-|for=-|at=-']],
    ['Tenants paid 700 krells a month ago.', ['700 krells|per=-|for=-|at=-']],
    // Totals: no rate, no purpose, no place.
    ['The ministry has spent 80 million krells on the dykes.', ['80 million krells|per=-|for=-|at=-']],
    ['Every year 5,000 people die on the roads.', ['5,000 people|per=-|for=-|at=-']],
    ['About 700 villagers were evacuated.', ['About 700 villagers|per=-|for=-|at=-']],
  ] as const) {
    it(sentence, () => {
      expect(scoped(sentence)).toEqual(expected);
    });
  }
});
