import { describe, expect, it } from 'vitest';
import { cleanByline, isByline, separateBoilerplate } from '../../../src/2-clean/boilerplate/index.js';
import { checkInvariants } from './invariants.js';

const BODY = 'Israeli strikes hit the port on Tuesday, officials said, as talks stalled in Cairo.';

describe('bylines at the top', () => {
  const table: [string, string][] = [
    ['By Jane Roe', 'Jane Roe'],
    ['BY JANE ROE', 'Jane Roe'],
    ['By Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['By JANE ROE, Associated Press', 'Jane Roe'],
    ['By Jane Roe, John Doe and Ann Lee', 'Jane Roe, John Doe and Ann Lee'],
    ['By Jane Roe in Gaza', 'Jane Roe in Gaza'],
    ['By Ahmed al-Masri', 'Ahmed al-Masri'],
    ["By JOHN O'NEILL", "John O'Neill"],
    ['By: Jane Roe', 'Jane Roe'],
    ['Jane Roe | Meridian Press', 'Jane Roe'],
    ['Jane Roe - Meridian Press', 'Jane Roe'],
    ['By Jane Roe | March 18, 2025', 'Jane Roe'],
    ['Staff Reporter', 'Staff Reporter'],
    ['Staff Writer', 'Staff Writer'],
    ['Our Correspondent', 'Our Correspondent'],
    ['From our correspondent in Beirut', 'Our correspondent in Beirut'],
    ['Jane Roe, Foreign Affairs Correspondent', 'Jane Roe'],
    ['Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['Written by Jane Roe', 'Jane Roe'],
    ['Reporting by Jane Roe', 'Jane Roe'],
    ['By Reuters Staff', 'Reuters Staff'],
    ['Reuters', 'Reuters'],
  ];
  it.each(table)('%s -> %s', (line, cleaned) => {
    const r = separateBoilerplate([line, BODY]);
    expect(r.boilerplate.bylines).toEqual([line]);
    expect(r.byline).toBe(cleaned);
    expect(r.paragraphs).toEqual([BODY]);
    checkInvariants([line, BODY]);
  });

  it('takes a bare name when a role line follows it', () => {
    const r = separateBoilerplate(['Jane Roe', 'Middle East Correspondent', BODY]);
    expect(r.boilerplate.bylines).toEqual(['Jane Roe', 'Middle East Correspondent']);
    expect(r.byline).toBe('Jane Roe');
  });

  it.each([
    ['Jane Roe', 'Israeli strikes hit the port on Tuesday, officials said, as talks stalled in Cairo.'],
    ['Ahmed al-Masri', 'GAZA CITY (Reuters) - Strikes hit the port.'],
  ])('takes a bare name %s when the story follows it', (name, next) => {
    expect(separateBoilerplate([name, next]).byline).toBe(name);
  });

  it.each(['Related Party Transactions', 'Climate Adaptation Policy', 'Gaza City', 'Middle East', 'World Politics', 'New York', 'Breaking News', 'The Big Picture', 'Jane Roe Smith Doe'])(
    'keeps the kicker %s above the story in the body',
    (kicker) => {
      expect(separateBoilerplate([kicker, BODY]).paragraphs).toEqual([kicker, BODY]);
    },
  );

  it('keeps a bare name above a short line in the body', () => {
    expect(separateBoilerplate(['Jane Roe', 'She won.']).paragraphs).toEqual(['Jane Roe', 'She won.']);
  });

  it('takes a bare name when a timestamp follows it', () => {
    const r = separateBoilerplate(['Jane Roe', 'March 18, 2025', BODY]);
    expect(r.boilerplate.bylines).toEqual(['Jane Roe']);
    expect(r.boilerplate.notes).toEqual(['March 18, 2025']);
  });

  it('peels a byline line off the first paragraph', () => {
    const r = separateBoilerplate([`By Jane Roe\nLONDON — ${BODY}`]);
    expect(r.byline).toBe('Jane Roe');
    expect(r.dateline?.place).toBe('LONDON');
    expect(r.paragraphs).toEqual([BODY]);
  });

  it('keeps the first byline naming people, not a role line', () => {
    expect(separateBoilerplate(['Staff Reporter', 'By Jane Roe', BODY]).byline).toBe('Jane Roe');
  });

  it('treats "Reporting by" at the end as a desk note, not a byline', () => {
    const r = separateBoilerplate([BODY, 'Reporting by Jane Roe']);
    expect(r.boilerplate.bylines).toEqual([]);
    expect(r.boilerplate.notes).toEqual(['Reporting by Jane Roe']);
  });

  it('takes a "By" sign-off at the end as a byline', () => {
    const r = separateBoilerplate([BODY, 'By Jane Roe']);
    expect(r.byline).toBe('Jane Roe');
  });
});

describe('bylines: first sentences and kickers that stay in the body', () => {
  it.each([
    'By Friday, officials said, the talks had collapsed.',
    'By Friday, officials said',
    'By the time rescuers arrived, the building had collapsed.',
    'By March 18 the port had reopened',
    'By Monday',
    'Reporting by the ministry showed exports fell.',
    'Reporting by the ministry showed',
    'Written by hand, the letter was delivered on Tuesday.',
    'Jane Roe said the talks failed.',
    'Jane Roe said',
    'Gaza City',
    'Middle East',
    'World Politics',
    'Ceasefire Talks',
    'President Biden, Speaker Johnson',
    'Staff shortages hit hospitals across the region.',
    'Our correspondent was detained at the border on Tuesday.',
    'From our point of view, the deal is fair, he said.',
    'By air and by sea, supplies arrived.',
    'كتبه مراسلنا في بيروت',
  ])('%s', (line) => {
    const r = separateBoilerplate([line, BODY]);
    expect(r.boilerplate.bylines).toEqual([]);
    expect(r.byline).toBeNull();
    expect(r.paragraphs).toEqual([line, BODY]);
  });

  it('does not look for bylines below the first body paragraph', () => {
    const r = separateBoilerplate([BODY, 'Staff Reporter', 'Talks resume on Friday, officials said.', 'More talks are planned.', 'Nothing was agreed.']);
    expect(r.boilerplate.bylines).toEqual([]);
  });
});

describe('isByline / cleanByline directly', () => {
  it.each([
    ['By Jane Roe', true],
    ['Jane Roe', false],
    ['By Friday', false],
    ['Staff Reporter', true],
    ['Agencies', true],
    // The desk with its agency, and the date after a middle dot.
    ['Velmora Post staff with VNA · 6 October 2026', true],
    ['Staff and agencies', true],
    ['Talks with Orlan failed', false],
  ] as const)('isByline(%s) = %s', (line, want) => {
    expect(isByline(line)).toBe(want);
  });
  it('cleans whitespace and prefixes', () => {
    expect(cleanByline('  By   Jane  Roe ')).toBe('Jane Roe');
  });
});
