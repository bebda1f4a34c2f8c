// A count scoped to a named area by its own clause (outbreak review: regional counts in the national row).
import { describe, expect, it } from 'vitest';
import { figureNamed } from './helpers.js';

describe('figures: the area a count is scoped to', () => {
  it.each([
    ['Brisa Province now has 30 confirmed cases, the ministry said.', '30 confirmed cases', 'brisa'],
    ['The ministry said 30 cases in Brisa Province had been counted twice.', '30 cases', 'brisa'],
    ['Officials in the Brisa region reported 30 cases.', '30 cases', 'brisa'],
    ['Ostel County reported its first four cases.', 'four cases', 'ostel'],
    ['Ostel County is remote. Ostel reported 12 cases.', '12 cases', 'ostel'],
    // Guards: national counts, another clause, a recipient, the whole area, another figure's place.
    ['In Brisa Province, the minister said 760 cases had been confirmed nationwide.', '760 cases', null],
    ['Lumera has 410 confirmed cases, most of them in Brisa Province.', '410 confirmed cases', null],
    ['Brisa Province has recorded 90 cases, the highest number in the country.', '90 cases', null],
    ['More than 5,000 people have been displaced across Brisa Province.', 'More than 5,000 people', null],
    ['Officials freed 1,800 prisoners in exchange for 33 hostages held in Brisa Province.', '1,800 prisoners', null],
    ['Doctors confirmed 48 cases of the fever.', '48 cases', null],
  ])('%s', (sentence, text, place) => {
    expect(figureNamed(sentence, text).place ?? null).toBe(place);
  });
});
