import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/2-clean/boilerplate/index.js';

describe('parseDateline: datelines', () => {
  const table: [string, string | null, string | null, string | null, string][] = [
    // input, place, agency (as written), date, rest
    ['GAZA (Agency Name) — Strikes continued.', 'GAZA', 'Agency Name', null, 'Strikes continued.'],
    ['GAZA CITY, March 18 (Reuters) - Strikes continued.', 'GAZA CITY', 'Reuters', 'March 18', 'Strikes continued.'],
    ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON', 'AP', null, 'The Senate voted.'],
    ['LONDON — The prime minister spoke.', 'LONDON', null, null, 'The prime minister spoke.'],
    ['Port Alden, Riverland (MPA) – Dockworkers struck.', 'Port Alden, Riverland', 'MPA', null, 'Dockworkers struck.'],
    ['RIVERTON, March 18 (MPA) - Water rose.', 'RIVERTON', 'MPA', 'March 18', 'Water rose.'],
    ['CAIRO/DOHA (Reuters) - Talks resumed.', 'CAIRO/DOHA', 'Reuters', null, 'Talks resumed.'],
    ['BEIRUT: Power cuts spread.', 'BEIRUT', null, null, 'Power cuts spread.'],
    ['PORTLAND, Ore. (AP) — Fires burned.', 'PORTLAND, Ore.', 'AP', null, 'Fires burned.'],
    ['KYIV, Ukraine — Sirens sounded.', 'KYIV, Ukraine', null, null, 'Sirens sounded.'],
    ['NEW DELHI, March 18 (PTI): The court ruled.', 'NEW DELHI', 'PTI', 'March 18', 'The court ruled.'],
    ['London, 18 March 2025 (AFP) - Prices rose.', 'London', 'AFP', '18 March 2025', 'Prices rose.'],
    ['BERLIN (dpa) - Trains stopped.', 'BERLIN', 'dpa', null, 'Trains stopped.'],
    ['(Reuters) - Oil prices fell.', null, 'Reuters', null, 'Oil prices fell.'],
    ['PARIS, Tuesday (AFP) - Strikes spread.', 'PARIS', 'AFP', 'Tuesday', 'Strikes spread.'],
    ['SAN FRANCISCO—Tech shares fell.', 'SAN FRANCISCO', null, null, 'Tech shares fell.'],
    ['AL-ARISH, Egypt (Reuters) -- Trucks waited.', 'AL-ARISH, Egypt', 'Reuters', null, 'Trucks waited.'],
    ['Rio de Janeiro (Reuters) - Rain fell.', 'Rio de Janeiro', 'Reuters', null, 'Rain fell.'],
    ['GAZA STRIP, Palestinian Territories (AFP) — "We are tired," she said.', 'GAZA STRIP, Palestinian Territories', 'AFP', null, '"We are tired," she said.'],
  ];
  it.each(table)('%s', (input, place, agency, date, rest) => {
    const d = parseDateline(input);
    expect(d).not.toBeNull();
    expect(d!.dateline).toEqual({ place, agency, date });
    expect(d!.rest).toBe(rest);
  });
});

describe('parseDateline: ordinary sentence starts', () => {
  it.each([
    'US officials said — without giving details — that talks failed.',
    'LONDON is a city of nine million people.',
    'NATO — the alliance — met on Tuesday.',
    'NATO — The alliance met on Tuesday.',
    'BREAKING: Israel strikes Gaza port',
    "EDITOR'S NOTE: This story contains graphic details.",
    'WARNING: Graphic content.',
    'The World Health Organization (WHO) — which leads the response — warned.',
    'Officials said (AFP) — the talks failed.',
    'Israeli officials said on Tuesday that the strikes would continue.',
    'A man walks — slowly — down the road.',
    'UN — The body voted.',
    'March 18, 2025 — Markets fell.',
    'Q: What happens next?',
    'IMF — The fund cut its forecast.',
    'COVID-19 cases rose.',
    'Gaza City — Residents fled.',
    'Hamas said: "We accept."',
    'In 2024 (a leap year) - things changed.',
    'Prime Minister (PM) — the title — changed.',
    'قال مسؤولون إن الغارات استمرت.',
  ])('%s', (input) => {
    expect(parseDateline(input)).toBeNull();
  });
});

describe('parseDateline without a dash (scraped text)', () => {
  it.each([
    ['RIVERTON (Valley Wire)Officials said the levee held.', 'RIVERTON', 'Valley Wire', 'Officials said the levee held.'],
    ['WASHINGTON (AP) The president said on Monday.', 'WASHINGTON', 'AP', 'The president said on Monday.'],
  ])('%s', (input, place, agency, rest) => {
    const m = parseDateline(input);
    expect(m?.dateline.place).toBe(place);
    expect(m?.dateline.agency).toBe(agency);
    expect(m?.rest).toBe(rest);
  });

  it.each([
    'The World Health Organization (WHO) The agency said.',
    'Port Alden (MPA) officials said the talks resumed.',
    'NATO (the alliance) said nothing.',
    'Officials (two of them) Said nothing.',
  ])('not a dateline: %s', (input) => expect(parseDateline(input)).toBeNull());
});
